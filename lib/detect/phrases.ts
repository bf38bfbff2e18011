/**
 * Phrase matching over the words of a check, for any rule. Both notations index a phrase list by the word a
 * phrase starts with, once at module load, so a check only tries the phrases that can start at each word
 * and stays linear in the number of words.
 *
 * - Word phrases (`compilePhrases`, `phraseAt`, `findPhrases`) match token by token and never cross a
 *   sentence. Notation: words separated by spaces, alternatives by `|`; `word*` matches words starting with
 *   it, `*word` words ending with it, `^Word` is case-sensitive, `~word` allows a typo (one from 5 letters,
 *   two from 10), a trailing `?` makes a word optional, `_N` allows up to N other words before the next one.
 *   Example: `mijn|m'n klas|klassen`, `oud-collega*`, `~leerkracht _2 ziek`.
 * - Regex phrases (`compilePatterns`, `patternsAt`) are regex sources over the lower-cased text, for
 *   phrasings that need what words cannot say (punctuation, look-aheads, letter classes). A source must
 *   start with a word or with a `(?:a|b c)` group whose alternatives each start with a word; it has no
 *   capturing groups and only bounded quantifiers. Example: `(?:zit|zat) (?:al )?vast(?= voor)`.
 *
 * And the small token helpers rules share: `sentenceIds`, `tokenAt`, `tokenBefore`, `withinEdits`.
 */
import type { Context, Token } from './context';
import type { Span } from './types';

// ---------------------------------------------------------------------------------------------------
// Word phrases.

enum Mode {
  Exact,
  Prefix,
  Suffix,
  Fuzzy,
  Case,
}

interface Alt {
  word: string;
  mode: Mode;
}

interface Slot {
  /** Exact lower-case alternatives, looked up at once. */
  exact: ReadonlySet<string>;
  /** Prefix, suffix, typo and case-sensitive alternatives. */
  other: readonly Alt[];
  optional: boolean;
  /** Up to this many other words may come before this one. */
  gap: number;
}

export interface Phrase<T> {
  slots: readonly Slot[];
  data: T;
  /** Position in the list given to `compilePhrases`: earlier phrases win at the same word. */
  order: number;
}

export interface PhraseIndex<T> {
  /** Phrases whose first word is one of these exact words. */
  exact: Map<string, Phrase<T>[]>;
  /** Phrases whose first word is a prefix, typo or case-sensitive form, by its first two letters. */
  byKey: Map<string, Phrase<T>[]>;
  /** Phrases whose first word is a suffix (or a one-letter prefix): tried everywhere. */
  anyStart: Phrase<T>[];
}

export interface PhraseHit<T> extends Span {
  data: T;
  /** Token indices: the first word, and one past the last word. */
  first: number;
  last: number;
}

function parseAlt(raw: string): Alt {
  if (raw.startsWith('^')) return { word: raw.slice(1), mode: Mode.Case };
  if (raw.startsWith('~')) return { word: raw.slice(1), mode: Mode.Fuzzy };
  if (raw.startsWith('*')) return { word: raw.slice(1), mode: Mode.Suffix };
  if (raw.endsWith('*')) return { word: raw.slice(0, -1), mode: Mode.Prefix };
  return { word: raw, mode: Mode.Exact };
}

