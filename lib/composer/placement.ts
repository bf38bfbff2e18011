/**
 * Where the panel goes: beside the editor, never over the site's send button and never off screen.
 * Pure geometry, so it is tested without a browser.
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  visible: boolean;
}

const GAP = 8;

function intersects(a: Rect, b: Rect): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

function inside(a: Rect, viewport: { width: number; height: number }): boolean {
  return (
    a.left >= 0 && a.top >= 0 && a.left + a.width <= viewport.width && a.top + a.height <= viewport.height
  );
}

export function placePanel(
  editor: Rect,
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid: readonly Rect[] = [],
): Placement {
  // An editor that is hidden or scrolled out of view takes its panel with it.
  if (
    editor.width === 0 ||
    editor.height === 0 ||
    editor.top > viewport.height ||
    editor.top + editor.height < 0
  ) {
    return { left: 0, top: 0, visible: false };
  }
  const top = Math.max(GAP, Math.min(editor.top, viewport.height - panel.height - GAP));
  const candidates: Rect[] = [
    { left: editor.left + editor.width + GAP, top, ...panel }, // right of the editor
    { left: editor.left - panel.width - GAP, top, ...panel }, // left of it
    { left: editor.left + editor.width - panel.width, top: editor.top - panel.height - GAP, ...panel }, // above
    { left: editor.left + editor.width - panel.width, top: editor.top + editor.height + GAP, ...panel }, // below
  ];
  const fits = (c: Rect) =>
    inside(c, viewport) && !avoid.some((a) => intersects(c, a)) && !intersects(c, editor);
  const chosen =
    candidates.find(fits) ??
    candidates.find((c) => inside(c, viewport) && !avoid.some((a) => intersects(c, a))) ??
    candidates[2];
  const clamped = {
    left: Math.max(GAP, Math.min(chosen?.left ?? 0, viewport.width - panel.width - GAP)),
    top: Math.max(GAP, Math.min(chosen?.top ?? 0, viewport.height - panel.height - GAP)),
  };
  return { ...clamped, visible: true };
}
