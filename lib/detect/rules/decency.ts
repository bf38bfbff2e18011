/**
 * Decency (protocol A7): insults, threats, exposing or stalking someone, humiliating or blackening remarks,
 * discrimination and sexist remarks aimed at pupils, parents, colleagues or the school. Strong words used as
 * praise ("ziek goed", "gestoord goed"), banter ("ik vermoord je 😂", "love you, idiot") and swearing at the
 * weather, traffic or oneself are left alone. A signal is strong (fires alone) or weak (fires only when the
 * post has another signal), so that ambiguous phrasings need company.
 */
import type { Context, Token } from '../context';
import {
  ACCUSATIONS,
  APPEARANCE_MARKERS,
  CONTEMPT_COMPOUND_HEADS,
  CONTEMPT_PHRASES,
  CONTEMPT_PREFIXES,
  CONTEMPT_WORDS,
  DISABILITY_MARKERS,
  MOCKERY,
  ORIGIN_ADJECTIVES,
  ORIGIN_MARKERS,
  OWN_FAMILY,
  POINTED_PREJUDICE,
  PRAISE_EMOJI,
  PRAISE_WORDS,
} from '../lexicons/decency-contempt';
import {
  AFFECTION,
  ANIMAL_NOUNS,
  BUNCH,
  COPULAS,
  CURSES,
  FRIENDLY_HEADS,
  GROUP_HEADS,
  INSULT_NOUNS,
  INTENSIFIERS,
  LAUGHTER,
  MILD_ADJECTIVES,
  MILD_NOUNS,
  NOT_COMMUNITY,
  PERSON_HEADS,
  POINTED_NOUNS,
  POINTERS,
  POSITIVE_AFTER,
  PREJUDICE_PREFIXES,
  SELF,
  STRONG_ADJECTIVES,
  SUBJECT_COPULAS,
  SUBJECT_PRONOUNS,
  WEAK_ADJECTIVES,
} from '../lexicons/decency-insults';
import { ANGER, DECENCY_PHRASES, type DecencyPhraseRule, LEER } from '../lexicons/decency-phrases';
import { compilePatterns, patternsAt, sentenceIds, tokenAt } from '../phrases';
import type { Rule } from '../rule';
import type { Span } from '../types';
import { identifiable } from './special';

type Kind = DecencyPhraseRule;

/** Possessives, and prepositions after which a noun is a thing in a place ("je muts van je hoofd"). */
const HAVING = new Set(['je', 'jouw', 'mijn', "m'n", 'haar', 'zijn', "z'n", "d'r", 'hun', 'onze', 'ons']);
const OBJECT_AFTER = new Set(['van', 'op', 'af', 'aan', 'uit', 'in', 'onder', 'naar', 'bij', 'met']);

interface Signal {
  kind: Kind;
  strong: boolean;
}

interface Hit extends Span, Signal {
  sentence: number;
}

const SIGNALS = new Map<string, Signal>();
function signal(kind: Kind, strong: boolean): Signal {
  const key = `${kind}:${strong}`;
  let value = SIGNALS.get(key);
  if (!value) {
    value = { kind, strong };
    SIGNALS.set(key, value);
  }
  return value;
}

// Strong phrasings first: where two match at the same word, the strong one counts.
const PHRASES = compilePatterns(
  [true, false].flatMap((strong) =>
    (Object.keys(DECENCY_PHRASES) as Kind[]).map(
      (kind) =>
        [
          signal(kind, strong),
          DECENCY_PHRASES[kind].filter(([, s]) => (s === 'strong') === strong).map(([source]) => source),
        ] as const,
    ),
  ),
);

const CONTEMPT_INDEX = compilePatterns([['contempt', CONTEMPT_PHRASES]] as const);

/** The regex-phrase indexes of this rule, for `prepareDetector` to compile ahead of time. */
export const DECENCY_PATTERNS = [PHRASES, CONTEMPT_INDEX] as const;

/** What a word can be a sign of in a sentence about someone (see `contempt`), looked up once per word. */
const WORD_SIGNS = new Map<
  string,
  'contempt' | 'appearance' | 'origin' | 'disability' | 'accusation' | 'orientation' | 'nationality'
>();
for (const [words, kind] of [
  [ORIGIN_ADJECTIVES, 'nationality'],
  [POINTED_PREJUDICE, 'orientation'],
  [ACCUSATIONS, 'accusation'],
  [DISABILITY_MARKERS, 'disability'],
  [ORIGIN_MARKERS, 'origin'],
  [APPEARANCE_MARKERS, 'appearance'],
  [CONTEMPT_WORDS, 'contempt'],
] as const) {
  for (const word of words) WORD_SIGNS.set(word, kind);
}

/** A sign of contempt in a sentence, before the sentence is weighed. */
interface Sign extends Span {
  index: number;
  sort: 'contempt' | 'looks' | 'origin' | 'accusation' | 'aside';
}

