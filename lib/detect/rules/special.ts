/**
 * Special-category data (GDPR art. 9/10, and youth care and home situation as the protocol adds them) about
 * someone the reader can identify: "Sven vindt veranderingen lastig ivm zijn autisme", "onze collega is
 * zwanger", "de ouders van Milan zitten in een scheiding". A general statement ("veel kinderen hebben
 * dyslexie") is not flagged. Runs after the name rules: a name found there makes a person identifiable.
 */
import type { Context, Token } from '../context';
import {
  CLASS_WORDS,
  GENERIC_BEFORE,
  GENERIC_GROUPS,
  OWN,
  PERSON_ADJECTIVES,
  PERSON_NOUNS,
  PRONOUNS,
} from '../lexicons/special-anchors';
import { ORIGIN_DIMINUTIVES, ORIGIN_PERSONS } from '../lexicons/special-origin';
import {
  CANCER_CUES,
  CANCER_WORDS,
  ORIGIN_SUBJECT_PHRASES,
  POSSESSIVES,
  SPECIAL_ACRONYMS,
  SPECIAL_PHRASES,
  SPECIAL_SUFFIXES,
  SPECIAL_WORDS,
  type SpecialCategory,
} from '../lexicons/special-terms';
import { compilePatterns, patternsAt, sentenceIds, tokenAt } from '../phrases';
import type { Rule } from '../rule';
import type { FindingType, Span } from '../types';

export interface Candidate extends Span {
  category: SpecialCategory;
  /** Index of the first and last token of the phrase. */
  first: number;
  last: number;
}

const CATEGORIES = Object.keys(SPECIAL_WORDS) as SpecialCategory[];

const WORD_CATEGORY = new Map<string, SpecialCategory>();
const ACRONYM_CATEGORY = new Map<string, SpecialCategory>();
const SUFFIXES: Array<[string, SpecialCategory]> = [];
for (const category of CATEGORIES) {
  for (const word of SPECIAL_WORDS[category]) WORD_CATEGORY.set(word, category);
  for (const word of SPECIAL_ACRONYMS[category]) ACRONYM_CATEGORY.set(word, category);
  for (const suffix of SPECIAL_SUFFIXES[category]) SUFFIXES.push([suffix, category]);
}

const PHRASES = compilePatterns(CATEGORIES.map((category) => [category, SPECIAL_PHRASES[category]] as const));
const SUBJECT_PHRASES = compilePatterns([['belief' as SpecialCategory, ORIGIN_SUBJECT_PHRASES]]);
/** The regex-phrase indexes of this rule, for `prepareDetector` to compile ahead of time. */
export const SPECIAL_PATTERNS = [PHRASES, SUBJECT_PHRASES] as const;
/** Plural or collective person words that can be the subject of "komen uit …": "haar ouders", "het gezin". */
const PERSON_GROUPS = new Set(['ouders', 'familie', 'gezin', 'parents', 'family', 'they', 'zij', 'ze']);
/** A person named by origin: "zo'n Marokkaantje erbij in groep 5" singles out the new pupil. */
const ORIGIN_NOUNS = new Set([...ORIGIN_DIMINUTIVES, ...ORIGIN_PERSONS]);
/** Subject pronouns that stand for a person ("hij komt uit …"). */
const SUBJECTS = new Set(['hij', 'zij', 'ze', 'he', 'she', 'they']);
/**
 * Words that make a sentence report what happens in one case rather than state something general: "jeugdzorg
 * is erbij betrokken", "Veilig Thuis is gebeld", "jeugdzorg zit er al bovenop". A youth-care or criminal
 * term in such a sentence is about the person the post is about, even sentences after their name.
 */
const CASE_WORDS = new Set([
  'betrokken',
  'ingeschakeld',
  'gebeld',
  'bovenop',
  'erbij',
  'langs',
  'melding',
  'gemeld',
  'ingelicht',
  'geweest',
  'gedaan',
  'aangemeld',
  'involved',
  'called',
]);
/** How many sentences away such a case sentence may be from the person it is about. */
const CASE_REACH = 3;

const INJURY_END =
  /(?:gebroken|gebrokt|gekneusd|verstuikt|verzwikt|gescheurd|uit de kom|in het gips|in de gips|in een mitella|broken|fractured|sprained|dislocated|in a cast)$/;
