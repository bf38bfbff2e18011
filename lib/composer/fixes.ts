/**
 * Quick fixes for personal data: a name becomes its initials (Sanne de Vries → S.d.V.), other
 * structured data is removed (with one space next to it, so no double space remains). Pure.
 */
import type { Finding, FindingType } from '../detect/types';

export type FixKind = 'initials' | 'remove';

export const FIX_OF_TYPE: Partial<Record<FindingType, FixKind>> = {
  name: 'initials',
  phone: 'remove',
  email: 'remove',
  bsn: 'remove',
  iban: 'remove',
  address: 'remove',
  birthdate: 'remove',
};

export interface Edit {
  start: number;
  end: number;
  /** What the span holds now. */
  expect: string;
  replacement: string;
}

/** "Sanne de Vries" → "S.d.V.", "Jan-Willem Bakker" → "J.B.". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word))
    .map((word) => `${word.match(/\p{L}/u)?.[0] ?? ''}.`)
    .join('');
}

/** The edit that fixes `finding` in `text`, or null when it has no quick fix. */
export function editFor(finding: Finding, text: string): Edit | null {
  const kind = FIX_OF_TYPE[finding.type];
  if (!kind) return null;
  let { start, end } = finding;
  if (kind === 'initials') {
    return { start, end, expect: text.slice(start, end), replacement: initials(finding.text) };
  }
  // Remove the space before it when a space, punctuation or the end follows; else the one after it.
  const next = text[end];
  if (text[start - 1] === ' ' && (next === undefined || /[\s.,;:!?)]/.test(next))) start -= 1;
  else if (next === ' ' && (start === 0 || text[start - 1] === '\n')) end += 1;
  return { start, end, expect: text.slice(start, end), replacement: '' };
}

/**
 * All quick fixes as one edit over the span they cover (one undo step), when that span is one line;
 * null when there is nothing to fix or the span crosses lines.
 */
export function combinedEdit(findings: readonly Finding[], text: string): Edit | null {
  const edits = findings
    .map((finding) => editFor(finding, text))
    .filter((edit): edit is Edit => edit !== null)
    .sort((a, b) => a.start - b.start)
    .filter((edit, i, all) => i === 0 || edit.start >= (all[i - 1]?.end ?? 0));
  const first = edits[0];
  const last = edits.at(-1);
  if (!first || !last) return null;
  const span = text.slice(first.start, last.end);
  if (span.includes('\n')) return null;
  let replacement = '';
  let at = first.start;
  for (const edit of edits) {
    replacement += text.slice(at, edit.start) + edit.replacement;
    at = edit.end;
  }
  return { start: first.start, end: last.end, expect: span, replacement };
}