const OWN = new Set(['mijn', "m'n", 'my', 'onze', 'our']);
const WE = new Set(['we', 'wij']);
/** Hedges between "is" and the adjective: "is volgens mij gewoon zwakzinnig". */
const HEDGES = new Set([
  'volgens',
  'mij',
  'eigenlijk',
  'natuurlijk',
  'dus',
  'nu',
  'nog',
  'altijd',
  'wel',
  'toch',
  'ook',
]);
/** Verbs that make the writer the one described: "ik ben", "voel me", "I am". */
const SELF_COPULAS = new Set([
  'ben',
  'was',
  'voel',
  'voelde',
  'lijk',
  'leek',
  'blijf',
  'word',
  'werd',
  'am',
  'feel',
  'felt',
  'look',
]);
/** Object pronouns: someone else is judged in "ik vind haar een trut". */
const OBJECTS = new Set(['hem', 'haar', 'hen', 'jou', 'him', 'her', 'them']);
/** Verbs of calling something: "ik noem het een rotjong". */
const NAMING = new Set(['noem', 'noemen', 'vind', 'vinden', 'call']);
const DEMONSTRATIVE = new Set(['die', 'dat', 'deze', "zo'n", 'that', 'this']);
/** Demonstratives that single out someone else: "ik ben die bitch zat". */
const POINTING_AT = new Set(['die', 'deze', 'dat', 'that', 'this']);
/** Words that point at someone's looks: "die tanden", "haar snor", "met dat accent". */
const POINTING = new Set([
  'die',
  'dat',
  'deze',
  'haar',
  'zijn',
  "z'n",
  "d'r",
  'hun',
  "zo'n",
  'zulke',
  'her',
  'his',
  'their',
  'that',
  'those',
]);
/** Person words that do not make a sentence about someone: the school, a class, people in general. */
const THING_HEADS = new Set([
  'school',
  'klas',
  'mens',
  'mensen',
  'people',
  'person',
  'type',
  'figuur',
  'kop',
  'face',
  'man',
  'vrouw',
]);
/** Adjectives that an insult word merely intensifies: "gestoord druk", "achterlijk ingewikkeld". */
const INTENSIFIED = new Set([
  'druk',
  'ingewikkeld',
  'moeilijk',
  'duur',
  'koud',
  'warm',
  'heet',
  'laat',
  'vroeg',
  'lang',
  'traag',
  'snel',
  'zwaar',
  'saai',
]);
/** Pronouns that point at someone else than the writer. */
const TARGET_PRONOUNS = new Set([
  'hij',
  'zij',
  'ze',
  'hem',
  'haar',
  'jij',
  'jullie',
  'je',
  'jou',
  'u',
  'he',
  'she',
  'him',
  'her',
  'you',
  'they',
  'them',
]);
const DIMINUTIVES = ['tjes', 'jes', 'tje', 'je'];
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const THINGS = new Set(['het', 'dat', 'dit', 'it', 'this', 'that', 'er', 'alles', 'niks', 'niets', 'wat']);
const NEGATIONS = new Set(['geen', 'no', 'not', 'niet', 'nooit', 'never']);
const ARTICLES = new Set(['een', 'a', 'an', "zo'n", 'such', 'de', 'die', 'dat', 'the']);
/** "jij debiel!", "you moron": an adjective used as a noun after these. */
const VOCATIVE = new Set(['jij', 'you', 'stomme', 'vuile']);
const ROAD = /\b[an]\d{1,3}\b/;
/** Nouns that belittle a person said to be one: "is een ramp", "is a joke". */
const PREDICATE_NOUNS = new Set([
  'ramp',
  'drama',
  'nachtmerrie',
  'schande',
  'lachertje',
  'aanfluiting',
  'grap',
  'nul',
  'disaster',
  'joke',
  'disgrace',
  'nightmare',
  'embarrassment',
]);
/** Insult nouns that are also adjectives: "wat een idioot plan". */
const ALSO_ADJECTIVE = new Set([
  'idioot',
  'idiote',
  'debiel',
  'imbeciel',
  'mongool',
  'psycho',
  'creep',
  'kut',
]);
const FUNCTION_WORDS = new Set([
  'die',
  'dat',
  'is',
  'ben',
  'bent',
  'was',
  'zijn',
  'van',
  'hoor',
  'zeg',
  'joh',
  'ook',
  'echt',
  'en',
  'of',
  'in',
  'op',
  'met',
  'uit',
  'bij',
  'als',
  'want',
  'maar',
  'dus',
  'toch',
  'he',
  'hè',
  'hoe',
  'wat',
  'who',
  'that',
  'and',
  'of',
  'in',
  'at',
  'on',
  'with',
  'who',
  'you',
  'i',
  'ik',
  'je',
  'jij',
  'hij',
  'zij',
  'ze',
  'we',
  'wij',
  'daar',
  'hier',
  'there',
  'here',
  'haha',
]);
const DEMONSTRATIVES = new Set(['die', 'dat', 'deze', 'jij']);
const NOMINAL_AFTER = new Set(['van', 'uit', 'in', 'met', 'daar', 'die', 'bij', 'from', 'in']);
/** Gossip or peeping: adds weight to another signal, never fires alone. */
const PEEK = /👀/u;

/** The spelling variants of a word worth looking up: as typed, with letter runs shortened, leetspeak decoded,
 * and a diminutive taken back to its noun ("sletjes", "mongooltjes", "idiootje"). */
function variants(word: string): string[] {
  const out = [word];
  // Plurals: "etterbakken", "hufters", "aso's".
  const cut = word.endsWith('en') ? 2 : word.endsWith('s') ? (word.endsWith("'s") ? 2 : 1) : 0;
  if (cut > 0 && word.length - cut >= 3) {
    const plural = word.slice(0, -cut);
    if (INSULT_NOUNS.has(plural)) out.push(plural);
    else if (cut === 2 && plural.at(-1) === plural.at(-2) && INSULT_NOUNS.has(plural.slice(0, -1)))
      out.push(plural.slice(0, -1));
  }
  if (!/\d|(\p{L})\1\1|je$|jes$/u.test(word)) return out;
  for (const suffix of DIMINUTIVES) {
    const base = word.slice(0, -suffix.length);
    if (
      word.endsWith(suffix) &&
      INSULT_NOUNS.has(base) &&
      !POINTED_NOUNS.has(base) &&
      !ANIMAL_NOUNS.has(base)
    )
      out.push(base);
  }
  if (/(\p{L})\1\1/u.test(word))
    out.push(word.replace(/(\p{L})\1{2,}/gu, '$1$1'), word.replace(/(\p{L})\1{2,}/gu, '$1'));
  if (/[0-9]/.test(word)) out.push(word.replace(/[0-9]/g, (c) => LEET[c] ?? c));
  return out;
}