function parsePhrase(text: string): Slot[] {
  const slots: Slot[] = [];
  let gap = 0;
  for (const part of text.split(/\s+/)) {
    if (part === '') continue;
    const gapMatch = /^_(\d)$/.exec(part);
    if (gapMatch) {
      gap = Number(gapMatch[1]);
      continue;
    }
    const optional = part.endsWith('?');
    const alts = (optional ? part.slice(0, -1) : part).split('|').map(parseAlt);
    // A typo-tolerant word also matches exactly, without computing a distance.
    const exact = new Set(
      alts.filter((a) => a.mode === Mode.Exact || a.mode === Mode.Fuzzy).map((a) => a.word),
    );
    const other = alts.filter((a) => a.mode !== Mode.Exact);
    slots.push({ exact, other, optional, gap });
    gap = 0;
  }
  return slots;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** Builds a word-phrase index (at module load, or once per profile). Earlier entries win at the same word. */
export function compilePhrases<T>(entries: ReadonlyArray<{ phrase: string; data: T }>): PhraseIndex<T> {
  const exact = new Map<string, Phrase<T>[]>();
  const byKey = new Map<string, Phrase<T>[]>();
  const anyStart: Phrase<T>[] = [];
  entries.forEach(({ phrase, data }, order) => {
    const slots = parsePhrase(phrase);
    const first = slots[0];
    if (!first || first.optional) throw new Error(`phrase needs a fixed first word: ${phrase}`);
    const compiled: Phrase<T> = { slots, data, order };
    for (const word of first.exact) pushTo(exact, word, compiled);
    for (const alt of first.other) {
      if (alt.mode === Mode.Suffix || alt.word.length < 2) anyStart.push(compiled);
      else pushTo(byKey, alt.word.slice(0, 2).toLowerCase(), compiled);
    }
  });
  return { exact, byKey, anyStart };
}

function slotMatches(slot: Slot, token: Token): boolean {
  if (slot.exact.has(token.lower)) return true;
  for (const alt of slot.other) {
    switch (alt.mode) {
      case Mode.Prefix:
        if (token.lower.startsWith(alt.word)) return true;
        break;
      case Mode.Suffix:
        if (token.lower.endsWith(alt.word)) return true;
        break;
      case Mode.Case:
        if (token.text === alt.word) return true;
        break;
      case Mode.Fuzzy:
        if (withinEdits(token.lower, alt.word, alt.word.length >= 10 ? 2 : alt.word.length >= 5 ? 1 : 0))
          return true;
        break;
    }
  }
  return false;
}

/** End (token index, exclusive) of the phrase matched from slot `s` at token `t`, or -1. */
function matchRest<T>(
  tokens: readonly Token[],
  start: number,
  phrase: Phrase<T>,
  s: number,
  t: number,
): number {
  const { slots } = phrase;
  const slot = slots[s];
  if (!slot) return t;
  for (let g = 0; g <= slot.gap; g++) {
    const k = t + g;
    const token = tokens[k];
    if (!token || (k > start && token.sentenceStart)) break;
    if (slotMatches(slot, token)) {
      const end = matchRest(tokens, start, phrase, s + 1, k + 1);
      if (end >= 0) return end;
    }
  }
  return slot.optional ? matchRest(tokens, start, phrase, s + 1, t) : -1;
}

/** The first phrase (in list order) that matches from token `i`, with its end (token index, exclusive). */
export function phraseAt<T>(
  index: PhraseIndex<T>,
  tokens: readonly Token[],
  i: number,
): { phrase: Phrase<T>; end: number } | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const a = index.exact.get(token.lower);
  const b = index.byKey.size > 0 ? index.byKey.get(token.lower.slice(0, 2)) : undefined;
  const c = index.anyStart;
  if (!a && !b && c.length === 0) return undefined;
  let best: { phrase: Phrase<T>; end: number } | undefined;
  for (const list of [a, b, c]) {
    if (!list) continue;
    for (const phrase of list) {
      if (best && phrase.order >= best.phrase.order) break;
      const first = phrase.slots[0];
      if (!first || !slotMatches(first, token)) continue;
      const end = matchRest(tokens, i, phrase, 1, i + 1);
      if (end > i) {
        best = { phrase, end };
        break;
      }
    }
  }
  return best;
}

/** All non-overlapping word-phrase matches, left to right. */
export function findPhrases<T>(index: PhraseIndex<T>, tokens: readonly Token[]): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = phraseAt(index, tokens, i);
    const first = tokens[i];
    const last = tokens[(found?.end ?? 0) - 1];
    if (found && first && last) {
      hits.push({ start: first.start, end: last.end, data: found.phrase.data, first: i, last: found.end });
      i = found.end;
    } else i++;
  }
  return hits;
}

const rowA = new Int32Array(64);
const rowB = new Int32Array(64);

/** Whether two short words are at most `max` edits (insert, delete, replace) apart: a typo or two. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (a === b) return true;
  if (max === 0 || Math.abs(a.length - b.length) > max || b.length >= 63) return false;
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return false;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return (previous[b.length] ?? max + 1) <= max;
}

// ---------------------------------------------------------------------------------------------------
// Regex phrases.

/** One regex phrase under its start word. */
interface PatternEntry<T> {
  value: T;
  source: string;
  /** The words that can follow the start word (after one space), or undefined when it can go on otherwise. */
  seconds?: ReadonlySet<string>;
  /** The words that can follow one of `seconds` (after one space), or undefined when it can go on otherwise. */
  thirds?: ReadonlySet<string>;
}

