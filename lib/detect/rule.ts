import type { Context } from './context';
import type { Article, FindingType, Messages, Severity, Span } from './types';

/** Judgements about the whole post, besides the findings. */
export type Signal = 'affiliated' | 'roleDisclosure' | 'opinionDisclaimer';

/**
 * A rule is data plus one function. `examples.flag` must make the rule fire, with the expected spans
 * marked «like this» (a flag example without marks only asserts that it fires); `examples.pass` must not.
 */
export interface Rule {
  /** Stable id, shown in reports and used by tests and settings. */
  id: string;
  /** The finding type it reports, or the signal it gives evidence for. */
  type: FindingType | Signal;
  article: Article;
  severity: Severity;
  message: Messages;
  examples: { flag: string[]; pass: string[] };
  find(ctx: Context): Span[];
}

/** All non-overlapping matches of a global regex, as spans (optionally of one capture group). */
export function matchSpans(text: string, pattern: RegExp, group = 0): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[group];
    if (value === undefined) continue;
    const start = match.index + (group === 0 ? 0 : match[0].indexOf(value));
    spans.push({ start, end: start + value.length });
  }
  return spans;
}
