/**
 * Marks findings in the composer with the CSS Custom Highlight API: the ranges are painted by the
 * browser, no node is written into the editor. Where the API is missing, the panel alone is enough.
 */
import type { Severity } from '../detect/types';

const NAMES: Record<Severity, string> = {
  high: 'postwacht-high',
  medium: 'postwacht-medium',
  low: 'postwacht-low',
};

const STYLE = `
::highlight(postwacht-high) { background-color: rgb(255 153 0 / 28%); text-decoration: underline wavy rgb(190 60 0); }
::highlight(postwacht-medium) { background-color: rgb(255 204 0 / 26%); text-decoration: underline dotted rgb(150 100 0); }
::highlight(postwacht-low) { text-decoration: underline dotted rgb(110 120 130); }
`;

export interface Highlighter {
  /** Replaces the ranges painted for `owner` (one per composer). */
  paint(owner: object, ranges: ReadonlyArray<{ range: Range; severity: Severity }>): void;
  clear(owner: object): void;
}

export function createHighlighter(doc: Document): Highlighter {
  const registry = (doc.defaultView?.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const HighlightClass = (doc.defaultView as (Window & { Highlight?: typeof Highlight }) | null)?.Highlight;
  if (!registry || !HighlightClass) return { paint() {}, clear() {} };

  const owners = new Map<object, ReadonlyArray<{ range: Range; severity: Severity }>>();
  let style: HTMLStyleElement | null = null;
  const repaint = () => {
    const all = [...owners.values()].flat();
    for (const severity of Object.keys(NAMES) as Severity[]) {
      const ranges = all.filter((r) => r.severity === severity).map((r) => r.range);
      if (ranges.length > 0) registry.set(NAMES[severity], new HighlightClass(...ranges));
      else registry.delete(NAMES[severity]);
    }
    // The page's styles are only touched while something is marked: ::highlight rules cost every
    // style recalculation of the page a little, also when they match nothing.
    if (all.length > 0 && !style) {
      style = doc.createElement('style');
      style.dataset.postwacht = 'highlights';
      style.textContent = STYLE;
      (doc.head ?? doc.documentElement).append(style);
    } else if (all.length === 0 && style) {
      style.remove();
      style = null;
    }
  };
  return {
    paint(owner, ranges) {
      owners.set(owner, ranges);
      repaint();
    },
    clear(owner) {
      if (owners.delete(owner)) repaint();
    },
  };
}
