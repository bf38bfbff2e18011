import { describe, expect, it } from 'vitest';
import { normalize } from '@/lib/detect/normalize';

describe('normalize', () => {
  it.each([
    ['full-width digits', '０６-１２３４５６７８', '06-12345678'],
    ['mathematical digits', '𝟎𝟔𝟏𝟐', '0612'],
    ['zero-width characters', '06\u200B12\u200D34\uFEFF56', '06123456'],
    ['non-breaking and narrow spaces', '1234\u00A0AB\u202Fx', '1234 AB x'],
    ['dashes and curly apostrophes', 'IB’er 06–12', "IB'er 06-12"],
    ['Arabic-Indic digits', '٠٦١٢', '0612'],
  ])('maps %s to plain text', (_what, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('keeps accents, emoji and case', () => {
    expect(normalize('Zoë 🎉🏽 Öztürk').text).toBe('Zoë 🎉🏽 Öztürk');
  });

  it('maps spans back to the original text, also across removed and astral characters', () => {
    const original = '😀 bel ０６\u200B-１２３４５６７８ nu';
    const { text, toOriginal } = normalize(original);
    const start = text.indexOf('06');
    const span = toOriginal({ start, end: start + '06-12345678'.length });
    expect(original.slice(span.start, span.end)).toBe('０６\u200B-１２３４５６７８');
  });

  it('keeps the lower-cased text the same length, even for İ', () => {
    const { text, lower } = normalize('İstanbul ÇAĞ');
    expect(lower.length).toBe(text.length);
  });
});
