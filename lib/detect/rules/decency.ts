/**
 * Decency (protocol A7): insults, threats, exposing or stalking someone, humiliating or blackening remarks,
 * discrimination and sexist remarks aimed at pupils, parents, colleagues or the school. Strong words used as
 * praise ("ziek goed", "gestoord goed"), banter ("ik vermoord je 😂", "love you, idiot") and swearing at the
 * weather, traffic or oneself are left alone. A signal is strong (fires alone) or weak (fires only when the
 * post has another signal), so that ambiguous phrasings need company.
 */
import type { Context, Token } from '../context';
import {
  CONTEMPT_WORDS,
  MOCKERY,
  OWN_FAMILY,
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
import type { Rule } from '../rule';
import type { Span } from '../types';
import { identifiable, phraseIndex, phrasesAt, sentenceIds, tokenAt } from './special';

type Kind = DecencyPhraseRule;

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

const PHRASES = phraseIndex(
  (Object.keys(DECENCY_PHRASES) as Kind[]).flatMap((kind) =>
    [true, false].map(
      (strong) =>
        [
          signal(kind, strong),
          DECENCY_PHRASES[kind].filter(([, s]) => (s === 'strong') === strong).map(([source]) => source),
        ] as const,
    ),
  ),
);

const OWN = new Set(['mijn', "m'n", 'my', 'onze', 'our']);
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
  private readonly sentence: number[];
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

  private sameSentence(a: number, b: number): boolean {
    return this.sentence[a] !== undefined && this.sentence[a] === this.sentence[b];
  }

  /** Whether "i" is said of oneself: "wat ben ik een sukkel", "ik ben zo lui", "what an idiot I am". */
  private isSelf(i: number): boolean {
    const after = `${this.at(i + 1)} ${this.at(i + 2)}`;
    if (this.sameSentence(i, i + 1) && /^(?:i am|i'm|ben ik|ik ben|was i|i was|was ik|ik was)/.test(after))
      return true;
    let self = false;
    for (let j = i - 1; j >= Math.max(0, i - 6) && this.sameSentence(i, j); j--) {
      const word = this.at(j);
      if (SELF.has(word)) self = true;
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
      i - b <= 4 &&
      (INTENSIFIERS.has(this.at(b)) || ARTICLES.has(this.at(b))) &&
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
        if (POINTED_NOUNS.has(word) && !this.pointed(i, false)) continue;
        if (NEGATIONS.has(this.at(i - 1)) || this.isSelf(i) || this.describesThing(i, word)) continue;
        const mood = this.mood(this.sentence[i] ?? 0);
        if (MILD_NOUNS.has(word) && (mood.affection || mood.laughter)) continue;
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
    let b = i - 1;
    while (
      b >= 0 &&
      i - b <= 4 &&
      (INTENSIFIERS.has(this.at(b)) || ARTICLES.has(this.at(b)) || /e$/.test(this.at(b)))
    )
      b--;
    if (!COPULAS.has(this.at(b)) || !this.sameSentence(i, b)) return;
    for (let j = b - 1; j >= Math.max(0, b - 4) && this.sameSentence(i, j); j--) {
      const subject = this.at(j);
      if (SELF.has(subject) || THINGS.has(subject)) return;
      if (j < b - 1 && (subject === 'die' || subject === 'deze')) return;
      if (this.isPerson(j)) {
        this.add('insult', PERSON_HEADS.has(subject) || this.names.has(j), token.start, token.end, i);
        return;
      }
    }
  }

  /**
   * Sentences about someone (a name, a person word, he/she/you, here or in the sentence before) that judge
   * them: each word of contempt is a weak signal, and so is mockery next to one; praise in the sentence cancels
   * it. Two such signals fire ("Asociaal volk.", "een pestkop en een leugenaar"), one does not.
   */
  private contempt(): void {
    const count = this.sentenceText.length;
    const people = new Array<boolean>(count).fill(false);
    for (const token of this.tokens) {
      const word = token.lower;
      if (
        this.names.has(token.index) ||
        TARGET_PRONOUNS.has(word) ||
        (PERSON_HEADS.has(word) && !THING_HEADS.has(word))
      ) {
        people[this.sentence[token.index] ?? 0] = true;
      }
    }
    const judged = new Set<number>();
    for (const token of this.tokens)
      if (CONTEMPT_WORDS.has(token.lower)) judged.add(this.sentence[token.index] ?? 0);
    for (const s of judged) {
      if (!people[s] && !people[s - 1]) continue;
      const text = this.sentenceText[s] ?? '';
      const words = text.split(/[^\p{L}']+/u);
      if (words.some((w) => PRAISE_WORDS.has(w) || NOT_COMMUNITY.has(w)) || PRAISE_EMOJI.test(text)) continue;
      if (words.some((w, k) => OWN.has(w) && OWN_FAMILY.has(words[k + 1] ?? ''))) continue;
      let found = 0;
      const [from, to] = this.range(s);
      for (let i = from; i < to; i++) {
        const token = this.tokens[i];
        if (!token || !CONTEMPT_WORDS.has(token.lower)) continue;
        if (this.isSelf(token.index) || this.describesSomething(token.index)) continue;
        this.add('humiliate', false, token.start, token.end, token.index);
        found++;
      }
      const mockery = found > 0 ? MOCKERY.exec(text) : null;
      if (mockery) {
        const first = this.tokens[from];
        const at = (first?.start ?? 0) + mockery.index;
        this.add('humiliate', false, at, at + mockery[0].length, first?.index ?? 0);
      }
    }
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
    return /e$/.test(token.lower) && !FUNCTION_WORDS.has(word) && !COPULAS.has(word);
  }

  run(): Hit[] {
    const { ctx, tokens } = this;
    for (const token of tokens) {
      for (const [value, end] of phrasesAt(PHRASES, ctx.lower, token)) {
        this.add(value.kind, value.strong, token.start, end, token.index);
      }
      if (mayInsult(token.lower)) this.insult(token.index, variants(token.lower), token.start, token.end);
      this.predicateNoun(token.index);
    }
    this.contempt();
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
    return this.decide(kept);
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
      ],
      pass: [
        'Ziek goede presentaties vandaag, groep 8 was gestoord goed!',
        'Wat ben ik een sukkel, mijn sleutels laten liggen 🙈',
        'Happy birthday little brother, love you idiot 😂',
        'Kutweer vandaag, de hele dag regen.',
        'Wat een idioot op de A12 vanochtend, bijna een ongeluk.',
        'Dikke knuffel voor alle juffen van De Horizon!',
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
      ],
      pass: [
        'Wie heeft de sleutel van het gymhok weer meegenomen?? Ik vermoord je 😂',
        'Hot take: hagelslag op brood is het beste. Fight me.',
        'Pas op voor de gladheid morgen, strooi even zout bij de ingang.',
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
      ],
      pass: [
        'Ik zet de foto’s van het schoolreisje vanavond in de klassenapp!',
        'Volg het Insta-account van De Horizon voor alle nieuwtjes 📸',
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
      ],
      pass: [
        'Die toets was moordend, de kinderen waren kapot 😵',
        'Ik ga jullie missen, lieve groep 8! Veel succes op de middelbare.',
        'Beesten zijn het, wat een dansje 🔥',
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
      ],
      pass: [
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
      ],
      pass: ['Hot take: ananas op pizza is prima.', 'Wat een leuke nieuwe collega hebben we erbij, welkom!'],
    },
    find: findKind('sexism'),
  },
];
