/**
 * Checking a very long text (a pasted document of 100,000 characters) in pieces, so that the caller can
 * spread the work over several tasks and the page stays responsive. Findings are exact per piece; the
 * post-level judgements of the pieces are combined (a role statement in one paragraph counts for all).
 */
import { check, REMINDERS } from './index';
import type { Evidence, Finding, Profile, Reminder, Report } from './types';

/** Texts up to this length are checked in one go (a long LinkedIn post is about 3,000 characters). */
export const PIECE_LENGTH = 4_000;

/** Piece boundaries: at a line break if there is one in the last quarter of a piece, else at a space. */
export function pieceBounds(text: string, length = PIECE_LENGTH): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > length) {
    const window = text.slice(start + Math.floor(length * 0.75), start + length);
    const newline = window.lastIndexOf('\n');
    const space = window.lastIndexOf(' ');
    const cut = newline !== -1 ? newline + 1 : space !== -1 ? space + 1 : window.length;
    const end = start + Math.floor(length * 0.75) + cut;
    bounds.push([start, end]);
    start = end;
  }
  bounds.push([start, text.length]);
  return bounds;
}

function shifted<T extends { start: number; end: number }>(items: readonly T[], by: number): T[] {
  return items.map((item) => ({ ...item, start: item.start + by, end: item.end + by }));
}

function combined(evidence: readonly Evidence[], offsets: readonly number[]): Evidence {
  const spans = evidence.flatMap((e, i) => shifted(e.spans, offsets[i] ?? 0));
  return { value: spans.length > 0, spans };
}

/**
 * Yields after each piece; returns the report of the whole text. A text that fits in one piece is
 * checked exactly as `check` does. `run` is the check to use (the content script passes its own).
 */
export function* checkInPieces(
  text: string,
  profile: Profile,
  run: (text: string, profile: Profile) => Report = check,
): Generator<void, Report, void> {
  const bounds = pieceBounds(text);
  if (bounds.length === 1) return run(text, profile);
  const reports: Report[] = [];
  for (const [start, end] of bounds) {
    reports.push(run(text.slice(start, end), profile));
    yield;
  }
  const offsets = bounds.map(([start]) => start);
  const findings: Finding[] = reports.flatMap((r, i) => shifted(r.findings, offsets[i] ?? 0));
  const affiliated = combined(
    reports.map((r) => r.affiliated),
    offsets,
  );
  const roleDisclosure = combined(
    reports.map((r) => r.roleDisclosure),
    offsets,
  );
  const opinionDisclaimer = combined(
    reports.map((r) => r.opinionDisclaimer),
    offsets,
  );
  const reminders: Reminder[] = [];
  if (affiliated.value && !roleDisclosure.value) reminders.push(REMINDERS.role);
  if (affiliated.value && !opinionDisclaimer.value) reminders.push(REMINDERS.disclaimer);
  const english = reports.filter((r) => r.lang === 'en').length;
  return {
    lang: english > reports.length / 2 ? 'en' : 'nl',
    findings,
    affiliated,
    roleDisclosure,
    opinionDisclaimer,
    abusive: combined(
      reports.map((r) => r.abusive),
      offsets,
    ),
    reminders,
  };
}
