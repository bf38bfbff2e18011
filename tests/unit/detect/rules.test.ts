import { describe, expect, it } from 'vitest';
import { check, type Report, RULES, type Span } from '@/lib/detect';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';

/** Strips «marks» from an example and returns the text and the marked spans. */
function parseExample(example: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  let open = -1;
  for (const char of example) {
    if (char === '«') open = text.length;
    else if (char === '»') {
      spans.push({ start: open, end: text.length });
      open = -1;
    } else text += char;
  }
  return { text, spans };
}

/** What a rule produced for a text, as "start-end rule: message" lines (position and message together). */
function produced(report: Report, ruleId: string): string[] {
  const findings = report.findings
    .filter((f) => f.rule === ruleId)
    .map((f) => `${f.start}-${f.end} ${f.rule}: ${f.message.nl}`);
  const signals = [report.affiliated, report.roleDisclosure, report.opinionDisclaimer].flatMap((evidence) =>
    evidence.spans.filter((s) => s.rule === ruleId).map((s) => `${s.start}-${s.end} ${s.rule}`),
  );
  return [...findings, ...signals];
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it('has messages in Dutch and English and examples both ways', () => {
    expect(rule.message.nl.trim()).not.toBe('');
    expect(rule.message.en.trim()).not.toBe('');
    expect(rule.examples.flag.length).toBeGreaterThan(0);
    expect(rule.examples.pass.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.flag)('fires on %j', (example) => {
    const { text, spans } = parseExample(example);
    const got = produced(check(text, EXAMPLE_PROFILE), rule.id);
    if (spans.length === 0) {
      expect(got.length).toBeGreaterThan(0);
      return;
    }
    const suffix =
      rule.type in { affiliated: 1, roleDisclosure: 1, opinionDisclaimer: 1 } ? '' : `: ${rule.message.nl}`;
    expect(got).toEqual(spans.map((s) => `${s.start}-${s.end} ${rule.id}${suffix}`));
  });

  it.each(rule.examples.pass)('does not fire on %j', (example) => {
    expect(produced(check(example, EXAMPLE_PROFILE), rule.id)).toEqual([]);
  });
});

describe('rule ids', () => {
  it('are unique', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
