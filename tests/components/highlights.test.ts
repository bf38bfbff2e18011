import { describe, expect, it } from 'vitest';
import { createHighlighter } from '@/lib/composer/highlights';

/** A document whose window has the CSS Custom Highlight API (happy-dom has none). */
function documentWithHighlights() {
  const registry = new Map<string, { ranges: Range[] }>();
  class FakeHighlight {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  const doc = Object.create(document, {
    defaultView: { value: { CSS: { highlights: registry }, Highlight: FakeHighlight } },
  }) as Document;
  return { doc, registry };
}

function rangeOver(text: string): Range {
  const node = document.createTextNode(text);
  document.body.append(node);
  const range = document.createRange();
  range.selectNodeContents(node);
  return range;
}

const pageStyle = () => document.head.querySelector('style[data-postwacht="highlights"]');

describe('highlights in the composer', () => {
  it('marks each composer’s ranges by severity and adds its style to the page only while something is marked', () => {
    const { doc, registry } = documentWithHighlights();
    const highlighter = createHighlighter(doc);
    const first = {};
    const second = {};
    highlighter.paint(first, []);
    expect(registry.size).toBe(0);
    expect(pageStyle()).toBeNull();

    const phone = rangeOver('06-12345678');
    const name = rangeOver('Sanne de Vries');
    highlighter.paint(first, [{ range: phone, severity: 'high' }]);
    highlighter.paint(second, [{ range: name, severity: 'medium' }]);
    expect(registry.get('postwacht-high')?.ranges).toEqual([phone]);
    expect(registry.get('postwacht-medium')?.ranges).toEqual([name]);
    expect(pageStyle()).not.toBeNull();

    highlighter.paint(first, []);
    expect(registry.has('postwacht-high')).toBe(false);
    expect(pageStyle()).not.toBeNull();
    highlighter.clear(second);
    expect(registry.size).toBe(0);
    expect(pageStyle()).toBeNull();
  });

  it('does nothing where the browser has no Highlight API', () => {
    const highlighter = createHighlighter(document);
    expect(() => highlighter.paint({}, [{ range: rangeOver('x'), severity: 'high' }])).not.toThrow();
    expect(pageStyle()).toBeNull();
  });
});