/** Some of the phrases of one start word, as one sticky regex with a capturing group per run of one value. */
interface CompiledPatterns<T> {
  /** Per capturing group: the value of its phrases and the place of its first among the start word's phrases. */
  values: T[];
  orders: number[];
  pattern: RegExp;
}

/**
 * The regex phrases that start with one word. They are compiled in parts, lazily and cached: the phrases
 * that can go on otherwise than with one plain word once, and the others per second and third word found. One huge
 * regex per start word would cost V8 tens of milliseconds to compile on its first use, while the user types.
 */
export interface PatternMatcher<T> {
  /** In order of preference: where two match at the same word, the first one wins. */
  entries: readonly PatternEntry<T>[];
  /** Every word some entry can go on with, and every third word. */
  seconds: ReadonlySet<string>;
  thirds: ReadonlySet<string>;
  /** By the second and third words found, when there are several (rare). */
  compiled: Map<string, CompiledPatterns<T> | null>;
  /** Whether some entry has no `seconds`: it is tried after any word. */
  hasGeneral: boolean;
  /** Besides `compiled`: the entries without `seconds`, and those for one second word and one third (or none). */
  general?: CompiledPatterns<T> | null;
  bySecond: Map<string, Map<string, CompiledPatterns<T> | null>>;
}

/** A regex-phrase index: the phrases by the word they start with. */
export type PatternIndex<T> = Map<string, PatternMatcher<T>>;

/** The words a phrase can start with: its leading word, or that of each alternative of a leading group. */
export function patternKeys(source: string): string[] {
  const fail = () =>
    new Error(`phrase must start with a word or a group of alternatives that each start with one: ${source}`);
  if (!source.startsWith('(?:')) return [leadingWord(source) ?? throwError(fail())];
  const group = splitGroup(source, 0);
  if (!group || /^[?*{]/.test(source.slice(group.end))) throw fail();
  return group.alternatives.map((alternative) => leadingWord(alternative) ?? throwError(fail()));
}

/** The top-level alternatives of the group that opens at `from` ("(?:"), and the index after its ")". */
function splitGroup(source: string, from: number): { alternatives: string[]; end: number } | undefined {
  const alternatives: string[] = [];
  let depth = 0;
  let start = from + 3;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
    else if ((char === '|' || char === ')') && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
      if (char === ')') return { alternatives, end: i + 1 };
    }
  }
  return undefined;
}

