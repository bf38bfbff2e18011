/**
 * Postwacht's detector: `check(text, profile)` finds personal data, indecent wording, and whether the
 * post is about the school and already says who writes it and in what capacity. Pure and synchronous:
 * no DOM, no browser, no network.
 */
import { Context } from './context';
import { normalize } from './normalize';
import { type PatternIndex, warmPatterns } from './phrases';
import type { Signal } from './rule';
import { RULES } from './rules';
import { DECENCY_PATTERNS } from './rules/decency';
import { SPECIAL_PATTERNS } from './rules/special';
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

/** Short posts that touch every rule once, so that `prepareDetector` runs (and V8 compiles) their code. */
const WARM_UP_POSTS = [
  'Hallo',
  'Juf Sanne de Vries (groep 5) heeft dyslexie, bel 06-12345678 of mail s.devries@example.nl.',
  'Ik werk als leerkracht bij De Horizon. Dit is mijn persoonlijke mening: die directeur is een idioot.',
  'My colleague is pregnant and those parents are the worst, views are my own.',
];

/**
 * Does ahead of time what the first checks would otherwise do while the user types: per-profile
 * preparation, first runs of every rule, and compiling the phrase regexes (V8 compiles a regex on its first
 * use). A generator: each step takes a few milliseconds (a single regex may take longer on a slow device),
 * so a caller can run it in idle time, e.g.
 *
 *   const steps = prepareDetector(profile);
 *   const work = (deadline: IdleDeadline) => {
 *     while (deadline.timeRemaining() > 5) if (steps.next().done) return;
 *     requestIdleCallback(work);
 *   };
 *   requestIdleCallback(work);
 *
 * Optional: check() is correct without it, only its first calls are slower. Safe to run more than once
 * and to interleave with check().
 */
export function* prepareDetector(profile: Profile, stepMs = 4): Generator<void, void, void> {
  const [first, ...rest] = WARM_UP_POSTS;
  check(first ?? '', profile);
  yield;
  // The regexes before the other posts, so that those find them compiled and stay short.
  for (const index of [...SPECIAL_PATTERNS, ...DECENCY_PATTERNS]) {
    yield* warmPatterns(index as PatternIndex<unknown>, stepMs);
    yield;
  }
  for (const post of rest) {
    check(post, profile);
    yield;
  }
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