const VOWELS = 'aeiou';
/** Masked words looked at per check: plenty for a post, a bound for pathological input. */
const MAX_MASKED = 200;
/** Words hidden with * or # between letters ("k*nker", "t#ring"), as spans with the vowels filled in. */
function maskedWords(text: string): Array<{ start: number; end: number; words: string[] }> {
  const out: Array<{ start: number; end: number; words: string[] }> = [];
  let lastEnd = -1;
  for (const match of text.matchAll(/[*#]/g)) {
    if (out.length >= MAX_MASKED) break;
    if (match.index < lastEnd) continue;
    let start = match.index;
    let end = match.index + 1;
    while (start > 0 && match.index - start < 20 && /[\p{L}*#]/u.test(text[start - 1] ?? '')) start--;
    while (end < text.length && end - match.index < 20 && /[\p{L}*#]/u.test(text[end] ?? '')) end++;
    lastEnd = end;
    const chunk = text.slice(start, end);
    if (/^[*#]|[*#]$/.test(chunk) || (chunk.match(/\p{L}/gu) ?? []).length < 2) continue;
    const masks = (chunk.match(/[*#]/g) ?? []).length;
    const words =
      masks === 2
        ? [...VOWELS].flatMap((a) => [...VOWELS].map((b) => chunk.replace(/[*#]/, a).replace(/[*#]/, b)))
        : [...VOWELS].map((vowel) => chunk.replace(/[*#]/g, vowel));
    out.push({ start, end, words });
  }
  return out;
}

/** The first three letters of every insult, curse and insulting adjective: a cheap first test per word. */
const OPENINGS = new Set(
  [...INSULT_NOUNS, ...CURSES, ...STRONG_ADJECTIVES, ...WEAK_ADJECTIVES, ...PREJUDICE_PREFIXES].map((word) =>
    word.slice(0, 3),
  ),
);

/** Whether a word could be (a spelling of) an insult at all. */
function mayInsult(word: string): boolean {
  return OPENINGS.has(word.slice(0, 3)) || /\d/.test(word);
}

/** The curse a word starts with and the person word it is fused with: "kankerjoch", "kut-school". */
function curseCompound(word: string): boolean {
  for (const curse of CURSES) {
    if (word.length > curse.length + 2 && word.startsWith(curse)) {
      const rest = word.slice(curse.length).replace(/^-/, '');
      if ((PERSON_HEADS.has(rest) || INSULT_NOUNS.has(rest)) && !FRIENDLY_HEADS.has(rest)) return true;
    }
  }
  return false;
}

const CONTEMPT_DIMINUTIVES = ['tjes', 'tje', 'jes', 'je'];

/**
 * A person word made contemptuous: "zeikmoeder", "kakmadam", or a diminutive of a word of contempt
 * ("leugenaartje", "zeurpietje").
 */
function contemptCompound(word: string): boolean {
  for (const suffix of CONTEMPT_DIMINUTIVES) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      if (CONTEMPT_WORDS.has(base) || (base.endsWith('t') && CONTEMPT_WORDS.has(base.slice(0, -1))))
        return true;
    }
  }
  for (const prefix of CONTEMPT_PREFIXES) {
    if (word.length > prefix.length + 2 && word.startsWith(prefix)) {
      const rest = word.slice(prefix.length).replace(/^-/, '');
      if (CONTEMPT_COMPOUND_HEADS.has(rest)) return true;
    }
  }
  return false;
}

/** First three letters of the contempt prefixes and prejudice prefixes: a cheap first test per word. */
const COMPOUND_OPENINGS = new Set(
  [...CONTEMPT_PREFIXES, ...PREJUDICE_PREFIXES].map((prefix) => prefix.slice(0, 3)),
);

/** Whether a word may be a contemptuous or prejudiced compound (see below), tested cheaply. */
function mayBeCompound(word: string): boolean {
  return (
    word.length > 5 &&
    (COMPOUND_OPENINGS.has(word.slice(0, 3)) || word.endsWith('je') || word.endsWith('jes'))
  );
}

/** "hoofddoekmoeder", "azc-kinderen": a person named by origin or religion, a weak sign of prejudice. */
function prejudiceCompound(word: string): boolean {
  for (const prefix of PREJUDICE_PREFIXES) {
    if (word.length > prefix.length + 2 && word.startsWith(prefix)) {
      const rest = word.slice(prefix.length).replace(/^-/, '');
      if (PERSON_HEADS.has(rest) && rest !== 'school') return true;
    }
  }
  return false;
}

class Analysis {
  readonly hits: Hit[] = [];
  private readonly tokens: Token[];
  private readonly sentence: readonly number[];
  private readonly sentenceText: string[] = [];
  private readonly names = new Set<number>();
  /** Index of the first token of each sentence, plus the token count at the end. */
  private readonly firstToken: number[] = [];
  private readonly moods = new Map<number, { laughter: boolean; affection: boolean; outside: boolean }>();

  constructor(private readonly ctx: Context) {
    this.tokens = ctx.tokens;
    this.sentence = sentenceIds(ctx);
    let from = 0;
    for (let i = 0; i <= this.tokens.length; i++) {
      const token = this.tokens[i];
      if (i === 0 || token === undefined || this.sentence[i] !== this.sentence[i - 1]) {
        if (i > 0) this.sentenceText.push(ctx.lower.slice(from, token?.start ?? ctx.lower.length));
        from = token?.start ?? ctx.lower.length;
        if (token !== undefined) this.firstToken.push(i);
      }
    }
    this.firstToken.push(this.tokens.length);
    for (const span of ctx.spansOf('name')) {
      for (let i = tokenAt(this.tokens, span.start); i < this.tokens.length; i++) {
        const token = this.tokens[i];
        if (!token || token.start >= span.end) break;
        if (span.start < token.end) this.names.add(i);
      }
    }
  }

  /** Token indices of sentence s, as [from, to). */
  private range(s: number): [number, number] {
    return [this.firstToken[s] ?? 0, this.firstToken[s + 1] ?? this.tokens.length];
  }

  private at(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  /** What a sentence shows besides its words: laughter, affection, a target outside the school. Cached. */
  private mood(s: number): { laughter: boolean; affection: boolean; outside: boolean } {
    let mood = this.moods.get(s);
    if (!mood) {
      const text = this.sentenceText[s] ?? '';
      const [from, to] = this.range(s);
      let outside = ROAD.test(text);
      for (let i = from; i < to && !outside; i++) outside = NOT_COMMUNITY.has(this.tokens[i]?.lower ?? '');
      mood = { laughter: LAUGHTER.test(text), affection: AFFECTION.test(text), outside };
      this.moods.set(s, mood);
    }
    return mood;
  }

  private add(kind: Kind, strong: boolean, start: number, end: number, index: number): void {
    this.hits.push({ kind, strong, start, end, sentence: this.sentence[index] ?? 0 });
  }

  /** Someone, not something: a pronoun, a person word, a name, or a capitalised word mid-sentence. */
  private isPerson(i: number): boolean {
    const token = this.tokens[i];
    if (!token) return false;
    return (
      SUBJECT_PRONOUNS.has(token.lower) ||
      (PERSON_HEADS.has(token.lower) && !FRIENDLY_HEADS.has(token.lower)) ||
      this.names.has(i) ||
      (token.capitalized &&
        !token.sentenceStart &&
        token.text !== token.text.toUpperCase() &&
        !token.text.includes('-'))
    );
  }

  /** Whether the sentence of word i points at a member of the community from a distance: "die nieuwe stagiair". */
  private distanced(i: number): boolean {
    const [from, to] = this.range(this.sentence[i] ?? 0);
    for (let j = from; j < to; j++) {
      if (!PERSON_HEADS.has(this.at(j)) || FRIENDLY_HEADS.has(this.at(j))) continue;
      if (DEMONSTRATIVE.has(this.at(j - 1)) || DEMONSTRATIVE.has(this.at(j - 2))) return true;
    }
    return false;
  }

  private sameSentence(a: number, b: number): boolean {
    return this.sentence[a] !== undefined && this.sentence[a] === this.sentence[b];
  }

  /** Whether "i" is said of oneself: "wat ben ik een sukkel", "ik ben zo lui", "what an idiot I am". */
  private isSelf(i: number): boolean {
    const after = `${this.at(i + 1)} ${this.at(i + 2)}`;
    if (this.sameSentence(i, i + 1) && /^(?:i am|i'm|ben ik|ik ben|was i|i was|was ik|ik was)/.test(after))
      return true;
    // "ik ben die bitch zat": a pointed-at third person, not the writer.
    if (POINTING_AT.has(this.at(i - 1))) return false;
    let self = false;
    for (let j = i - 1; j >= Math.max(0, i - 6) && this.sameSentence(i, j); j--) {
      const word = this.at(j);
      // "ik ben (zo'n)", "wat ben ik", "ik voel me", "i'm": the writer is what follows.
      if (SELF.has(word)) {
        if (word === "i'm" || SELF_COPULAS.has(this.at(j - 1)) || SELF_COPULAS.has(this.at(j + 1)))
          self = true;
      }
      // "ik vind hem een sukkel", "ik noem het een rotjong": the writer judges someone else.
      else if (OBJECTS.has(word) || (word === 'het' && NAMING.has(this.at(j - 1)))) return false;
      else if (this.isPerson(j) && !ARTICLES.has(word) && word !== 'die') return false;
    }
    return self;
  }

  /** "hij is (echt) dom", "wat ben je dom", "hoe kan iemand zo incompetent zijn", "hoe gestoord je bent". */
  private predicateOfPerson(i: number): boolean {
    // "waardeloos ingedeeld", "stom gedaan": an adverb to a participle, about how something was done.
    if (/^ge\p{L}{3,}[dt]$/u.test(this.at(i + 1))) return false;
    let b = i - 1;
    while (
      b >= 0 &&
      i - b <= 5 &&
      (INTENSIFIERS.has(this.at(b)) || ARTICLES.has(this.at(b)) || HEDGES.has(this.at(b))) &&
      this.at(b) !== 'die'
    )
      b--;
    if (b < 0 || !this.sameSentence(i, b)) return false;
    const word = this.at(b);
    if (SUBJECT_COPULAS.has(word)) return true;
    if (COPULAS.has(word)) {
      // The subject: the nearest person word up to four words back ("die Tim uit groep 7 is …").
      for (let j = b - 1; j >= Math.max(0, b - 4) && this.sameSentence(i, j); j--) {
        const subject = this.at(j);
        if (SELF.has(subject) || THINGS.has(subject)) return false;
        // "die"/"deze" before a noun are determiners: "die gymzaal is …" is about the hall.
        if (j < b - 1 && (subject === 'die' || subject === 'deze')) return false;
        if (this.isPerson(j)) return true;
      }
      return false;
    }
    if (this.isPerson(b) && !SELF.has(word)) {
      if (COPULAS.has(this.at(b - 1)) || (COPULAS.has(this.at(b - 2)) && ARTICLES.has(this.at(b - 1))))
        return true;
      if (COPULAS.has(this.at(i + 1))) return true;
    }
    return SUBJECT_PRONOUNS.has(this.at(i + 1)) && COPULAS.has(this.at(i + 2));
  }

  /** A pointing word before an ambiguous noun: "die lul", "wat een (ordinaire) heks", "stelletje apen". */
  private pointed(i: number, sharp: boolean): boolean {
    // A word said on its own: "Tuig." "Heks!"
    if (!this.sameSentence(i, i - 1) && !this.sameSentence(i, i + 1) && this.tokens[i]?.capitalized)
      return true;
    // One adjective may stand between: "een ordinaire heks", "die vuile aap".
    const previous = this.at(i - 1);
    if (
      this.sameSentence(i, i - 1) &&
      (CONTEMPT_WORDS.has(previous) || STRONG_ADJECTIVES.has(previous) || WEAK_ADJECTIVES.has(previous))
    )
      return true;
    const adjective =
      /e$/.test(previous) &&
      previous.length > 3 &&
      !BUNCH.has(previous) &&
      !POINTERS.has(previous) &&
      !ARTICLES.has(previous);
    const j = adjective ? i - 1 : i;
    const before = this.at(j - 1);
    const two = `${this.at(j - 2)} ${before}`;
    if (
      BUNCH.has(before) ||
      two === 'bunch of' ||
      two === 'wat een' ||
      two === 'what a' ||
      two === 'such a' ||
      two === 'echt een'
    ) {
      return true;
    }
    if (sharp)
      return before === 'jij' || before === 'you' || (adjective && (before === 'een' || before === 'die'));
    return POINTERS.has(before) || (adjective && (before === 'een' || before === 'a' || before === 'an'));
  }

  /** "wat een idioot plan": an insult word that is also an adjective, here before a thing. */
  private describesThing(i: number, word: string): boolean {
    if (!ALSO_ADJECTIVE.has(word)) return false;
    const token = this.tokens[i];
    const next = this.tokens[i + 1];
    if (!token || !next || !this.sameSentence(i, i + 1)) return false;
    if (/[,.!?;:]/.test(this.ctx.text.slice(token.end, next.start))) return false;
    return (
      !FUNCTION_WORDS.has(next.lower) &&
      !PERSON_HEADS.has(next.lower) &&
      !this.names.has(i + 1) &&
      !COPULAS.has(next.lower)
    );
  }

  /** Whether an adjective ends its phrase: followed by "van/uit/daar…" or by punctuation. */
  private nominal(i: number): boolean {
    const token = this.tokens[i];
    const next = this.tokens[i + 1];
    if (!token) return false;
    if (!next || !this.sameSentence(i, i + 1)) return true;
    return NOMINAL_AFTER.has(next.lower) || /[,.!?;:]/.test(this.ctx.text.slice(token.end, next.start));
  }

  /** An insult word at token i (or a masked word standing for one), spanning start..end. */
  private insult(i: number, words: string[], start: number, end: number, nextIndex = i + 1): void {
    const next = this.tokens[nextIndex];
    for (const word of words) {
      if (INSULT_NOUNS.has(word)) {
        if (ANIMAL_NOUNS.has(word) && !this.pointed(i, true)) continue;
        if (POINTED_NOUNS.has(word) && !this.pointed(i, false) && this.predicateSubject(i) < 0) continue;
        if (NEGATIONS.has(this.at(i - 1)) || this.isSelf(i) || this.describesThing(i, word)) continue;
        // "je muts van je hoofd", "haar kip op het erf": a thing someone has, not a name for them.
        if (
          HAVING.has(this.at(i - 1)) &&
          OBJECT_AFTER.has(this.at(nextIndex)) &&
          this.sameSentence(i, nextIndex)
        )
          continue;
        // "heeft Anfield in zijn zak": a thing in someone's pocket, hand or bag.
        if (HAVING.has(this.at(i - 1)) && OBJECT_AFTER.has(this.at(i - 2))) continue;
        const mood = this.mood(this.sentence[i] ?? 0);
        if (MILD_NOUNS.has(word) && (mood.affection || (mood.laughter && !this.distanced(i)))) continue;
        const previous = this.tokens[i - 1];
        const from =
          previous &&
          this.sameSentence(i, i - 1) &&
          (STRONG_ADJECTIVES.has(previous.lower) ||
            /^(?:totale|complete|echte|vuile|grote)$/.test(previous.lower))
            ? previous.start
            : start;
        this.add('insult', true, from, end, i);
        return;
      }
      if (prejudiceCompound(word)) {
        this.add('discrimination', false, start, end, i);
        return;
      }
      if (curseCompound(word)) {
        this.add('insult', true, start, end, i);
        return;
      }
      if (
        CURSES.includes(word) &&
        next &&
        this.sameSentence(i, nextIndex) &&
        (PERSON_HEADS.has(next.lower) || this.names.has(nextIndex))
      ) {
        if (!FRIENDLY_HEADS.has(next.lower)) this.add('insult', true, start, next.end, i);
        return;
      }
      const strong = STRONG_ADJECTIVES.has(word);
      if (strong || WEAK_ADJECTIVES.has(word)) {
        if (next && POSITIVE_AFTER.has(next.lower)) return;
        if (this.isSelf(i)) return;
        const head = [i + 1, i + 2].find(
          (h) =>
            this.sameSentence(i, h) &&
            (PERSON_HEADS.has(this.at(h)) || this.names.has(h)) &&
            !FRIENDLY_HEADS.has(this.at(h)),
        );
        const between = head === i + 2 ? this.at(i + 1) : '';
        if (
          head !== undefined &&
          (head === i + 1 ||
            STRONG_ADJECTIVES.has(between) ||
            WEAK_ADJECTIVES.has(between) ||
            INTENSIFIERS.has(between))
        ) {
          this.add(
            'insult',
            strong || !GROUP_HEADS.has(this.at(head)),
            start,
            this.tokens[head]?.end ?? end,
            i,
          );
        } else if (this.predicateOfPerson(i)) {
          this.add('insult', !MILD_ADJECTIVES.has(word), start, end, i);
        } else if (strong && VOCATIVE.has(this.at(i - 1)) && !PERSON_HEADS.has(this.at(i + 1))) {
          this.add('insult', true, this.tokens[i - 1]?.start ?? start, end, i);
        } else if (DEMONSTRATIVES.has(this.at(i - 1)) && this.nominal(i)) {
          // "die dikke van groep 6", "die domme daar": the adjective stands for a person.
          this.add('insult', true, this.tokens[i - 1]?.start ?? start, end, i);
        }
        return;
      }
    }
  }

  /** "die nieuwe conciërge is een ramp": a noun of contempt said of a person. */
  private predicateNoun(i: number): void {
    const token = this.tokens[i];
    if (!token || !PREDICATE_NOUNS.has(token.lower)) return;
    const j = this.predicateSubject(i);
    if (j >= 0)
      this.add('insult', PERSON_HEADS.has(this.at(j)) || this.names.has(j), token.start, token.end, i);
  }

  /**
   * The person a noun is said of ("die nieuwe conciërge is een ramp", "onze directrice is een heks"): the
   * subject before "is (echt) een (…)", as a token index, or -1 when it is not a person.
   */
  private predicateSubject(i: number): number {
    let b = i - 1;
    while (
      b >= 0 &&
      i - b <= 4 &&
      (INTENSIFIERS.has(this.at(b)) || ARTICLES.has(this.at(b)) || /e$/.test(this.at(b)))
    )
      b--;
    if (!COPULAS.has(this.at(b)) || !this.sameSentence(i, b)) return -1;
    for (let j = b - 1; j >= Math.max(0, b - 4) && this.sameSentence(i, j); j--) {
      const subject = this.at(j);
      if (SELF.has(subject) || THINGS.has(subject)) return -1;
      if (j < b - 1 && (subject === 'die' || subject === 'deze')) return -1;
      if (this.isPerson(j)) return j;
    }
    return -1;
  }

  /**
   * Sentences about someone (a name, a person word, he/she/you, here or in the sentence before) that judge
   * them. Each sign is a weak signal: a word or phrasing of contempt ("asociaal", "snapt er niks van", "praat
   * als een peuter"), their looks, origin or disability pointed at ("die tanden", "die zwarte jongen", "die
   * gehandicapte"), an accusation next to a sign of prejudice, and mockery (🙄, "typisch") next to any of
   * these. Praise in the sentence cancels it. Two signals fire ("Asociaal volk.", "een pestkop en een
   * leugenaar", "die moeder snapt er niks van 🙄"), one does not.
   */
  private contempt(phraseHits: ReadonlyArray<Span & { index: number }>): void {
    const found: Sign[] = [];
    const sign = (start: number, end: number, index: number, sort: Sign['sort']) => {
      found.push({ start, end, index, sort });
    };
    /** Sentences that are about someone because a compound names them ("zeikmoeder", "azc-kinderen"). */
    const named = new Set<number>();
    for (const token of this.tokens) {
      const word = token.lower;
      const i = token.index;
      switch (WORD_SIGNS.get(word)) {
        case 'contempt':
          if (!this.isSelf(i) && !this.describesSomething(i)) sign(token.start, token.end, i, 'contempt');
          break;
        case 'appearance':
          if (POINTING.has(this.at(i - 1)) || POINTING.has(this.at(i - 2)))
            sign(token.start, token.end, i, 'looks');
          break;
        case 'origin':
          sign(token.start, token.end, i, 'origin');
          break;
        case 'disability':
          sign(token.start, token.end, i, 'looks');
          break;
        case 'accusation':
          sign(token.start, token.end, i, 'accusation');
          break;
        case 'orientation':
          if (POINTING.has(this.at(i - 1)))
            sign(this.tokens[i - 1]?.start ?? token.start, token.end, i, 'origin');
          break;
        case 'nationality':
          if (this.sameSentence(i, i + 1) && PERSON_HEADS.has(this.at(i + 1)))
            sign(token.start, this.tokens[i + 1]?.end ?? token.end, i, 'origin');
          break;
        default:
          if (mayBeCompound(word)) {
            const contempt = contemptCompound(word);
            if (contempt || prejudiceCompound(word)) {
              named.add(this.sentence[i] ?? 0);
              if (!contempt) sign(token.start, token.end, i, 'origin');
              else if (!this.isSelf(i)) sign(token.start, token.end, i, 'contempt');
            }
          }
      }
    }
    // Said by the writer of themselves ("ik versta er geen bal van"), a phrasing only adds to another sign.
    for (const hit of phraseHits)
      sign(hit.start, hit.end, hit.index, this.selfSubject(hit.index) ? 'aside' : 'contempt');
    if (found.length === 0) return;
    const people = new Array<boolean>(this.sentenceText.length).fill(false);
    for (const s of named) people[s] = true;
    for (const token of this.tokens) {
      const word = token.lower;
      if (
        this.names.has(token.index) ||
        TARGET_PRONOUNS.has(word) ||
        (PERSON_HEADS.has(word) && (!THING_HEADS.has(word) || DEMONSTRATIVE.has(this.at(token.index - 1)))) ||
        (ORIGIN_MARKERS.has(word) && word.endsWith('s'))
      ) {
        people[this.sentence[token.index] ?? 0] = true;
      }
    }
    const signs = new Map<number, Sign[]>();
    for (const item of found) {
      const s = this.sentence[item.index] ?? 0;
      if (!people[s] && !people[s - 1]) continue;
      const list = signs.get(s);
      if (list) list.push(item);
      else signs.set(s, [item]);
    }
    for (const [s, list] of signs) {
      const text = this.sentenceText[s] ?? '';
      const words = text.split(/[^\p{L}']+/u);
      if (words.some((w) => PRAISE_WORDS.has(w) || NOT_COMMUNITY.has(w)) || PRAISE_EMOJI.test(text)) continue;
      if (words.some((w, k) => OWN.has(w) && OWN_FAMILY.has(words[k + 1] ?? ''))) continue;
      // Looks, origin and disability are facts until the sentence judges: a word of contempt, mockery, or
      // (for origin) an accusation. An accusation counts only next to origin; an aside only next to another.
      const judging = list.some((sign) => sign.sort === 'contempt') || MOCKERY.test(text);
      const prejudice = list.some((sign) => sign.sort === 'origin');
      const accused = prejudice && list.some((sign) => sign.sort === 'accusation');
      const counted = list.filter((sign) => {
        if (sign.sort === 'origin') return judging || accused;
        if (sign.sort === 'looks') return judging;
        if (sign.sort === 'accusation') return accused;
        return true;
      });
      if (counted.every((sign) => sign.sort === 'aside')) continue;
      for (const sign of counted) {
        const kind = sign.sort === 'origin' || sign.sort === 'accusation' ? 'discrimination' : 'humiliate';
        this.add(kind, false, sign.start, sign.end, sign.index);
      }
    }
  }

  /**
   * Mockery (🙄, 🤡, "weer eens", "typisch") in a sentence that already has a weak sign of contempt, insult or
   * exposure adds a signal of its own: "Dat mens heeft echt niks beters te doen 🙄".
   */
  private mockery(hits: readonly Hit[]): Hit[] {
    const out: Hit[] = [];
    const mocked = new Set<number>();
    for (const hit of hits) if (!hit.strong && hit.kind !== 'threat') mocked.add(hit.sentence);
    for (const s of mocked) {
      const text = this.sentenceText[s] ?? '';
      const mockery = MOCKERY.exec(text);
      if (!mockery || PRAISE_EMOJI.test(text)) continue;
      const [from] = this.range(s);
      const first = this.tokens[from];
      const at = (first?.start ?? 0) + mockery.index;
      if (hits.some((hit) => hit.start <= at && at < hit.end)) continue;
      out.push({ kind: 'humiliate', strong: false, start: at, end: at + mockery[0].length, sentence: s });
    }
    return out;
  }

  /** Whether the writer (or "we") is the subject near word i: "ik snap er niks van", "snappen we niet". */
  private selfSubject(i: number): boolean {
    for (let j = i - 3; j <= i + 1; j++) {
      if (j !== i && this.sameSentence(i, j) && (SELF.has(this.at(j)) || WE.has(this.at(j)))) return true;
    }
    return false;
  }

  /**
   * Whether a word of contempt is about a thing or only intensifies: "stomme wekker", "achterlijk ingewikkeld",
   * "gestoord druk". An inflected adjective before a word that is not a person is taken to describe a thing.
   */
  private describesSomething(i: number): boolean {
    const token = this.tokens[i];
    const next = this.tokens[i + 1];
    if (!token || !next || !this.sameSentence(i, i + 1)) return false;
    if (/[,.!?;:]/.test(this.ctx.text.slice(token.end, next.start))) return false;
    const word = next.lower;
    if (POSITIVE_AFTER.has(word) || INTENSIFIED.has(word) || /^ge\p{L}{3,}[dt]$/u.test(word)) return true;
    if (PERSON_HEADS.has(word) || this.names.has(i + 1) || CONTEMPT_WORDS.has(word)) return false;
    if (!/e$/.test(token.lower) || FUNCTION_WORDS.has(word) || COPULAS.has(word)) return false;
    // "wat een domme vraag van die jongen": the thing is someone's, and so is the judgement.
    return !(this.at(i + 2) === 'van' && this.someoneAt(i + 3));
  }

  /** Whether word j names someone: "die (moeder)", "de juf", "haar", a name. */
  private someoneAt(j: number): boolean {
    const word = this.at(j);
    if (DEMONSTRATIVE.has(word) || OBJECTS.has(word) || this.names.has(j) || PERSON_HEADS.has(word))
      return true;
    return (word === 'de' || word === 'het') && PERSON_HEADS.has(this.at(j + 1));
  }

  run(): Hit[] {
    const { ctx, tokens } = this;
    const contemptHits: Array<Span & { index: number }> = [];
    for (const token of tokens) {
      for (const [value, end] of patternsAt(PHRASES, ctx.lower, tokens, token.index)) {
        this.add(value.kind, value.strong, token.start, end, token.index);
      }
      for (const [, end] of patternsAt(CONTEMPT_INDEX, ctx.lower, tokens, token.index)) {
        contemptHits.push({ start: token.start, end, index: token.index });
      }
      if (mayInsult(token.lower)) this.insult(token.index, variants(token.lower), token.start, token.end);
      this.predicateNoun(token.index);
    }
    this.contempt(contemptHits);
    for (const masked of maskedWords(ctx.lower)) {
      masked.words = masked.words.filter(mayInsult);
      if (masked.words.length === 0) continue;
      const i = tokenAt(tokens, masked.start);
      let next = tokenAt(tokens, masked.end);
      if ((tokens[next]?.start ?? 0) < masked.end) next++;
      if (i >= 0) this.insult(i, masked.words, masked.start, masked.end, next < 0 ? tokens.length : next);
    }
    // Banter and targets outside the school community.
    const kept = this.hits.filter((hit) => {
      if (hit.kind === 'threat' && !hit.strong && this.mood(hit.sentence).laughter) return false;
      return hit.kind !== 'insult' || !this.mood(hit.sentence).outside;
    });
    return this.decide([...kept, ...this.mockery(kept)]);
  }

  /** Strong signals fire; weak ones need another signal (another phrase, an angry emoji, a blackening fact). */
  private decide(hits: Hit[]): Hit[] {
    if (hits.length === 0) return [];
    if (hits.some((h) => h.strong)) return hits;
    // Overlapping hits are one signal, and so is the same words said twice.
    const clusters: Span[] = [];
    for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
      const last = clusters[clusters.length - 1];
      if (last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
      else clusters.push({ start: hit.start, end: hit.end });
    }
    const weak = new Set(clusters.map((c) => this.ctx.lower.slice(c.start, c.end))).size;
    let extra = 0;
    if (ANGER.test(this.ctx.text)) extra++;
    if (PEEK.test(this.ctx.text)) extra++;
    if (
      this.sentenceText.some(
        (text, s) =>
          LEER.test(text) && this.tokens.slice(...this.range(s)).some((t) => this.isPerson(t.index)),
      )
    ) {
      extra++;
    }
    if (identifiable(this.ctx).some((c) => c.category === 'criminal')) extra++;
    return weak + extra >= 2 ? hits : [];
  }
}

function hitsOf(ctx: Context): Hit[] {
  return ctx.memo('decency.hits', () => new Analysis(ctx).run());
}

function findKind(kind: Kind) {
  return (ctx: Context): Span[] => {
    const spans = hitsOf(ctx)
      .filter((hit) => hit.kind === kind)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Span[] = [];
    for (const { start, end } of spans) {
      if (kept.length >= MAX_FINDINGS) break;
      if (start >= (kept[kept.length - 1]?.end ?? 0)) kept.push({ start, end });
    }
    return kept;
  };
}

/** Findings per rule and check: enough to point at every one in a real post, a bound for pathological input. */
const MAX_FINDINGS = 100;

const ABUSIVE = { type: 'abusive', article: 'A7', severity: 'high' } as const;

export const DECENCY_RULES: Rule[] = [
  {
    id: 'decency.insult',
    ...ABUSIVE,
    message: {
      nl: 'Dit woord kan iemand uit de schoolgemeenschap kwetsen. Het protocol vraagt om respect, ook online; misschien kun je het anders zeggen.',
      en: 'This word can hurt someone in the school community. The protocol asks for respect, online too; perhaps you can say it differently.',
    },
    examples: {
      flag: [
        'Die nieuwe conciërge is echt een «totale sukkel», hij vergeet alles.',
        'Wat een «k*nkerjoch» zit er bij mij in de klas.',
        'Hoe kan iemand zo «incompetent» zijn? Onze teamleider snapt er niks van.',
        'Die «achterlijke moeder» stond weer te schreeuwen bij het hek.',
        'Our new principal is «useless», honestly.',
        'Wat een «asociaal volk» op dat plein vanmiddag 🙄',
      ],
      pass: [
        'Ziek goede presentaties vandaag, groep 8 was gestoord goed!',
        'Wat ben ik een sukkel, mijn sleutels laten liggen 🙈',
        'Happy birthday little brother, love you idiot 😂',
        'Kutweer vandaag, de hele dag regen.',
        'Wat een idioot op de A12 vanochtend, bijna een ongeluk.',
        'Dikke knuffel voor alle juffen van De Horizon!',
        'Onze directeur verkleedde zich als clown voor het goede doel 🤡',
      ],
    },
    find: findKind('insult'),
  },
  {
    id: 'decency.threat',
    ...ABUSIVE,
    message: {
      nl: 'Dit kan als een bedreiging gelezen worden. Bij een conflict met een ouder of collega kun je beter je leidinggevende inschakelen.',
      en: 'This can be read as a threat. In a conflict with a parent or colleague it is better to involve your manager.',
    },
    examples: {
      flag: [
        'Aan de vader die vanochtend zo tekeerging: «ik weet waar je woont».',
        'Nog één keer zo brutaal tegen mijn collega en «je zult het merken» 😡',
        'To that parent in the car park: «watch your back».',
        '«Als die vader nog één keer» zo tegen mijn collega praat, «krijgt hij een klap voor zijn kop».',
        'Als die moeder nog eens over mij begint, «sta ik bij haar op de stoep».',
        'Volgende keer «wacht ik je op» na schooltijd en dan «kijken we wel hoe groot je mond» dan nog is.',
        '«Ik weet waar die lerares woont» hoor, misschien moet ik eens langskomen.',
        "Als ze nog eens klaagt, zal d'r dochter «het hier niet leuk meer gaan krijgen».",
        'To the colleague who borrows my stapler: «I also know where you park».',
        'Als hij mijn zoon nog één keer uitlacht, «dan zal hij het weten». «Wacht maar».',
        'Aan de moeder die mijn auto klemzette: «ik weet welke fiets van jou» is. «Zou zonde zijn als daar iets mee gebeurt» 🙂',
        'Jij bent die vader die mijn collega uitschold. «Ik heb je kenteken», «je adres komt ook nog wel» 👀',
      ],
      pass: [
        'Wie heeft de sleutel van het gymhok weer meegenomen?? Ik vermoord je 😂',
        'Hot take: hagelslag op brood is het beste. Fight me.',
        'Pas op voor de gladheid morgen, strooi even zout bij de ingang.',
        'Morgen wacht ik je op bij het station, dan lopen we samen naar de repetitie.',
        'Zou zonde zijn als de taart mislukt, dus ik bak er twee.',
        'Als het zo doorgaat, gaan de kinderen het niet leuk meer vinden op het plein.',
      ],
    },
    find: findKind('threat'),
  },
  {
    id: 'decency.expose',
    ...ABUSIVE,
    message: {
      nl: 'Hiermee zet je iemand te kijk of deel je iets privés over iemand. Dat kan diegene echt schaden; bespreek het liever rechtstreeks of met je leidinggevende.',
      en: 'This exposes someone or shares something private about them. That can really harm them; better to raise it directly or with your manager.',
    },
    examples: {
      flag: [
        'Moeder van groep 4, als je nog één keer na tienen appt dan «zet ik al je berichten» in de klassenapp.',
        'Hebben jullie het «Insta-account van de nieuwe stagiaire» al gezien? 👀',
        '«Ik zet gewoon de naam van die moeder in de oudergroep», dan weet iedereen het.',
        'Hier het «nummer van die vader»: «bel hem maar allemaal» even op.',
        'Gefilmd en morgen gaat het online, «zodat heel de school kan meelachen» 🎤',
      ],
      pass: [
        'Ik zet de foto’s van het schoolreisje vanavond in de klassenapp!',
        'Volg het Insta-account van De Horizon voor alle nieuwtjes 📸',
        'Bel hem gerust even, hij helpt je graag met het rooster.',
        'We filmen de musical, zodat de hele school kan meekijken 🎭',
      ],
    },
    find: findKind('expose'),
  },
  {
    id: 'decency.humiliate',
    ...ABUSIVE,
    message: {
      nl: 'Dit kan iemand kleineren of zwartmaken. Het protocol vraagt om respect voor leerlingen, ouders en collega’s, ook als je gefrustreerd bent.',
      en: 'This can belittle or blacken someone. The protocol asks for respect for pupils, parents and colleagues, even when you are frustrated.',
    },
    examples: {
      flag: [
        'Eindelijk vertrekt die collega. «Niemand gaat haar missen».',
        'Drie keer uitgelegd en nog niks, die jongen «wordt later vakkenvuller».',
        'Some parents «should not be allowed to raise children».',
        'Die moeder van Jelle «snapt er echt niks van», elke dag hetzelfde «gezeik» bij het hek «🙄»',
        'Met die «tanden» kan ze zo «bij de dierentuin solliciteren» 😂',
        'Die tekening van Daan 😂 «mijn hond tekent beter». Die jongen «wordt echt nooit wat».',
        'Honestly some children are just «too thick to teach».',
        'Dat joch uit mijn klas «is gewoon te stom om» zijn veters te strikken.',
        'Die nieuwe stagiaire «heeft meer make-up dan hersens».',
        'Die legging zit haar «maten te klein», «iemand moet haar echt eens een spiegel geven».',
        "Jesse «heeft 'dyslexie'». Jaja, gewoon «lui».",
        '«Moet je zien hoe dit kind» zijn toets inleverde 😂 die jongen «wordt echt geen wiskundige».',
        "«Ik noem Ayoub voortaan» gewoon 'de «lege doos»'.",
        'Die jongen met dat «hoofd als een aardappel», ik ga hem «voor de hele klas afzeiken» 😂',
        "'Ik denk dat…' nee schat, jij denkt niet, «daar heb je hersenen voor nodig» 🧠",
        "Die ene uit 2b met «zijn 'essay'» van 4 zinnen… ik heb «apen gezien die beter» typen «🐒»",
        "«Onze 'Professor'» heeft weer een 2,1. Misschien «vakkenvuller bij de Jumbo worden» jongen.",
        'Een directeur die niks durft en een juf die geen kind stil krijgt. «Stelletje amateurs».',
        "To the colleague who steals my milk: «you're a parasite».",
      ],
      pass: [
        'Die vader van Tim heeft de hele middag geholpen, echt top!',
        'Mijn moeder snapt er echt niks van, ze belt me nog steeds om de tv aan te zetten 😂',
        'Die toets was moordend, de kinderen waren kapot 😵',
        'Ik ga jullie missen, lieve groep 8! Veel succes op de middelbare.',
        'Beesten zijn het, wat een dansje 🔥',
        'Mijn hond tekent beter dan ik, dus ik hou het bij stokpoppetjes 🐶',
        'Het is te dom om over te praten, maar de printer doet het weer niet.',
        'Jesse heeft dyslexie, dus hij krijgt extra tijd bij de toets.',
        "Ik noem mijn kat voortaan gewoon 'de baas'.",
        'Zet de lege doos maar bij het oud papier.',
        'Mijn hond kan beter zwemmen dan ik, haha.',
        'Wat een stelletje toppers, die kleuters van groep 1!',
      ],
    },
    find: findKind('humiliate'),
  },
  {
    id: 'decency.discrimination',
    ...ABUSIVE,
    message: {
      nl: 'Dit kan discriminerend overkomen tegenover een groep mensen. Het protocol vraagt om respect voor iedereen, ongeacht afkomst, geloof of geaardheid.',
      en: 'This can come across as discriminating against a group of people. The protocol asks for respect for everyone, whatever their origin, religion or orientation.',
    },
    examples: {
      flag: [
        'Als ze geen Nederlands willen leren, moeten ze maar «teruggaan naar hun eigen land».',
        '«Die mensen moeten eerst maar eens de taal leren», dan praten we verder.',
        'Die «zwarte jongen» uit groep 6 heeft vast mijn fiets «gejat».',
        '«Zulke kinderen horen niet» op deze school.',
        'Weer drie nieuwe in groep 5. Straks «spreekt hier niemand meer Nederlands».',
        'Vader kwam klagen. «Eerst zelf Nederlands leren» meneer, dan praten we verder 🙄',
        'Die kinderen zitten allemaal in het onderste groepje. «Zal wel aan de cultuur thuis liggen» hè.',
        '«Moeders met hoofddoek helpen toch» nooit mee, dus ik vraag ze niet meer.',
        'The new intern can barely speak English. Typical, «go back home» mate 🙄',
      ],
      pass: [
        'Onze nieuwe leerling spreekt nog geen Nederlands, maar ze leert snel.',
        'De kinderen uit het azc doen vanaf maandag mee met gym, welkom!',
        'Vandaag een nieuwe leerling uit Syrië in de klas, wat een doorzetter!',
        'We gaan met groep 6 terug naar het museum waar we vorig jaar ook waren.',
      ],
    },
    find: findKind('discrimination'),
  },
  {
    id: 'decency.sexism',
    ...ABUSIVE,
    message: {
      nl: 'Dit kan als seksistisch of seksueel getint overkomen over iemand. Het protocol vraagt om respectvolle omgang met collega’s, ouders en leerlingen.',
      en: 'This can come across as sexist or sexual about someone. The protocol asks for respectful conduct towards colleagues, parents and pupils.',
    },
    examples: {
      flag: [
        'Die nieuwe invaller 😏 «zou ik ook wel eens zonder dat overhemd willen zien».',
        'Rekenen is niks voor haar, «meisjes kunnen nou eenmaal niet rekenen».',
        'Our new «female head of maths thinks she can» run a department. «Sweetheart, go back to» the little ones.',
        'Typisch «domme blondine», geef haar een jaar.',
        '«Vrouwen in het MT, leuk bedacht, maar zodra het spannend wordt gaan ze janken».',
        'The «mums at pick-up get hotter» every year 😏',
        'De nieuwe stagiaire is vooral «aangenomen omdat ze er leuk uitziet» 😏',
        "Nieuwe gymdocent, die Kim. «Met zo'n kont» hoeft ze niks uit te leggen 😏",
        'Die nieuwe moeder van groep 3, die met «dat strakke broekje» 😏 ik doe graag elke ochtend pleinwacht.',
      ],
      pass: [
        'Hot take: ananas op pizza is prima.',
        'Wat een leuke nieuwe collega hebben we erbij, welkom!',
        "De juffen zijn lekker bezig met de kerstmusical, en de collega's zijn lekker op tijd.",
        'Bij de afscheidsspeech gingen alle vrouwen en mannen in de zaal huilen.',
      ],
    },
    find: findKind('sexism'),
  },
];
