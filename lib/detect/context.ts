/** What every rule gets: the normalised text, its words and sentences, the profile, earlier results. */
import type { FindingType, Lang, Profile, Span } from './types';

export interface Token extends Span {
  text: string;
  lower: string;
  /** Starts with a capital letter. */
  capitalized: boolean;
  /** First word of the text, of a line or of a sentence. */
  sentenceStart: boolean;
  index: number;
}

/** Words: letters with inner apostrophes/hyphens/digits ("z'n", "Jansen-Bouzid", "IB'er", "groep7"). */
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['-](?=[\p{L}\p{M}]))*/gu;
/** Words after which a full stop does not end the sentence ("J. Bakker", "geb. 17-06", "Fam. Yilmaz"). */
const ABBREVIATIONS = new Set([
  'geb',
  'fam',
  'mw',
  'mevr',
  'dhr',
  'hr',
  'nr',
  'bijv',
  'ca',
  'tel',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gr',
  'vs',
  'etc',
  'mvg',
]);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previous: Token | undefined;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const gap = text.slice(previous?.end ?? 0, start);
    const sentenceStart =
      previous === undefined ||
      gap.includes('\n') ||
      (/[.!?…:;•→]/u.test(gap) && previous.text.length > 1 && !ABBREVIATIONS.has(previous.lower));
    const token: Token = {
      start,
      end: start + word.length,
      text: word,
      lower: word.toLowerCase(),
      capitalized: /^\p{Lu}/u.test(word),
      sentenceStart,
      index: tokens.length,
    };
    tokens.push(token);
    previous = token;
  }
  return tokens;
}

const NL_HINTS = new Set([
  'de',
  'het',
  'een',
  'en',
  'ik',
  'je',
  'is',
  'van',
  'niet',
  'op',
  'met',
  'voor',
  'wat',
  'maar',
  'ook',
  'we',
  'zijn',
  'naar',
  'dat',
  'die',
  'heb',
  'nog',
  'wij',
  'mijn',
  'onze',
]);
const EN_HINTS = new Set([
  'the',
  'and',
  'is',
  'i',
  'you',
  'to',
  'of',
  'a',
  'in',
  'my',
  'our',
  'with',
  'for',
  'this',
  'that',
  'was',
  'are',
  'it',
  'we',
  'on',
  'be',
  'not',
  'who',
  'what',
]);

export function guessLang(tokens: readonly Token[]): Lang {
  let nl = 0;
  let en = 0;
  for (const token of tokens) {
    if (NL_HINTS.has(token.lower)) nl++;
    if (EN_HINTS.has(token.lower)) en++;
  }
  return en > nl ? 'en' : 'nl';
}

export class Context {
  readonly tokens: Token[];
  readonly lang: Lang;
  private readonly memos = new Map<string, unknown>();
  private readonly found = new Map<FindingType | string, Span[]>();

  constructor(
    /** The normalised text. */
    readonly text: string,
    /** `text` lower-cased, same offsets. */
    readonly lower: string,
    readonly profile: Profile,
  ) {
    this.tokens = tokenize(text);
    this.lang = guessLang(this.tokens);
  }

  /** Computes a value once per check, e.g. the school mentions several rules need. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /** Records what a rule found, for rules that run later. */
  record(type: FindingType | string, spans: readonly Span[]): void {
    const list = this.found.get(type) ?? [];
    list.push(...spans);
    this.found.set(type, list);
  }

  /** Spans found so far for a finding type or signal. */
  spansOf(type: FindingType | string): readonly Span[] {
    return this.found.get(type) ?? [];
  }

  /** Whether a span overlaps something already found as structured data (e-mail, phone, IBAN…). */
  isClaimed(span: Span, types: readonly FindingType[] = STRUCTURED): boolean {
    return types.some((type) => this.spansOf(type).some((s) => s.start < span.end && span.start < s.end));
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}

export const STRUCTURED: readonly FindingType[] = [
  'email',
  'handle',
  'iban',
  'bsn',
  'phone',
  'postcode',
  'address',
  'birthdate',
  'licenseplate',
];
