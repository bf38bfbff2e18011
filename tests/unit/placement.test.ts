import { describe, expect, it } from 'vitest';
import { placePanel } from '@/lib/composer/placement';

const viewport = { width: 1200, height: 800 };
const panel = { width: 300, height: 200 };

describe('placePanel', () => {
  it('puts the panel right of the editor when there is room', () => {
    expect(placePanel({ left: 300, top: 200, width: 580, height: 120 }, panel, viewport)).toEqual({
      left: 888,
      top: 200,
      visible: true,
    });
  });

  it('goes left when the right side is too narrow', () => {
    const place = placePanel({ left: 500, top: 200, width: 600, height: 120 }, panel, viewport);
    expect(place.left + panel.width).toBeLessThanOrEqual(500);
  });

  it('never covers the send button', () => {
    const editor = { left: 0, top: 500, width: 1200, height: 60 };
    const send = { left: 1100, top: 570, width: 80, height: 40 };
    const place = placePanel(editor, panel, viewport, [send]);
    const overlaps =
      place.left < send.left + send.width &&
      send.left < place.left + panel.width &&
      place.top < send.top + send.height &&
      send.top < place.top + panel.height;
    expect(overlaps).toBe(false);
    expect(place.top + panel.height).toBeLessThanOrEqual(editor.top);
  });

  it('hides the panel of an editor that is hidden or scrolled away', () => {
    expect(placePanel({ left: 0, top: 0, width: 0, height: 0 }, panel, viewport).visible).toBe(false);
    expect(placePanel({ left: 0, top: 900, width: 500, height: 50 }, panel, viewport).visible).toBe(false);
  });
});
