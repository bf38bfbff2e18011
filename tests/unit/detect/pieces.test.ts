import { describe, expect, it } from 'vitest';
import { check } from '@/lib/detect';
import { checkInPieces, PIECE_LENGTH, pieceBounds } from '@/lib/detect/pieces';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';

function run(text: string) {
  const steps = checkInPieces(text, EXAMPLE_PROFILE);
  let yields = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { report: step.value, yields };
    yields++;
  }
}

describe('checking a long text in pieces', () => {
  it('checks a normal post in one go, exactly like check()', () => {
    const text = 'Bel Daan op 06-12345678, hij zit bij mij in groep 7 op De Horizon.';
    const { report, yields } = run(text);
    expect(yields).toBe(0);
    expect(report).toEqual(check(text, EXAMPLE_PROFILE));
  });

  it('cuts at line breaks and covers the whole text without overlap', () => {
    const text = 'Een regel tekst over het weer.\n'.repeat(1000);
    const bounds = pieceBounds(text);
    expect(bounds[0]?.[0]).toBe(0);
    expect(bounds.at(-1)?.[1]).toBe(text.length);
    for (const [i, [start, end]] of bounds.entries()) {
      expect(end - start).toBeLessThanOrEqual(PIECE_LENGTH);
      if (i > 0) expect(start).toBe(bounds[i - 1]?.[1]);
      if (end < text.length) expect(text[end - 1]).toBe('\n');
    }
  });

  it('finds data anywhere in a pasted document, at the right offsets, yielding between pieces', () => {
    const filler = 'Vandaag hebben we veel gewandeld in het bos.\n'.repeat(600);
    const text = `${filler}Mail me op iemand@example.nl\n${filler}Mijn nummer is 06-12345678`;
    const { report, yields } = run(text);
    expect(yields).toBeGreaterThan(2);
    const found = report.findings.map((f) => [f.type, text.slice(f.start, f.end)]);
    expect(found).toEqual([
      ['email', 'iemand@example.nl'],
      ['phone', '06-12345678'],
    ]);
  });

  it('lets a role statement in one piece count for a school mention in another', () => {
    const filler = 'Het was een lange dag.\n'.repeat(500);
    const text = `Als leerkracht bij De Horizon schrijf ik dit op persoonlijke titel.\n${filler}Mijn klas was geweldig vandaag.`;
    const { report } = run(text);
    expect(report.affiliated.value).toBe(true);
    expect(report.reminders).toEqual([]);
  });
});
