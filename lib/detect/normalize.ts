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

export function normalize(original: string): Normalized {
  if (/^[\x20-\x7E\n\r\t]*$/.test(original)) {
    // Plain ASCII (most posts in a hurry): nothing to map.
    return { text: original, lower: original.toLowerCase(), toOriginal: (span) => ({ ...span }) };
  }
  let text = '';
  let lower = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const codePoint = original.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(codePoint);
    const next = i + char.length;
    const out = codePoint < 0x80 ? char : replacement(char);
    for (const unit of out.length === char.length ? [out] : [...out]) {
      for (let k = 0; k < unit.length; k++) {
        starts.push(i);
        ends.push(next);
      }
      text += unit;
      lower += lowerSameLength(unit);
    }
    i = next;
  }
  return {
    text,
    lower,
    toOriginal({ start, end }) {
      if (end <= start) {
        const at = start < starts.length ? (starts[start] ?? original.length) : original.length;
        return { start: at, end: at };
      }
      return { start: starts[start] ?? original.length, end: ends[end - 1] ?? original.length };
    },
  };
}