function leadingWord(source: string): string | undefined {
  const word = /^[\p{L}'-]+/u.exec(source)?.[0];
  return word && !/^[?*{]/.test(source.slice(word.length)) ? word : undefined;
}

function throwError(error: Error): never {
  throw error;
}

/** A plain word at the start of `text` that ends there (followed by a space or nothing). */
function wholeWord(text: string): string | undefined {
  const word = /^[\p{L}'-]+/u.exec(text)?.[0];
  if (!word || !/^\p{L}/u.test(word)) return undefined;
  const after = text[word.length];
  return after === undefined || after === ' ' ? word : undefined;
}

/**
 * The words that can come right after `key` and one space in a phrase, and those after them (undefined when
 * not known), or undefined when that is not a plain word or group of words: "(?:ik|we) (?:weet|weten) waar …"
 * gives weet and weten after "ik", then waar.
 */
function followers(source: string, key: string): { seconds: string[]; thirds?: string[] } | undefined {
  const rests: string[] = [];
  if (source.startsWith('(?:')) {
    const group = splitGroup(source, 0);
    if (!group) return undefined;
    for (const alternative of group.alternatives) {
      if (leadingWord(alternative) === key)
        rests.push(alternative.slice(key.length) + source.slice(group.end));
    }
  } else rests.push(source.slice(key.length));
  const seconds: string[] = [];
  let thirds: string[] | undefined = [];
  for (const rest of rests) {
    const second = nextWords(rest);
    if (!second) return undefined;
    seconds.push(...second.words);
    const third = second.after === undefined ? undefined : nextWords(second.after);
    if (third && thirds) thirds.push(...third.words);
    else thirds = undefined;
  }
  return { seconds, thirds };
}

/**
 * The plain words `rest` goes on with after one space (a word, or a group of alternatives that each start
 * with a whole word), and what comes after them when each is one word; undefined when it goes on otherwise.
 */
function nextWords(rest: string): { words: string[]; after?: string } | undefined {
  if (!rest.startsWith(' ')) return undefined;
  const next = rest.slice(1);
  if (!next.startsWith('(?:')) {
    const word = wholeWord(next);
    return word ? { words: [word], after: next.slice(word.length) } : undefined;
  }
  const group = splitGroup(next, 0);
  if (!group) return undefined;
  const after = next.slice(group.end);
  const repeat = /^(?:(\?|\*|\{0,\d*\})|\+|\{[1-9]\d*(?:,\d*)?\})\??/.exec(after);
  if (repeat)
    return repeatedWords(group.alternatives, repeat[1] !== undefined, after.slice(repeat[0].length));
  // The group must end the phrase or be followed by a space, so the word ends where the alternative does.
  if (after !== '' && !after.startsWith(' ')) return undefined;
  const words: string[] = [];
  let single = true;
  for (const alternative of group.alternatives) {
    const word = wholeWord(alternative);
    if (!word) return undefined;
    words.push(word);
    if (word !== alternative) single = false;
  }
  return { words, after: single ? after : undefined };
}

/**
 * The words a repeated group of words goes on with, `(?:(?:gewoon|echt) |een ){0,3}…`: the first word of
 * each alternative, which must each end with a space, and when it may be left out, those of what follows.
 */
function repeatedWords(
  alternatives: string[],
  optional: boolean,
  tail: string,
): { words: string[] } | undefined {
  const words: string[] = [];
  for (const alternative of alternatives) {
    const first = alternative.endsWith(' ') ? nextWords(` ${alternative}`) : undefined;
    if (!first) return undefined;
    words.push(...first.words);
  }
  if (!optional) return { words };
  const rest = nextWords(` ${tail}`);
  return rest && { words: [...words, ...rest.words] };
}

/**
 * Builds a regex-phrase index from [value, sources] groups, by start word. Where two values match at the
 * same word, the first one given wins. A phrase must end at a word boundary. Regexes are compiled on first
 * use (see `PatternMatcher`); `warmPatterns` compiles them ahead of time.
 */
export function compilePatterns<T>(groups: ReadonlyArray<readonly [T, readonly string[]]>): PatternIndex<T> {
  const sources = new Map<string, Map<T, PatternEntry<T>[]>>();
  for (const [value, list] of groups) {
    for (const source of list) {
      if (new RegExp(`${source}|`, 'u').exec('')?.length !== 1)
        throw new Error(`phrase has a capturing group: ${source}`);
      for (const key of patternKeys(source)) {
        const byValue = sources.get(key) ?? new Map<T, PatternEntry<T>[]>();
        const next = followers(source, key);
        const entry: PatternEntry<T> = {
          value,
          source,
          seconds: next && new Set(next.seconds),
          thirds: next?.thirds && new Set(next.thirds),
        };
        byValue.set(value, [...(byValue.get(value) ?? []), entry]);
        sources.set(key, byValue);
      }
    }
  }
  const index: PatternIndex<T> = new Map();
  for (const [key, byValue] of sources) {
    const entries = [...byValue.values()].flat();
    const seconds = new Set(entries.flatMap((entry) => [...(entry.seconds ?? [])]));
    const thirds = new Set(entries.flatMap((entry) => [...(entry.thirds ?? [])]));
    const hasGeneral = entries.some((entry) => !entry.seconds);
    index.set(key, { entries, seconds, thirds, compiled: new Map(), hasGeneral, bySecond: new Map() });
  }
  return index;
}

/**
 * The regex for the entries of `matcher` that can go on with one of `words` (given) and then one of
 * `thirds`, or otherwise (no words); null when there are none.
 */
function compiledFor<T>(
  matcher: PatternMatcher<T>,
  words: readonly string[],
  thirds: readonly string[],
): CompiledPatterns<T> | null {
  if (words.length === 0) {
    if (matcher.general === undefined) matcher.general = compile(matcher, words, thirds);
    return matcher.general;
  }
  const second = words[0];
  if (words.length === 1 && thirds.length <= 1 && second !== undefined) {
    const third = thirds[0] ?? '';
    let byThird = matcher.bySecond.get(second);
    if (!byThird) {
      byThird = new Map();
      matcher.bySecond.set(second, byThird);
    }
    let compiled = byThird.get(third);
    if (compiled === undefined) {
      compiled = compile(matcher, words, thirds);
      byThird.set(third, compiled);
    }
    return compiled;
  }
  const key = `${words.join(' ')}/${thirds.join(' ')}`;
  let compiled = matcher.compiled.get(key);
  if (compiled === undefined) {
    compiled = compile(matcher, words, thirds);
    matcher.compiled.set(key, compiled);
  }
  return compiled;
}

function compile<T>(
  matcher: PatternMatcher<T>,
  words: readonly string[],
  thirds: readonly string[],
): CompiledPatterns<T> | null {
  const values: T[] = [];
  const orders: number[] = [];
  const groups: string[][] = [];
  const some = (set: ReadonlySet<string>, list: readonly string[]) => list.some((word) => set.has(word));
  let previous = -2;
  matcher.entries.forEach((entry, order) => {
    const { seconds, thirds: after } = entry;
    if (words.length === 0 ? seconds : !seconds || !some(seconds, words) || (after && !some(after, thirds)))
      return;
    // One capturing group per run of entries with one value that are next to each other in the whole list:
    // a run holds no entry of another part, so the earlier run of two parts holds the earlier phrase.
    if (order === previous + 1 && values[values.length - 1] === entry.value)
      groups[groups.length - 1]?.push(entry.source);
    else {
      values.push(entry.value);
      orders.push(order);
      groups.push([entry.source]);
    }
    previous = order;
  });
  const alternatives = groups.map((list) => `(${list.join('|')})`).join('|');
  return groups.length === 0
    ? null
    : { values, orders, pattern: new RegExp(`(?:${alternatives})(?![\\p{L}\\p{N}])`, 'uy') };
}

/** The first phrase of `compiled` that matches at `start`: its place among its start word's phrases, value and end. */
function firstMatch<T>(
  compiled: CompiledPatterns<T> | null,
  lower: string,
  start: number,
): { order: number; value: T; end: number } | undefined {
  if (!compiled) return undefined;
  compiled.pattern.lastIndex = start;
  const match = compiled.pattern.exec(lower);
  if (!match) return undefined;
  const group = match.findIndex((value, k) => k > 0 && value !== undefined) - 1;
  const value = compiled.values[group];
  const order = compiled.orders[group];
  return value === undefined || order === undefined
    ? undefined
    : { order, value, end: start + match[0].length };
}

const LETTER = /\p{L}/u;

/** End of the word (letters, ' and -, at most 40) that starts at `from` in `lower`; `from` when none. */
function wordEnd(lower: string, from: number): number {
  let j = from;
  const limit = Math.min(lower.length, from + 40);
  while (j < limit) {
    const code = lower.charCodeAt(j);
    if (
      (code >= 97 && code <= 122) ||
      code === 39 ||
      code === 45 ||
      (code >= 65 && code <= 90) ||
      (code > 127 && LETTER.test(lower[j] ?? ''))
    )
      j++;
    else break;
  }
  return j;
}

/** The word of `lower` from `from` to `to`: the token's own string when a token covers exactly that. */
function wordOf(lower: string, tokens: readonly Token[], i: number, from: number, to: number): string {
  const token = tokens[i];
  return token && token.start === from && token.end === to ? token.lower : lower.slice(from, to);
}

/** The words of `set` that `word` is or starts with before a ' or - ("m'n" → m'n, m). */
function wordsIn(set: ReadonlySet<string>, word: string, into: string[]): string[] {
  if (set.has(word)) into.push(word);
  for (let k = 1; k < word.length; k++) {
    const char = word.charCodeAt(k);
    if ((char === 39 || char === 45) && set.has(word.slice(0, k))) into.push(word.slice(0, k));
  }
  return into;
}

const NONE: readonly never[] = [];

/**
 * The first phrase of `matcher` that matches from `start` (the start word ends at `end`; `whole` is false for
 * the first part of a word, which a space never follows), as its value and end offset.
 */
function matchAt<T>(
  matcher: PatternMatcher<T>,
  lower: string,
  tokens: readonly Token[],
  i: number,
  start: number,
  end: number,
  whole: boolean,
): { order: number; value: T; end: number } | undefined {
  let specific: { order: number; value: T; end: number } | undefined;
  if (whole && matcher.seconds.size > 0 && lower.charCodeAt(end) === 32) {
    // The phrases that go on with the following words: looked up by the second word, then the third.
    const secondEnd = wordEnd(lower, end + 1);
    if (secondEnd > end + 1) {
      const second = wordOf(lower, tokens, i + 1, end + 1, secondEnd);
      const words = wordsIn(matcher.seconds, second, []);
      if (words.length > 0) {
        let thirds: string[] = [];
        // A third word follows the whole second word only: a phrase's second word ends with its alternative.
        if (matcher.thirds.size > 0 && lower.charCodeAt(secondEnd) === 32) {
          const thirdEnd = wordEnd(lower, secondEnd + 1);
          if (thirdEnd > secondEnd + 1)
            thirds = wordsIn(matcher.thirds, wordOf(lower, tokens, i + 2, secondEnd + 1, thirdEnd), thirds);
        }
        specific = firstMatch(compiledFor(matcher, words, thirds), lower, start);
      }
    }
  }
  if (!matcher.hasGeneral) return specific;
  // And the others: the earlier phrase of the two wins.
  const general = firstMatch(compiledFor(matcher, NONE, NONE), lower, start);
  if (!general) return specific;
  return specific && specific.order < general.order ? specific : general;
}

/**
 * The regex phrases that match from the start of word `i` in `lower` (the check's lower-cased text), as
 * [value, end offset]: at most one for the whole word and one for its first part ("ex-collega" → "ex").
 */
export function patternsAt<T>(
  index: PatternIndex<T>,
  lower: string,
  tokens: readonly Token[],
  i: number,
): ReadonlyArray<readonly [T, number]> {
  const token = tokens[i];
  if (!token) return NONE;
  const word = token.lower;
  const whole = index.get(word);
  const cut = word.includes("'") || word.includes('-') ? word.search(/['-]/) : -1;
  const part = cut > 0 ? index.get(word.slice(0, cut)) : undefined;
  if (!whole && !part) return NONE;
  const a = whole && matchAt(whole, lower, tokens, i, token.start, token.end, true);
  const b = part && matchAt(part, lower, tokens, i, token.start, token.start + cut, false);
  if (!a && !b) return NONE;
  const out: Array<readonly [T, number]> = [];
  if (a) out.push([a.value, a.end]);
  if (b) out.push([b.value, b.end]);
  return out;
}

/**
 * Compiles the regexes of an index ahead of time, a few start words per step, for `prepareDetector`: yields
 * after each step so a caller can spread the work over idle time.
 */
export function* warmPatterns(index: PatternIndex<unknown>, budgetMs = 4): Generator<void, void, void> {
  let started = performance.now();
  for (const matcher of index.values()) {
    const pending: Array<[string[], string[]]> = [[[], []]];
    for (const word of matcher.seconds) {
      pending.push([[word], []]);
      const thirds = new Set(
        matcher.entries.flatMap((e) => (e.seconds?.has(word) && [...(e.thirds ?? [])]) || []),
      );
      for (const third of thirds) pending.push([[word], [third]]);
    }
    for (const [words, thirds] of pending) {
      const compiled = compiledFor(matcher, words, thirds);
      // V8 compiles a regex to bytecode on its first run and to machine code on its second.
      if (compiled) {
        compiled.pattern.exec('');
        compiled.pattern.exec('');
      }
      if (performance.now() - started > budgetMs) {
        yield;
        started = performance.now();
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Tokens and sentences.

const EMOJI = /\p{Extended_Pictographic}/u;

/**
 * Sentence number of every token (memoised per check): a new sentence after . ! ? … followed by white
 * space, after a line break, or after an emoji before a capital. Unlike `token.sentenceStart`, a colon or
 * semicolon does not end a sentence here.
 */
export function sentenceIds(ctx: Context): readonly number[] {
  return ctx.memo('sentence.ids', () => computeSentenceIds(ctx));
}

function computeSentenceIds(ctx: Context): number[] {
  const ids: number[] = [];
  let id = 0;
  let previousEnd = 0;
  for (const token of ctx.tokens) {
    // Most gaps are one space: no sentence boundary there.
    if (token.index > 0 && !(token.start - previousEnd === 1 && ctx.text.charCodeAt(previousEnd) === 32)) {
      const gap = ctx.text.slice(previousEnd, token.start);
      if (
        gap.includes('\n') ||
        /[.!?…][)"'\]]*\s/.test(gap) ||
        (token.capitalized && gap.length < 40 && EMOJI.test(gap))
      ) {
        id++;
      }
    }
    ids.push(id);
    previousEnd = token.end;
  }
  return ids;
}

/** Index of the first token that ends after `offset` (the token at or after it); the last token if none. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return Math.min(low, tokens.length - 1);
}

/** Index of the last token that starts at or before `offset`, or -1. */
export function tokenBefore(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid]?.start ?? 0) <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
