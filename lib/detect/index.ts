/**
 * Postwacht's detector: `check(text, profile)` finds personal data, indecent wording, and whether the
 * post is about the school and already says who writes it and in what capacity. Pure and synchronous:
 * no DOM, no browser, no network.
 */
import { Context } from './context';
import { normalize } from './normalize';
import type { Signal } from './rule';
import { RULES } from './rules';
import type { Evidence, Finding, Profile, Reminder, Report } from './types';

export type { Rule, Signal } from './rule';
export { RULES } from './rules';
export * from './types';

export const REMINDERS: Record<'role' | 'disclaimer', Reminder> = {
  role: {
    id: 'role-disclosure',
    articles: ['B2', 'C3'],
    message: {
      nl: 'Je schrijft over school. Vermeld dat je er werkt en wat je functie is.',
      en: 'You are writing about school. Say that you work there and what your role is.',
    },
  },
  disclaimer: {
    id: 'opinion-disclaimer',
    articles: ['C4'],
    message: {
      nl: 'Zet erbij dat dit je persoonlijke mening is, niet het standpunt van de organisatie.',
      en: 'Add that this is your personal opinion, not the position of the organisation.',
    },
  },
};

export function check(text: string, profile: Profile): Report {
  const normalized = normalize(text);
  const ctx = new Context(normalized.text, normalized.lower, profile);
  const findings: Finding[] = [];
  const signals: Record<Signal, Evidence['spans']> = {
    affiliated: [],
    roleDisclosure: [],
    opinionDisclaimer: [],
  };

  for (const rule of RULES) {
    const spans = rule.find(ctx);
    ctx.record(rule.type, spans);
    for (const span of spans) {
      const { start, end } = normalized.toOriginal(span);
      if (end <= start) continue;
      const matched = text.slice(start, end);
      if (rule.type in signals) {
        signals[rule.type as Signal].push({ start, end, text: matched, rule: rule.id });
      } else {
        const { id, article, severity, message } = rule;
        findings.push({
          type: rule.type as Finding['type'],
          start,
          end,
          text: matched,
          rule: id,
          article,
          severity,
          message,
        });
      }
    }
  }

  const evidence = (spans: Evidence['spans']): Evidence => ({ value: spans.length > 0, spans });
  const affiliated = evidence(signals.affiliated);
  const roleDisclosure = evidence(signals.roleDisclosure);
  const opinionDisclaimer = evidence(signals.opinionDisclaimer);
  const abusiveFindings = findings.filter((f) => f.type === 'abusive');
  const reminders: Reminder[] = [];
  if (affiliated.value && !roleDisclosure.value) reminders.push(REMINDERS.role);
  if (affiliated.value && !opinionDisclaimer.value) reminders.push(REMINDERS.disclaimer);

  return {
    lang: ctx.lang,
    findings: withoutOverlaps(findings),
    affiliated,
    roleDisclosure,
    opinionDisclaimer,
    abusive: evidence(
      abusiveFindings.map(({ start, end, text: t, rule }) => ({ start, end, text: t, rule })),
    ),
    reminders,
  };
}

/** Sorted by position; of overlapping findings of the same type only the first (and longest) stays. */
function withoutOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const reachOfType = new Map<Finding['type'], number>();
  return sorted.filter((finding) => {
    if (finding.start < (reachOfType.get(finding.type) ?? -1)) return false;
    reachOfType.set(finding.type, finding.end);
    return true;
  });
}
