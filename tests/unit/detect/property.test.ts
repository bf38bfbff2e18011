import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '@/lib/detect';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';

/** Pieces that exercise the rules: digits, separators, names, school words, invisible and wide characters. */
const PIECES = [
  ' ',
  '\n',
  '\u00A0',
  '\u200B',
  '\uFEFF',
  '０６',
  '-',
  '.',
  '@',
  '06-12345678',
  '111222333',
  'NL91 ABNA 0417 1643 00',
  '1234 AB',
  'Dorpsstraat 14',
  'van de ',
  'juf ',
  'Sanne',
  'de Vries',
  'groep 7',
  'De Horizon',
  '#DeHorizon',
  'ADHD',
  'idioot',
  'geboren 3-4-2019',
  'op persoonlijke titel',
  '😀',
  '👩🏽‍🏫',
  'İ',
  'ß',
  'ﬁ',
  '𝟎𝟔',
  '\u202E',
  'e\u0301',
];

const postText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), {
      maxLength: 40,
    })
    .map((parts) => parts.join('')),
);

describe('check on any text', () => {
  it('never throws, gives offsets that slice to the finding text, and is deterministic', () => {
    fc.assert(
      fc.property(postText, (text) => {
        const report = check(text, EXAMPLE_PROFILE);
        for (const finding of report.findings) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          expect(finding.start).toBeLessThan(finding.end);
          expect(text.slice(finding.start, finding.end)).toBe(finding.text);
        }
        for (const evidence of [
          report.affiliated,
          report.roleDisclosure,
          report.opinionDisclaimer,
          report.abusive,
        ]) {
          expect(evidence.value).toBe(evidence.spans.length > 0);
          for (const span of evidence.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
        }
        expect(check(text, EXAMPLE_PROFILE)).toEqual(report);
      }),
      { numRuns: 400 },
    );
  });
});