const GENERIC_LINKS = new Set(['met', 'with', 'die', 'who', 'that', 'zoals']);
const LISTING = new Set(['of', 'or']);
const OWN_OBJECT = new Set(['mij', 'ons', 'mine', 'me', 'us']);
const ONE = new Set(['een', 'één', 'a', 'one']);
const ONLY = new Set(['enige', 'only']);
const NEW = new Set(['nieuwe', 'new']);
const THE = new Set(['de', 'het', 'the']);
const FROM = new Set(['uit', 'van', 'in', 'bij', 'from', 'of']);
/** After a name: "(gr 2)", "(groep 5)", "uit groep 7", "uit mijn klas", "van groep 6". */
const GROUP_AFTER =
  /^(?: ?\((?:gr|groep|klas|year|grade)\.? ?\d|,? (?:uit|van|in|from) (?:groep|gr\.?|klas|year|grade|class|group) ?\d|,? (?:uit|van|in) (?:mijn|onze|m'n) (?:klas|groep)|,? (?:in|from) (?:my|our) (?:class|group))/i;
/** A name with a possessive 's: "Aya's ouders", "Jake's parents". */
const POSSESSIVE_NAME = /^\p{Lu}\p{Ll}+['’]s$/u;
/** Words before a first name that make it a person: "juf Esra", "collega Fleur". */
const TITLES = new Set([
  'juf',
  'meester',
  'collega',
  'leerling',
  'stagiaire',
  'stagiair',
  'mevrouw',
  'meneer',
  'mw',
  'dhr',
  'mr',
  'mrs',
  'ms',
]);
/** Personal data found by earlier rules that identifies someone as well as a name does. */
const IDENTIFYING: readonly FindingType[] = [
  'name',
  'email',
  'phone',
  'handle',
  'address',
  'bsn',
  'birthdate',
];
/** How far (in words) a name may be from the sensitive phrase in the same sentence. */
const SAME_SENTENCE_REACH = 40;
/** How many sentences back a pronoun may refer ("Jesse gaat mee op kamp. Hij heeft diabetes"). */
const PRONOUN_REACH = 2;

function findTerms(ctx: Context): Candidate[] {
  const { tokens, lower } = ctx;
  const found: Candidate[] = [];
  let names: Set<number> | undefined;
  /** Token indices of the names found by the name rules (computed when first needed). */
  const named = () => {
    if (!names) {
      names = new Set();
      for (const span of ctx.spansOf('name')) if (tokens.length > 0) names.add(tokenAt(tokens, span.start));
    }
    return names;
  };
  const add = (category: SpecialCategory, start: number, end: number, first: number) => {
    let last = first;
    while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? end) < end) last++;
    found.push({ category, start, end, first, last });
  };
  for (const token of tokens) {
    const word = token.lower;
    const joined = word.includes("'") || word.includes('-');
    const segment = joined ? (word.split(/['-]/)[0] ?? word) : word;
    const category =
      WORD_CATEGORY.get(word) ??
      (token.capitalized
        ? (ACRONYM_CATEGORY.get(token.text) ??
          (joined ? ACRONYM_CATEGORY.get(token.text.split(/['-]/)[0] ?? '') : undefined))
        : undefined) ??
      (joined ? WORD_CATEGORY.get(segment) : undefined) ??
      suffixCategory(word);
    if (category) add(category, token.start, token.end, token.index);
    else if (CANCER_WORDS.has(word) && hasCueBefore(tokens, token.index))
      add('health', token.start, token.end, token.index);
    // Origin phrasings need a person as their subject, a few words before: "Mila (gr 4) komt uit Polen".
    for (const [category, end] of patternsAt(SUBJECT_PHRASES, lower, tokens, token.index)) {
      if (hasSubjectBefore(tokens, token.index, named())) add(category, token.start, end, token.index);
    }
    for (const [phraseCategory, end] of patternsAt(PHRASES, lower, tokens, token.index)) {
      let start = token.start;
      const previous = tokens[token.index - 1];
      if (previous && POSSESSIVES.has(previous.lower) && INJURY_END.test(lower.slice(token.start, end))) {
        start = previous.start;
      }
      add(phraseCategory, start, end, start === token.start ? token.index : token.index - 1);
    }
  }
  // Longest first at each position; drop what overlaps a phrase already kept.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of found) {
    const before = kept[kept.length - 1];
    if (before && candidate.start < before.end) continue;
    kept.push(candidate);
  }
  return kept;
}

/** Whether a sorted list has a value in [low, high]. */
function hasWithin(sorted: readonly number[], low: number, high: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < low) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] ?? 0) <= high;
}

/** The last three letters of every suffix: a cheap first test per word. */
const SUFFIX_ENDS = new Set(SUFFIXES.map(([suffix]) => suffix.slice(-3)));

function suffixCategory(word: string): SpecialCategory | undefined {
  if (!SUFFIX_ENDS.has(word.slice(-3))) return undefined;
  for (const [suffix, category] of SUFFIXES) if (word.endsWith(suffix)) return category;
  return undefined;
}

/** Whether a person (a name, he/she, a person word) stands up to five words before, in the same sentence. */
function hasSubjectBefore(tokens: readonly Token[], index: number, named: ReadonlySet<number>): boolean {
  for (let i = index - 1; i >= Math.max(0, index - 5); i--) {
    const token = tokens[i];
    if (!token) break;
    const word = token.lower;
    if (named.has(i) || SUBJECTS.has(word) || PERSON_NOUNS.has(word) || PERSON_GROUPS.has(word)) return true;
    if (token.sentenceStart) break;
  }
  return false;
}

function hasCueBefore(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    if (CANCER_CUES.has(tokens[i]?.lower ?? '')) return true;
  }
  return false;
}

/** Token indices that point at one identifiable person: names and other personal data, "mijn collega", … */
function anchors(ctx: Context): Set<number> {
  const { tokens } = ctx;
  const found = new Set<number>();
  for (const type of IDENTIFYING) {
    for (const span of ctx.spansOf(type)) if (tokens.length > 0) found.add(tokenAt(tokens, span.start));
  }
  const at = (i: number) => tokens[i]?.lower ?? '';
  for (const token of tokens) {
    const i = token.index;
    const word = token.lower;
    if (!PERSON_NOUNS.has(word) && !ORIGIN_NOUNS.has(word)) continue;
    // "mijn (lieve) collega", "onze nieuwe stagiaire", "my son"
    let j = i - 1;
    while (j >= i - 2 && PERSON_ADJECTIVES.has(at(j))) j--;
    if (OWN.has(at(j))) found.add(i);
    // "de nieuwe juf", "de enige jongen", "the only girl"
    else if ((NEW.has(at(i - 1)) || ONLY.has(at(i - 1))) && THE.has(at(i - 2))) found.add(i);
    // "een leerling van mij", "een meisje uit mijn klas", "de juf van groep 5", "a boy in my class"
    else if (FROM.has(at(i + 1)) || FROM.has(at(i + 2))) {
      const k = FROM.has(at(i + 1)) ? i + 1 : i + 2;
      const next = at(k + 1);
      if (OWN_OBJECT.has(next)) found.add(i);
      else if (OWN.has(next) && CLASS_WORDS.has(at(k + 2))) found.add(i);
      else if (CLASS_WORDS.has(next) && /^[\s.]{0,3}\d/.test(ctx.text.slice(tokens[k + 1]?.end ?? 0)))
        found.add(i);
    }
  }
  // Someone named in a telling frame, in case the name rules missed the name: "Noah (gr 2)", "Dylan uit
  // groep 7", "de ouders van Milan", "onze Mees", "juf Esra".
  for (const token of tokens) {
    const i = token.index;
    if (!token.capitalized || token.text === token.text.toUpperCase() || CLASS_WORDS.has(token.lower))
      continue;
    const before = at(i - 1);
    if (
      GROUP_AFTER.test(ctx.text.slice(token.end, token.end + 24)) ||
      (POSSESSIVE_NAME.test(token.text) &&
        [at(i + 1), at(i + 2)].some((w) => PERSON_NOUNS.has(w) || PERSON_GROUPS.has(w))) ||
      (!token.sentenceStart && (OWN.has(before) || TITLES.has(before))) ||
      (before === 'van' && PERSON_NOUNS.has(at(i - 2)))
    ) {
      found.add(i);
    }
  }
  // "een van mijn leerlingen", "one of my pupils"
  for (const token of tokens) {
    const i = token.index;
    if (ONE.has(token.lower) && FROM.has(at(i + 1)) && OWN.has(at(i + 2)) && at(i + 3).length > 2)
      found.add(i + 3);
  }
  return found;
}

/** Whether the words just before the phrase make it general ("kinderen met dyslexie", "zoals ADHD"). */
function isGeneral(
  ctx: Context,
  candidate: Candidate,
  sentence: readonly number[],
  anchorSet: Set<number>,
  terms: readonly Candidate[],
): boolean {
  const { tokens } = ctx;
  const own = sentence[candidate.first];
  for (let j = candidate.first - 1; j >= Math.max(0, candidate.first - 5); j--) {
    if (sentence[j] !== own) return false;
    const word = tokens[j]?.lower ?? '';
    if (anchorSet.has(j) || PRONOUNS.has(word)) return false;
    if (GENERIC_BEFORE.has(word)) return true;
    if (GENERIC_GROUPS.has(word) && GENERIC_LINKS.has(tokens[j + 1]?.lower ?? '')) return true;
    if (LISTING.has(word) && terms.some((t) => t.last === j - 1)) return true;
  }
  return false;
}

/** The sensitive phrases about an identifiable person, with their category (computed once per check). */
export function identifiable(ctx: Context): Candidate[] {
  return ctx.memo('special.identifiable', () => {
    const terms = findTerms(ctx);
    if (terms.length === 0) return [];
    const sentence = sentenceIds(ctx);
    const anchorSet = anchors(ctx);
    // Per sentence: its anchors (token indices) and whether it has a pronoun.
    const anchorsIn = new Map<number, number[]>();
    for (const a of anchorSet) {
      const s = sentence[a] ?? 0;
      const list = anchorsIn.get(s) ?? [];
      list.push(a);
      anchorsIn.set(s, list);
    }
    for (const list of anchorsIn.values()) list.sort((a, b) => a - b);
    const withPronoun = new Set<number>();
    const aboutCase = new Set<number>();
    for (const token of ctx.tokens) {
      if (PRONOUNS.has(token.lower)) withPronoun.add(sentence[token.index] ?? 0);
      if (CASE_WORDS.has(token.lower)) aboutCase.add(sentence[token.index] ?? 0);
    }
    return terms.filter((candidate) => {
      if (isGeneral(ctx, candidate, sentence, anchorSet, terms)) return false;
      const own = sentence[candidate.first] ?? 0;
      if (
        hasWithin(
          anchorsIn.get(own) ?? [],
          candidate.first - SAME_SENTENCE_REACH,
          candidate.last + SAME_SENTENCE_REACH,
        )
      ) {
        return true;
      }
      // Youth care or the police acting in one case: about the person the post is about.
      if ((candidate.category === 'family' || candidate.category === 'criminal') && aboutCase.has(own)) {
        for (let s = own - CASE_REACH; s < own; s++) if (anchorsIn.has(s)) return true;
      }
      // A pronoun refers back a sentence or two, or (less often) ahead: "Ze is zwanger! Onze Kim …".
      if (!withPronoun.has(own)) return false;
      for (let s = own - PRONOUN_REACH; s <= own + 1; s++) if (s !== own && anchorsIn.has(s)) return true;
      return false;
    });
  });
}

/** Findings per rule and check: enough to point at every one in a real post, a bound for pathological input. */
const MAX_FINDINGS = 100;

function findCategory(category: SpecialCategory) {
  return (ctx: Context): Span[] =>
    identifiable(ctx)
      .filter((candidate) => candidate.category === category)
      .slice(0, MAX_FINDINGS)
      .map(({ start, end }) => ({ start, end }));
}

export const SPECIAL_RULES: Rule[] = [
  {
    id: 'special.health',
    type: 'special',
    article: 'A2',
    severity: 'high',
    message: {
      nl: 'Dit zegt iets over de gezondheid, een diagnose of zwangerschap van iemand die herkenbaar is. Zulke gegevens zijn extra gevoelig: laat ze weg of maak de persoon onherkenbaar.',
      en: 'This says something about the health, a diagnosis or a pregnancy of someone who can be identified. Such data is extra sensitive: leave it out or make the person unrecognisable.',
    },
    examples: {
      flag: [
        'Even een tip voor de invaller: Bente raakt snel overprikkeld door haar «autisme», dus kondig veranderingen vooraf aan.',
        'Wat een pech voor Olivier: bij het buitenspelen «zijn enkel gebroken» 😢 Beterschap!',
        'Onze lieve collega is «zwanger»! 🤰 Vanaf maart met verlof.',
        'Goed nieuws: de «dyslexieverklaring» van Mats is binnen.',
        'Mees uit groep 4 is naar huis gegaan met hoge «koorts», vader heeft hem opgehaald.',
        'Kunnen we op schoolreis rekening houden met Jolien? Ze heeft «diabetes type 1» en moet om 12:00 prikken.',
        'Een leerling van mij heeft sinds kort de «diagnose ADHD».',
        'Our colleague Wessel is «in hospital» with «pneumonia», cards are welcome.',
        'Meester Ruben ligt «in het ziekenhuis» met een «longontsteking».',
        'Collega Hanneke is «hoogzwanger» en stopt vrijdag.',
      ],
      pass: [
        'Veel kinderen hebben dyslexie, en dat is helemaal niet erg.',
        'Whether it is dyslexia, ADHD or something else: we start with what a child can do.',
        'Morgen een workshop over autisme voor het hele team van De Horizon.',
        'Twaalf kinderen ziek en de koffie is op. Het is pas dinsdag.',
        'Ziek goede presentaties vandaag van groep 8!',
        'Ik ben helemaal kapot na de sportdag, maar wat was het leuk.',
        'Passend onderwijs vraagt veel van leerkrachten met kinderen met ADHD in de klas.',
        'Half de klas heeft griep, wat een week. Was je handen!',
      ],
    },
    find: findCategory('health'),
  },
  {
    id: 'special.belief',
    type: 'special',
    article: 'A2',
    severity: 'high',
    message: {
      nl: 'Dit zegt iets over het geloof, de afkomst of de geaardheid van iemand die herkenbaar is. Dat zijn extra gevoelige gegevens: laat het weg of maak de persoon onherkenbaar.',
      en: 'This says something about the religion, origin or sexual orientation of someone who can be identified. That is extra sensitive data: leave it out or make the person unrecognisable.',
    },
    examples: {
      flag: [
        'Hamid en Sofia gaan niet mee naar de kerk, hun ouders zijn «moslim».',
        'Mijn collega is net «uit de kast» gekomen, wat ben ik trots op hem.',
        'Fijne «ramadan» alvast, Yusuf! Zeg het als het vasten in de gymles te zwaar wordt.',
        'Nieuwe leerling Semra (gr 5) «komt uit Turkije» en spreekt al aardig Nederlands.',
        'Ik heb de «Poolse moeder» van Kacper gevraagd om te tolken.',
      ],
      pass: [
        'Sinterklaas komt uit Spanje, de kinderen zijn door het dolle heen!',
        'Onze nieuwe rekenmethode komt uit Finland.',
        'Vandaag in groep 7 een les over de islam en het jodendom.',
        'Kerstviering in de kerk donderdag, alle ouders zijn welkom.',
        'Our school celebrates Eid, Diwali and Christmas with everyone.',
      ],
    },
    find: findCategory('belief'),
  },
  {
    id: 'special.criminal',
    type: 'special',
    article: 'A2',
    severity: 'high',
    message: {
      nl: 'Dit noemt een strafzaak rond iemand die herkenbaar is. Strafrechtelijke gegevens mogen niet online: laat het weg.',
      en: 'This mentions a criminal matter about someone who can be identified. Criminal data must not go online: leave it out.',
    },
    examples: {
      flag: [
        'Geen wonder dat Jordy zo onrustig is, zijn oom «zit vast voor diefstal».',
        'De vader van Noud is vorige week «door de politie opgepakt».',
        'De broer van Ravi is gisteren «door de politie thuisgebracht».',
      ],
      pass: [
        'Ik zat vanochtend een uur vast in de file op de A12.',
        'De rits van mijn jas zit vast, wie heeft er een tang?',
        'Wouter zit vast wel te slapen, hij reageert niet.',
        'De wijkagent kwam vandaag in groep 8 vertellen over zijn werk.',
      ],
    },
    find: findCategory('criminal'),
  },
  {
    id: 'special.family',
    type: 'special',
    article: 'A2',
    severity: 'high',
    message: {
      nl: 'Dit zegt iets over jeugdzorg of de thuissituatie van iemand die herkenbaar is. Zulke gegevens zijn extra gevoelig: laat ze weg of maak de persoon onherkenbaar.',
      en: 'This says something about youth care or the home situation of someone who can be identified. Such data is extra sensitive: leave it out or make the person unrecognisable.',
    },
    examples: {
      flag: [
        'Collega’s, even vertrouwelijk: de ouders van Lars zitten «midden in een scheiding».',
        'Vandaag een gesprek met «Veilig Thuis» over Maud uit mijn groep.',
        'Moeder wil een eigen kopie via l.demir@example.nl (ze «wonen niet meer samen»).',
        'Het gezin van Floor is «afhankelijk van de voedselbank», kan de OR het schoolreisje betalen?',
        'Amira (gr 5) slaapt slecht omdat «papa en mama steeds ruzie maken».',
      ],
      pass: [
        'Tien jaar passend onderwijs en nog steeds een wachtlijst bij de jeugdzorg.',
        'Een gepensioneerde die na een scheiding alles kwijtraakte, kwam elke week langs.',
        'Gescheiden afval inzamelen: groep 6 heeft er een poster over gemaakt.',
      ],
    },
    find: findCategory('family'),
  },
];
