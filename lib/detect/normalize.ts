/**
 * Normalising before matching, so that look-alike characters cannot hide personal data
 * (full-width digits, zero-width joiners inside a phone number, non-breaking spaces) and every rule
 * sees plain ASCII punctuation. Offsets of the normalised text map back to the original text.
 */
import type { Span } from './types';

export interface Normalized {
  /** The text to match on; same case as the original. */
  text: string;
  /** `text` lower-cased character by character, so it has the same length and offsets. */
  lower: string;
  /** Maps a span of `text` back to the original text. */
  toOriginal(span: Span): Span;
}

const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/u;
const SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63]/u;
const APOSTROPHE = /[\u2018\u2019\u201B\u2032\u02BC`´]/u;
const QUOTE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB]/u;
const DIGIT = /\p{Nd}/u;
const PRINTABLE_ASCII = /^[\x20-\x7E]+$/;

/** The value of any Unicode decimal digit: digits come in aligned runs of ten. */
function digitValue(codePoint: number): string {
  let zero = codePoint;
  while (zero > 0 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((codePoint - zero) % 10);
}

const memo = new Map<string, string>();

/** What a non-ASCII character becomes; memoised because posts repeat the same few (é, emoji). */
function replacement(char: string): string {
  let out = memo.get(char);
  if (out === undefined) {
    out = computeReplacement(char);
    if (memo.size < 4096) memo.set(char, out);
  }
  return out;
}

function computeReplacement(char: string): string {
  if (INVISIBLE.test(char)) return '';
  if (SPACE.test(char)) return ' ';
  if (DASH.test(char)) return '-';
  if (APOSTROPHE.test(char)) return "'";
  if (QUOTE.test(char)) return '"';
  const compat = char.normalize('NFKC');
  if (compat !== char && PRINTABLE_ASCII.test(compat)) return compat;
  if (DIGIT.test(char)) return digitValue(char.codePointAt(0) ?? 0);
  return char;
}

function lowerSameLength(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower : char;
}

const NON_ASCII_RUN = /[\u0080-\uFFFF]+/g;

export function normalize(original: string): Normalized {
  if (!/[\u0080-\uFFFF]/.test(original)) {
    // Plain ASCII (most posts): nothing to map.
    return { text: original, lower: original.toLowerCase(), toOriginal: (span) => ({ ...span }) };
  }
  const textParts: string[] = [];
  const lowerParts: string[] = [];
  // Where each normalised UTF-16 unit came from. NFKC may expand a character ("ﬁ" → "fi"): grow then.
  let starts = new Int32Array(original.length + 16);
  let ends = new Int32Array(original.length + 16);
  let length = 0;
  const push = (from: number, to: number) => {
    if (length === starts.length) {
      const grow = (array: Int32Array) => {
        const bigger = new Int32Array(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
    starts[length] = from;
    ends[length] = to;
    length++;
  };
  const copyAscii = (from: number, to: number) => {
    if (to <= from) return;
    const part = original.slice(from, to);
    textParts.push(part);
    lowerParts.push(part.toLowerCase());
    for (let k = from; k < to; k++) push(k, k + 1);
  };

  let asciiFrom = 0;
  for (const run of original.matchAll(NON_ASCII_RUN)) {
    copyAscii(asciiFrom, run.index);
    let i = run.index;
    const runEnd = run.index + run[0].length;
    while (i < runEnd) {
      const char = String.fromCodePoint(original.codePointAt(i) ?? 0);
      const next = i + char.length;
      const out = replacement(char);
      textParts.push(out);
      // Same number of units as `out`, so offsets stay aligned.
      for (const unit of out === char ? [out] : [...out]) lowerParts.push(lowerSameLength(unit));
      for (let k = 0; k < out.length; k++) push(i, next);
      i = next;
    }
    asciiFrom = runEnd;
  }
  copyAscii(asciiFrom, original.length);

  return {
    text: textParts.join(''),
    lower: lowerParts.join(''),
    toOriginal({ start, end }) {
      const at = (index: number, array: Int32Array) =>
        index < length ? (array[index] ?? original.length) : original.length;
      if (end <= start) {
        const point = at(start, starts);
        return { start: point, end: point };
      }
      return { start: at(start, starts), end: at(end - 1, ends) };
    },
  };
}
