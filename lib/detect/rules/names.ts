/**
 * Names of private persons (pupils, parents, colleagues, neighbours…). Four rules share one pass over
 * the words of the post:
 * - pii.name.title: a name after a form of address, a relation word, a greeting or a label ("juf Esra",
 *   "mevrouw Visser" -> "Visser", "de moeder van Lieke", "collega Fleur", "Hoi Marieke,", "Naam: …"); the
 *   name may be unknown to the lists or lower-cased;
 * - pii.name.initials: initials and a surname ("J. Bakker", "A.B. de Vries");
 * - pii.name.known: a first name from the name lists where a name is expected, with its surname; lists of
 *   names with a pupil marker ("Storm en Roos uit groep 3") or in lower case ("daan, sem en lieke");
 * - pii.name.context: a capitalised word in no name list and no ordinary word (zxcvbn-ts common words),
 *   where the context says it is a person: a pupil marker ("Ntando uit mijn klas"), an address
 *   ("Welkom, Semhar!"), a possessive ("heeft Desta zijn…"), or as a full name in a sentence about pupils,
 *   parents or colleagues or after thanks ("het oudergesprek met Nuno Tavares", "thanks to Kwaw Ampofo").
 * Left alone: the author's own name in a sign-off or self-introduction, the user's configured name,
 * names inside the configured schools, streets, buildings and works, pets and storms, ordinary words that
 * are also names ("roos", "mark", "Hoop dat…"), and public and fictional figures: those of a short hand
 * list (names-public.ts), and any name that its context makes public: a public role ("schrijfster …",
 * "minister …", "olympisch kampioene …"), a work ("het boek van …", "'De Gruffalo' van …", "fragment uit
 * Matilda"), a quotation ("zoals … zei"), "fan van …", a lesson topic ("spreekbeurt over …"), and a full
 * name in a sentence about television, politics, top sport or the arts ("op tv", "pakt goud").
 *
 * compromise (#Person tagging) is not used, also not for English posts. Measured on the English posts of
 * the dev and tune corpora plus 20-odd English test posts of our own (86 sentences with a capitalised
 * word after the first): it found 8 of the private names, all of which these rules already find, and
 * tagged 10 other words as persons (mostly public figures and book characters: "Sifan Hassan", "Tom
 * Gates", also "Mrs", "lesson"); it missed names of less common origins ("Kwame Asante", "Abena
 * Boateng"); and it took 2.4 ms per sentence (the whole check of a 280-character post must stay under
 * 0.2 ms) and would add about 350 KiB to the content script.
 * Linear in the length of the post: per-token work is bounded, look-backs are a few tokens at most.
 */
import { type Context, STRUCTURED, type Token } from '../context';
import { isCommonWord, isCommonWordOf } from '../lexicons/common-words';
import { FIRST_NAMES as FIRST_NAMES_EXPORT } from '../lexicons/names-first';
import { PLACES, TWO_WORD_PLACES } from '../lexicons/names-places';
import { PUBLIC_FIGURES } from '../lexicons/names-public';
import * as words from '../lexicons/names-words';
import { profileNames } from '../profile';
import type { Rule } from '../rule';
import type { Span } from '../types';

/** Bodies that hold accounts: "t.n.v. Stichting Vrienden van …", "t.n.v. Vereniging …". */
const ACCOUNT_HOLDERS = new Set([
  'stichting',
  'vereniging',
  'ouderraad',
  'oudervereniging',
  'vve',
  'gemeente',
  'school',
  'kerk',
  'parochie',
  'club',
]);

/** Making words before "door"/"by": the name after them is the maker's ("geschreven door …", "written by …"). */
const MADE_BY = new Set(
  `geschreven getekend geïllustreerd geillustreerd gemaakt gezongen geregisseerd gespeeld vertaald bedacht
  ontworpen gecomponeerd uitgegeven gepresenteerd ingesproken geschilderd gefotografeerd gepubliceerd
  written illustrated directed sung painted composed created made performed translated designed published
  presented produced drawn photographed`.split(/\s+/),
);

/** A quoted title: 'Wonder', "De Tweeling", ‘Oppenheimer’. */
const QUOTED_TITLE = /['"‘“]\p{Lu}[^'"’”\n]{1,40}['"’”]/u;
/** Watching and finishing a work ("gekeken", "uit", "watched"). */
const WATCHING = new Set([
  'gekeken',
  'kijken',
  'keken',
  'gezien',
  'film',
  'serie',
  'uit',
  'watched',
  'watching',
  'film',
  'movie',
  'series',
  'show',
]);

/** Words that make the names around them characters of a story ("Eva is een personage dat …"). */
const CHARACTER_WORDS = new Set([
  'personage',
  'personages',
  'hoofdpersoon',
  'hoofdpersonage',
  'character',
  'characters',
  'protagonist',
]);

/** Little words that start a business name when capitalised mid-sentence ("Frituur Bij Filip", "Chez Jan"). */
const BUSINESS_LINKS = new Set(['bij', 'chez', 'da', 'la', 'le', 'de', 'het', 'the', "'t"]);

/** Animal emoji (U+1F400–1F43F, U+1F980–1F9AE): 🐶 🐱 🐴 🦭 🦜… */
const ANIMAL_EMOJI = /[\u{1F400}-\u{1F43F}\u{1F980}-\u{1F9AE}]/u;

/** Words between a thanks and "aan"/"to" ("thank you to", "dank je wel aan", "bedankt allemaal voor"). */
const THANKS_FILLERS = new Set(['you', 'je', 'jullie', 'u', 'wel', 'so', 'much', 'very']);

// Module-local bindings of the word lists (read once, not through a module namespace on every lookup).
const FIRST_NAMES = FIRST_NAMES_EXPORT;
const {
  ANIMALS,
  CALENDAR,
  FAN_OF,
  FUNCTION_WORDS,
  GREETINGS,
  GROUP_ADDRESS,
  LABELS,
  LEADING_SIGNOFF,
  LIST_LABELS,
  NOT_AFTER_TITLE,
  NOT_BEFORE_INITIAL,
  NOT_NAMES,
  NOT_PRIVATE_AFTER,
  NOT_PRIVATE_BEFORE,
  PARTICLES,
  PLACE_BEFORE,
  PLACE_PREPOSITIONS,
  PLACE_SUFFIXES,
  PRIVATE_CONTEXT,
  PUBLIC_CONTEXT,
  PUBLIC_ROLE_ENDINGS,
  PUBLIC_ROLE_FILLERS,
  PUBLIC_ROLES,
  READING,
  RELATIONS_OF,
  ROLES,
  SELF_INTRO,
  SIGNOFF_FILLERS,
  SIGNOFFS,
  THANKS,
  TITLES,
  TOPIC_BEFORE,
  WORD_NAMES,
  WORD_NAMES_ALWAYS,
  WORKS,
} = words;

type Kind = 'title' | 'initials' | 'known' | 'context';

interface Hit extends Span {
  kind: Kind;
  first: number;
  last: number;
}

/** Abbreviated titles that are followed by a full stop ("Fam. Yilmaz", "Mrs. Kaya"). */
const DOTTED_TITLES = new Set(['fam', 'mevr', 'mvr', 'mw', 'dhr', 'hr', 'mr', 'mrs', 'ms', 'dr']);
const LETTER = /\p{L}/u;
const ARTICLES = new Set(['de', 'het', 'een', 'the', 'a', 'an']);
const POSSESSIVES = new Set(['onze', 'ons', 'mijn', "m'n", 'my', 'our']);
const CONJUNCTIONS = new Set(['en', 'and', '&']);
const PRIVATE_TYPES = ['email', 'phone', 'bsn', 'iban', 'postcode', 'address', 'birthdate'] as const;
/** How far a name may stand from the sign-off that precedes it ("Groetjes, juf Anouk en meester Tim"). */
const SIGNOFF_REACH = 6;

/** After a name: "(groep 4)", "(gr 2)", "(16)", "(nieuwe leerling…". */
const AFTER_GROUP =
  /^ ?\( ?(?:groep|gr\b|gr\.|grp|group|klas|class|leerling|pupil|nieuwe|new|\d{1,2}\b|[1-8][a-d]\)|[1-6] ?(?:havo|vwo|vmbo|mavo)\b)/u;
/** After a name: "uit groep 7", "van mijn klas", "uit 3b", "uit 4 havo", "from my class". */
const AFTER_FROM_GROUP =
  /^,? (?:uit|van|in|from|of) (?:groep|gr\b|gr\.|group|klas|class|(?:mijn|onze|de|my|our|the) (?:klas|groep|class|group|mentorklas|brugklas)|[1-8][a-d]\b|[1-6] ?(?:havo|vwo|vmbo|mavo|atheneum|gymnasium)\b|de brugklas)/u;
/** After a name: ", groep 4". */
const AFTER_COMMA_GROUP = /^, ?(?:groep|gr\.?|group) ?\d/u;
/** After a name: ", geb. 12-04-2018", "geboren op". */
const AFTER_BIRTH = /^,? (?:geb\.|geboren|born)/u;
/** After a name: "is jarig", "is vandaag jarig", "is ziek". */
const AFTER_STATE =
  /^ (?:is|was|wordt|werd) (?:vandaag |morgen |gisteren |net |al |weer |nog )?(?:jarig|ziek|geboren|zwanger|overleden)/u;
/** After a name: "en haar vader", "met zijn moeder", "and her mum" (checked against ROLES). */
const AFTER_WITH_RELATIVE = /^ (?:en|and|met|with) (?:haar|zijn|z'n|her|his) ([\p{L}'-]{2,30})/u;
/** After a name mid-sentence: a possessive that refers to it ("heeft Ntando zijn zwemdiploma", "lost his tooth"). */
const AFTER_POSSESSIVE =
  /^ (?:(?:heeft|had|is|was|mocht|mag|moest|moet|kon|kan|wil|wilde|gaat|ging|kwam|komt|zit|zat|krijgt|kreeg|vond|vindt|deed|doet|maakte|haalde|won|verloor|liet|has|lost|got|won|made|did|brought|showed|read) )?(?:haar|z'n|d'r|his|her)\b/u;
const AFTER_VERB_ZIJN =
  /^ (?:heeft|had|is|was|mocht|mag|moest|moet|kon|kan|wil|wilde|gaat|ging|zit|zat|krijgt|kreeg|vond|vindt|deed|doet|maakte|haalde|won|verloor|liet) zijn\b/u;
/** Verbs that come before the subject in a Dutch sentence that opens with a time ("Vandaag heeft …"). */
const INVERTED_VERBS = new Set(
  `heeft had is was mocht mag moest moet kon kan wilde wil ging gaat kwam komt kreeg krijgt vond vindt deed
  doet maakte maakt haalde haalt won wint verloor liet laat las leest bracht brengt toonde toont vertelde
  vertelt nam neemt gaf geeft hield houdt speelde speelt`.split(/\s+/u),
);
/** After a name: "(vader van Anisha)", "(moeder)" (checked against ROLES and RELATIONS_OF). */
const AFTER_PAREN_ROLE = /^ ?\( ?([\p{L}'-]{2,30})/u;
/** Between a name and an apposition: ", de schrijver van…", " (atlete)". */
const APPOSITION_GAP = /^,? ?\(? ?$/u;
/** Words between a name and the role in an apposition (", de bekende zangeres"). */
const APPOSITION_FILLERS = new Set(
  'de het een the a an onze our bekende beroemde famous dutch nederlandse vlaamse bekend known'.split(' '),
);
/** Words after "bekend"/"known" in an apposition (", bekend van tv"). */
const KNOWN_FOR = new Set(['van', 'from', 'for', 'om']);
/** Before a name: a closing quote and a dash, an attribution ("“Elk nadeel…” – Johan Cruijff"). */
const ATTRIBUTION = /["”'’»] ?[-–—~] ?$/u;
/** Endings of Dutch nouns that open a heading or sentence ("Schoolreis", "Aanmelding", "Ouderavond"). */
const NOUN_ENDINGS =
  /(?:ing|heid|schap|reis|dag|les|avond|week|feest|toets|plan|rooster|lijst|uitje|markt|kamp|sport|spel|tocht|dienst|club|groep|klas|team|raad|jes|baar|lijk|ig|isch|loos|zaam)$/u;
/** After a name: the rest of a title ("Charlie and the Chocolate Factory", "Harry Potter en de Steen…"). */
const TITLE_AFTER = / (?:and|en|of) (?:the|de|het) \p{Lu}\p{Ll}{2}/uy;
/** English reading verbs before a title ("we read Matilda", "reading Wonder"). */
const READ_BEFORE = new Set(['read', 'reading', 'reads', 'reread', 'rereading']);
/** Words after a lower-case first name that may open a list or a pupil marker ("daan en sem", "noah uit groep 3"). */
const LOWER_CUE_NEXT = new Set([
  'en',
  'and',
  '&',
  'uit',
  'van',
  'in',
  'from',
  'of',
  'is',
  'was',
  'wordt',
  'werd',
  'met',
  'with',
]);
/** Words before a name that say it is one ("hij heet …", "named …"). */
const NAMED = new Set(['heet', 'heten', 'genaamd', 'named', 'called']);
/** Things of a child or colleague before "van": "het rapport van …", "de gymtas van …". */
const PERSONAL_OF = new Set(
  `rapport rapporten dossier intake aanmelding verjaardag spreekbeurt werkstuk tekening tekeningen jas tas
  gymtas broodtrommel fiets cijfers gedrag zwemdiploma knuffel traktatie report birthday drawing coat bag`.split(
    /\s+/u,
  ),
);
/** Words for a day after a list label ("Afwezig vandaag:"). */
const DAY_WORDS = new Set([
  'vandaag',
  'morgen',
  'gisteren',
  'today',
  'tomorrow',
  'yesterday',
  'deze',
  'week',
]);
/** Verbs of saying after "zoals X"/"as X" ("zoals Johan Cruijff zei"). */
const SAID = new Set([
  'zei',
  'zegt',
  'zeiden',
  'schreef',
  'schrijft',
  'zong',
  'said',
  'says',
  'wrote',
  'put',
]);
/** Second-person words and welcomes that make ", Naam!" an address to a person. */
const ADDRESS = new Set(['je', 'jij', 'jou', 'jouw', 'you', 'your', 'welkom', 'welcome']);
/** After a name: ", mijn werkbegeleider" (checked against ROLES). */
const AFTER_APPOSITION = /^, (?:mijn|onze|m'n|my|our|de|the|haar|zijn|his|her) ([\p{L}'-]{2,30})/u;

function hasInnerCapitals(text: string, lower: string): boolean {
  if (text.slice(1) === lower.slice(1)) return false; // the common case, without a regex
  return text.split(/['-]/u).some((part) => /\p{Lu}/u.test(part.replace(/^Ma?c(?=\p{Lu})/u, '').slice(1)));
}

function foldDiacritics(word: string): string {
  return /^[a-z'-]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
}

const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['-](?=[\p{L}\p{M}]))*/gu;

/** Public and fictional figures by their first word (folded), each as its words, longest first. */
const PUBLIC_INDEX: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const index = new Map<string, string[][]>();
  for (const entry of PUBLIC_FIGURES.split(',')) {
    const parts = (entry.toLowerCase().match(WORD) ?? []).map(foldDiacritics);
    const key = parts[0];
    if (key === undefined) continue;
    const list = index.get(key) ?? [];
    list.push(parts);
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
})();

/** A public figure's surname, with the first names listed for it ("halsema" → "femke"). */
const PUBLIC_FIRST_BY_SURNAME: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const parts of [...PUBLIC_INDEX.values()].flat()) {
    const surname = parts[parts.length - 1];
    const first = parts[0];
    if (parts.length < 2 || surname === undefined || first === undefined || surname.length < 4) continue;
    index.set(surname, [...(index.get(surname) ?? []), first]);
  }
  return index;
})();

/** An ordinary Dutch or English word that is not also a first name ("Rekenen", "Teams", "Jumbo"). */
function ordinary(lower: string): boolean {
  return !FIRST_NAMES.has(lower) && isCommonWord(lower);
}

/** A Dutch compound that ends in an ordinary word ("Afscheidsmusical", "Kinderboekenweek"). */
function compound(lower: string): boolean {
  for (let j = 3; j <= lower.length - 4; j++) {
    const tail = lower.slice(j);
    if (isCommonWordOf('nl', tail) && !FIRST_NAMES.has(tail)) return true;
  }
  return false;
}

/** A word for a public role: "schrijfster", "minister", "oud-premier", "kinderboekenschrijver". */
function isPublicRole(lower: string): boolean {
  if (PUBLIC_ROLES.has(lower)) return true;
  if (lower.length < 8) return false;
  const tail = lower.slice(lower.lastIndexOf('-') + 1);
  if (tail !== lower && PUBLIC_ROLES.has(tail)) return true;
  return PUBLIC_ROLE_ENDINGS.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending));
}

/** A first name from the lists; double first names ("Anne-Marie") when both parts are names. */
function isFirstName(lower: string): boolean {
  if (FIRST_NAMES.has(lower) || FIRST_NAMES.has(foldDiacritics(lower))) return true;
  if (lower.indexOf('-') <= 0) return false;
  return lower.split('-').every((part) => FIRST_NAMES.has(part) || FIRST_NAMES.has(foldDiacritics(part)));
}

function endsWithPlace(lower: string): boolean {
  return PLACE_SUFFIXES.some((suffix) => lower.length > suffix.length + 1 && lower.endsWith(suffix));
}

/** A word without its possessive ending: "Sanne's" -> "Sanne". */
function base(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

class NameFinder {
  private readonly tokens: Token[];
  private readonly text: string;
  private readonly lower: string;
  /** Per token: inside structured data or a configured organisation or school name. */
  private readonly blocked: Uint8Array;
  /** Per token, computed on demand: 0 unknown, 1 yes, 2 no. */
  private readonly nameLikeMemo: Uint8Array;
  private readonly firstNameMemo: Uint8Array;
  /** Per token: a first name that was judged not to be a private name here. */
  private readonly rejected: Uint8Array;
  private readonly signoff: number;
  private readonly lastSentence: number;
  private readonly lastLine: boolean;
  private readonly userParts: Set<string>;
  private privateData: boolean | undefined;
  private postPrivate: boolean | undefined;
  /** Per token: already judged as a member of a list. */
  private readonly listed: Uint8Array;
  /** Per token: part of a known public or fictional figure ("Femke Bol", "Nijntje"). */
  private readonly pub: Uint8Array;
  /** Words of public names in this post, so a later "Femke" or "sorry Joost" is not read as private. */
  private readonly publicParts = new Set<string>();
  private anySchoolWord: boolean | undefined;

  constructor(private readonly ctx: Context) {
    this.tokens = ctx.tokens;
    this.text = ctx.text;
    this.lower = ctx.lower;
    const n = this.tokens.length;
    this.nameLikeMemo = new Uint8Array(n);
    this.firstNameMemo = new Uint8Array(n);
    this.rejected = new Uint8Array(n);
    this.listed = new Uint8Array(n);
    this.blocked = this.blockedTokens();
    this.pub = this.publicTokens();
    const closing = this.findSignoff();
    this.signoff = closing.after;
    this.lastSentence = closing.lastSentence;
    this.lastLine = closing.lastLine;
    const user = ctx.profile.user?.name?.toLowerCase() ?? '';
    this.userParts = new Set(user.split(/[\s.]+/u).filter((part) => part.length > 1 && !PARTICLES.has(part)));
  }

  // ---- words --------------------------------------------------------------------------------------

  /** A capitalised word that can be (part of) a name. */
  private nameLike(k: number): boolean {
    const memo = this.nameLikeMemo[k];
    if (memo) return memo === 1;
    const token = this.tokens[k];
    let ok = false;
    if (token?.capitalized && token.text.length >= 2 && !/\p{N}/u.test(token.text)) {
      // All capitals (BSN, GGD, MR) or inner capitals (NaN, iPad, YouTube) are no name; McDonald is.
      const lower = base(token.lower);
      ok =
        !hasInnerCapitals(token.text, token.lower) && !FUNCTION_WORDS.has(lower) && !this.calendar(k, lower);
    }
    this.nameLikeMemo[k] = ok ? 1 : 2;
    return ok;
  }

  /** A month or day ("jan.", "Mei", "zo"), but not "Jan de Boer". */
  private calendar(k: number, lower: string): boolean {
    if (!CALENDAR.has(lower)) return false;
    return !(
      this.tokens[k]?.capitalized &&
      this.spaced(k + 1) &&
      PARTICLES.has(this.tokens[k + 1]?.lower ?? '')
    );
  }

  /** A first name from the lists (any case). */
  private firstName(k: number): boolean {
    const memo = this.firstNameMemo[k];
    if (memo) return memo === 1;
    const lower = base(this.tokens[k]?.lower ?? '');
    const ok = !FUNCTION_WORDS.has(lower) && !this.calendar(k, lower) && isFirstName(lower);
    this.firstNameMemo[k] = ok ? 1 : 2;
    return ok;
  }

  /** The text between token k-1 and token k. */
  private gap(k: number): string {
    const token = this.tokens[k];
    if (!token) return '';
    return this.text.slice(this.tokens[k - 1]?.end ?? 0, token.start);
  }

  /** Tokens k-1 and k are separated by one or two spaces only. */
  private spaced(k: number): boolean {
    const token = this.tokens[k];
    const previous = this.tokens[k - 1];
    if (!token || !previous) return false;
    const width = token.start - previous.end;
    if (width < 1 || width > 2) return false;
    return this.text[previous.end] === ' ' && this.text[token.start - 1] === ' ';
  }

  /** The word before token k in the same sentence, directly before it (or after "Fam.", "Mrs."). */
  private before(k: number): Token | undefined {
    const token = this.tokens[k];
    if (!token || token.sentenceStart) return undefined;
    const previous = this.tokens[k - 1];
    if (!previous) return undefined;
    if (this.spaced(k)) return previous;
    if (DOTTED_TITLES.has(previous.lower) && /^\. ?$/u.test(this.gap(k))) return previous;
    return undefined;
  }

  // ---- what is not a private name ---------------------------------------------------------------

  /** Marks the tokens inside structured data (e-mail, phone…) or a configured organisation/school name. */
  private blockedTokens(): Uint8Array {
    const spans: Span[] = [];
    for (const type of STRUCTURED) spans.push(...this.ctx.spansOf(type));
    for (const name of profileNames(this.ctx.profile)) {
      const needle = name.trim().toLowerCase();
      if (needle.length < 3) continue;
      for (
        let at = this.lower.indexOf(needle);
        at >= 0;
        at = this.lower.indexOf(needle, at + needle.length)
      ) {
        const end = at + needle.length;
        if (!LETTER.test(this.lower[at - 1] ?? ' ') && !LETTER.test(this.lower[end] ?? ' '))
          spans.push({ start: at, end });
      }
    }
    spans.sort((a, b) => a.start - b.start);
    const blocked = new Uint8Array(this.tokens.length);
    let j = 0;
    let reach = -1;
    for (let k = 0; k < this.tokens.length; k++) {
      const token = this.tokens[k] as Token;
      while (j < spans.length && (spans[j] as Span).start < token.end) {
        reach = Math.max(reach, (spans[j] as Span).end);
        j++;
      }
      if (reach > token.start) blocked[k] = 1;
    }
    return blocked;
  }

  /** Marks the tokens of the public and fictional figures of the lexicon ("Annie M.G. Schmidt", "Nijntje"). */
  private publicTokens(): Uint8Array {
    const tokens = this.tokens;
    const pub = new Uint8Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as Token;
      if (!token.capitalized || token.text.length < 3) continue;
      const key = foldDiacritics(base(token.lower));
      // "Burgemeester Halsema … Femke gaat dit niet winnen": the surname makes the first name public too.
      if (!token.sentenceStart)
        for (const first of PUBLIC_FIRST_BY_SURNAME.get(key) ?? []) this.publicParts.add(first);
      const entries = PUBLIC_INDEX.get(key);
      if (entries === undefined) continue;
      const entry = entries.find((words) => this.matchesAt(k, words));
      if (entry === undefined) continue;
      pub.fill(1, k, k + entry.length);
      if (entry.length > 1) this.addPublicParts(k, k + entry.length - 1);
      k += entry.length - 1;
    }
    return pub;
  }

  /** Tokens k, k+1… spell `words` (after the first), with at most a short gap on one line between them. */
  private matchesAt(k: number, words: readonly string[]): boolean {
    if (k + words.length > this.tokens.length) return false;
    for (let j = 1; j < words.length; j++) {
      const token = this.tokens[k + j] as Token;
      const previous = this.tokens[k + j - 1] as Token;
      if (token.start - previous.end > 3 || this.text.slice(previous.end, token.start).includes('\n'))
        return false;
      if (foldDiacritics(base(token.lower)) !== words[j]) return false;
    }
    return true;
  }

  /** Remembers the words of a public name, so its later mentions are not read as a private name. */
  private addPublicParts(first: number, last: number): void {
    for (let k = first; k <= last; k++) {
      const lower = base(this.tokens[k]?.lower ?? '');
      if (lower.length > 2 && !PARTICLES.has(lower) && !CONJUNCTIONS.has(lower)) this.publicParts.add(lower);
    }
  }

  /** Part of a hashtag, handle, e-mail or web address ("#TeamDaan", "juf.samira.leest"). */
  private inAddress(first: number, last: number): boolean {
    const start = this.tokens[first]?.start ?? 0;
    const end = this.tokens[last]?.end ?? 0;
    const before = this.text[start - 1] ?? ' ';
    const after = this.text[end] ?? ' ';
    if ('@#/._'.includes(before) && start > 0) return true;
    if (after === '@' || after === '_' || after === '/') return true;
    return after === '.' && /\p{L}/u.test(this.text[end + 1] ?? ' ');
  }

  /**
   * The sign-off of the post: the last sentence when it opens with "Groetjes", "Met vriendelijke groet",
   * "Liefs"…, or follows a line holding only that. `after`: the first token after the sign-off words, or -1.
   */
  private findSignoff(): { after: number; lastSentence: number; lastLine: boolean } {
    const tokens = this.tokens;
    let k = tokens.length - 1;
    while (k > 0 && !tokens[k]?.sentenceStart) k--;
    const lastSentence = Math.max(k, 0);
    const lineStart = this.text.lastIndexOf('\n', tokens[lastSentence]?.start ?? 0) + 1;
    const lastLine =
      lineStart > 0 && this.text.slice(lineStart, tokens[lastSentence]?.start ?? 0).trim().length < 3;
    let m = lastSentence;
    while (m < tokens.length && m - lastSentence < 3 && LEADING_SIGNOFF.has(tokens[m]?.lower ?? '')) m++;
    const opened = m;
    while (m < tokens.length && SIGNOFFS.has(tokens[m]?.lower ?? '')) {
      const token = tokens[m] as Token;
      // "gr 2" is a group, not a greeting.
      if (/^(?:gr|grt)$/u.test(token.lower) && /^\.? ?\d/u.test(this.text.slice(token.end, token.end + 3)))
        break;
      m++;
    }
    if (m > opened) return { after: m, lastSentence, lastLine };
    // "Groetjes,\nAnouk": the sentence before the last is a sign-off on its own line.
    if (lastLine && lastSentence > 0) {
      let p = lastSentence - 1;
      while (p > 0 && lastSentence - p < 4 && !tokens[p]?.sentenceStart) p--;
      let signoff = false;
      let only = tokens[p]?.sentenceStart === true || p === 0;
      for (let q = p; q < lastSentence; q++) {
        const lower = tokens[q]?.lower ?? '';
        if (SIGNOFFS.has(lower)) signoff = true;
        else if (!LEADING_SIGNOFF.has(lower)) only = false;
      }
      if (signoff && only) return { after: lastSentence, lastSentence, lastLine };
    }
    return { after: -1, lastSentence, lastLine };
  }

  /** The author's own name: in the sign-off, or after "ik ben", "mijn naam is", "I'm". */
  private isAuthor(first: number, last: number): boolean {
    const tokens = this.tokens;
    let k = first - 1;
    if (k >= 0 && TITLES.has(tokens[k]?.lower ?? '')) k--;
    for (const intro of SELF_INTRO) {
      const n = intro.length;
      if (intro.every((word, w) => tokens[k - n + 1 + w]?.lower === word)) return true;
    }
    // After the sign-off words, with only titles, names and "en" in between ("Liefs, Mark en juf Sanne").
    if (this.signoff >= 0 && first >= this.signoff && first - this.signoff <= SIGNOFF_REACH) {
      let ok = true;
      for (let m = this.signoff; m < first && ok; m++) {
        const lower = tokens[m]?.lower ?? '';
        ok = TITLES.has(lower) || PARTICLES.has(lower) || SIGNOFF_FILLERS.has(lower) || this.nameLike(m);
      }
      if (ok) return true;
    }
    // A last line with just the name: "- Mark", "Juf Anouk", "~ meester Tim".
    if (!this.lastLine || first < this.lastSentence || first - this.lastSentence > 2) return false;
    for (let m = this.lastSentence; m < first; m++) if (!TITLES.has(tokens[m]?.lower ?? '')) return false;
    const end = tokens[last]?.end ?? 0;
    const lineEnd = this.text.indexOf('\n', end);
    const rest = this.text.slice(end, lineEnd < 0 ? Math.min(this.text.length, end + 80) : lineEnd);
    const start = tokens[this.lastSentence]?.start ?? 0;
    const lead = this.text.slice(Math.max(0, start - 4), start);
    const dash = /[-–—~]\s*$/u.test(lead);
    if (/[\p{L}\p{N}]/u.test(rest)) return false;
    if (dash || first > this.lastSentence) return true;
    // A bare name on the last line is a signature, unless the line before is a name too (a list).
    const previous = tokens[first - 1];
    const lineBefore = previous ? this.text.lastIndexOf('\n', previous.start) + 1 : 0;
    const single =
      previous !== undefined && tokens[first - 2] !== undefined && (tokens[first - 2]?.end ?? 0) < lineBefore;
    return !(single && this.nameLike(first - 1));
  }

  private isUser(first: number, last: number): boolean {
    if (this.userParts.size === 0) return false;
    for (let k = first; k <= last; k++) {
      const lower = base(this.tokens[k]?.lower ?? '');
      if (!PARTICLES.has(lower) && !this.userParts.has(lower)) return false;
    }
    return true;
  }

  /** A building, street, school, work or brand: "Willem de Zwijgerlaan", "Anne Frank Huis", "Tom Gates book". */
  private isPlace(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) if (endsWithPlace(this.tokens[k]?.lower ?? '')) return true;
    const next = this.tokens[last + 1];
    // "Sanne's Studio", "Bram's Bikes": a business.
    if (next && this.tokens[last]?.lower.endsWith("'s") && next.capitalized && this.spaced(last + 1))
      return true;
    if (next && this.spaced(last + 1) && (NOT_PRIVATE_AFTER.has(next.lower) || endsWithPlace(next.lower))) {
      return true;
    }
    const previous = this.tokens[first - 1];
    if (previous !== undefined && this.spaced(first) && PLACE_BEFORE.has(previous.lower)) return true;
    // "parkeren bij Lisse", "naar Den Haag": a town after a preposition of place.
    const place =
      (first === last && PLACES.has(foldDiacritics(base(this.tokens[first]?.lower ?? '')))) ||
      (last === first + 1 && TWO_WORD_PLACES.has(`${this.tokens[first]?.lower} ${this.tokens[last]?.lower}`));
    return place && previous !== undefined && this.spaced(first) && PLACE_PREPOSITIONS.has(previous.lower);
  }

  /** Whether the post also holds contact or identity data (then a full name is surely a private one). */
  private hasPrivateData(): boolean {
    if (this.privateData === undefined) {
      this.privateData =
        PRIVATE_TYPES.some((type) => this.ctx.spansOf(type).length > 0) ||
        this.longNumber() ||
        /@[a-z0-9-]{1,63}\.[a-z]{2,}/u.test(this.lower);
    }
    return this.privateData;
  }

  /** A number of nine or more digits that is not an ISBN (an unchecked BSN, an account or phone number). */
  private longNumber(): boolean {
    const pattern = /\d(?:[ .-]?\d){8}/gu;
    for (let n = 0; n < 8; n++) {
      const match = pattern.exec(this.text);
      if (!match) return false;
      if (!this.lower.slice(Math.max(0, match.index - 12), match.index).includes('isbn')) return true;
      pattern.lastIndex = match.index + match[0].length;
      while (/[\d .-]/u.test(this.text[pattern.lastIndex] ?? '')) pattern.lastIndex++;
    }
    return false;
  }

  // ---- the extent of a name ---------------------------------------------------------------------

  /** Particles then a capitalised surname from token k ("de Vries", "van der Berg", "in 't Veld"). */
  private particlesThenSurname(k: number, firstGapChecked = false): number {
    let m = k;
    while (m - k < 3) {
      const token = this.tokens[m];
      if (!token || !PARTICLES.has(token.lower)) break;
      const gapOk =
        (firstGapChecked && m === k) || this.spaced(m) || (token.lower === 't' && /^ ?'$/u.test(this.gap(m)));
      if (!gapOk) break;
      m++;
    }
    if (m === k || !this.spaced(m) || !this.nameLike(m)) return -1;
    return m;
  }

  /** The last token of a name that starts at token i: further given names, particles and surnames. */
  private extent(i: number, leadingParticles = false): number {
    let last = i;
    if (leadingParticles) {
      const surname = this.particlesThenSurname(i, true);
      if (surname >= 0) last = surname;
    }
    for (let parts = 0; parts < 4 && !this.tokens[last]?.lower.endsWith("'s"); parts++) {
      const k = last + 1;
      if (!this.spaced(k)) break;
      if (this.nameLike(k) && !this.tokens[k]?.sentenceStart) {
        last = k;
        continue;
      }
      const surname = this.particlesThenSurname(k);
      if (surname < 0) break;
      last = surname;
    }
    return last;
  }

  // ---- context ----------------------------------------------------------------------------------

  /** Text right after the name that marks a pupil or private person: "(groep 4)", "uit mijn klas", "(16)". */
  private afterCue(last: number): boolean {
    const end = this.tokens[last]?.end ?? 0;
    const after = this.lower.slice(end, end + 40);
    if (AFTER_GROUP.test(after) || AFTER_FROM_GROUP.test(after) || AFTER_COMMA_GROUP.test(after)) return true;
    if (AFTER_BIRTH.test(after) || AFTER_STATE.test(after)) return true;
    const apposition = AFTER_APPOSITION.exec(after);
    if (apposition?.[1] !== undefined && ROLES.has(apposition[1])) return true;
    const relative = AFTER_WITH_RELATIVE.exec(after)?.[1];
    if (relative !== undefined && ROLES.has(relative)) return true;
    const role = AFTER_PAREN_ROLE.exec(after)?.[1];
    if (role !== undefined && (ROLES.has(role) || RELATIONS_OF.has(role))) return true;
    // "Ntando's moeder", "Kwame's dad"
    if (!this.tokens[last]?.lower.endsWith("'s") || !this.spaced(last + 1)) return false;
    const next = this.tokens[last + 1]?.lower ?? '';
    return RELATIONS_OF.has(next) || ROLES.has(next);
  }

  /** A word of the sentence around token i (a dozen words either way) is in `set`. */
  private sentenceHas(i: number, set: ReadonlySet<string>): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
      if (this.isWordOf(k, set)) return true;
      if (this.tokens[k]?.sentenceStart) break;
    }
    for (let k = i + 1; k < this.tokens.length && k - i <= 12 && !this.tokens[k]?.sentenceStart; k++) {
      if (this.isWordOf(k, set)) return true;
    }
    return false;
  }

  /** Token k is a word of `set`, not part of a name ("Roman Visser", "Daan Prins"; "Jeugdjournaal" is a word). */
  private isWordOf(k: number, set: ReadonlySet<string>): boolean {
    const token = this.tokens[k] as Token;
    if (!set.has(token.lower)) return false;
    if (!token.capitalized || token.sentenceStart) return true;
    return !this.firstName(k) && !(this.spaced(k) && this.nameLike(k - 1));
  }

  /** The sentence is about television, politics, top sport or the arts ("op tv", "pakt goud", "debat"). */
  private publicSentence(i: number): boolean {
    return this.sentenceHas(i, PUBLIC_CONTEXT) || this.sentenceHas(i, PUBLIC_ROLES);
  }

  /**
   * What is around tokens first..last makes them a public or fictional figure: a public role before it
   * ("schrijfster …", "de Vlaamse auteur …", "oud-premier …"), a role after it (", de schrijver van…"),
   * the maker of a work ("het boek van …", "'De Gruffalo' van …", "uit Pluk van de Petteflet van …"),
   * a title after a reading word ("een fragment uit Matilda"), an idol ("fan van …"), the subject of a
   * lesson ("spreekbeurt over …"), a quotation ("zoals … zei", "“…” – …") or a work of theirs ("…'s nieuwe boek").
   */
  private publicCue(first: number, last: number): boolean {
    const tokens = this.tokens;
    for (let k = first - 1, steps = 0; k >= 0 && steps < 4 && this.spaced(k + 1); k--, steps++) {
      const token = tokens[k] as Token;
      if (isPublicRole(token.lower)) return true;
      if (!PUBLIC_ROLE_FILLERS.has(token.lower) && !(token.capitalized && ordinary(token.lower))) break;
    }
    // An apposition: ", de schrijver van Dolfje", " (atlete)", ", bekend van tv".
    if (last + 1 < tokens.length && APPOSITION_GAP.test(this.gap(last + 1))) {
      for (let k = last + 1, steps = 0; k < tokens.length && steps < 3; k++, steps++) {
        const lower = tokens[k]?.lower ?? '';
        if (isPublicRole(lower)) return true;
        if ((lower === 'bekend' || lower === 'known') && KNOWN_FOR.has(tokens[k + 1]?.lower ?? ''))
          return true;
        if (!APPOSITION_FILLERS.has(lower) || !this.spaced(k + 1)) break;
      }
    }
    const end = tokens[last]?.end ?? 0;
    TITLE_AFTER.lastIndex = end;
    if (TITLE_AFTER.test(this.text)) return true;
    if (ATTRIBUTION.test(this.gap(first))) return true;
    if (tokens[last]?.lower.endsWith("'s") && this.spaced(last + 1)) {
      const next = tokens[last + 1]?.lower ?? '';
      if (WORKS.has(next) || (this.spaced(last + 2) && WORKS.has(tokens[last + 2]?.lower ?? ''))) return true;
    }
    const previous = this.before(first);
    if (!previous) return false;
    const p = previous.lower;
    const prior = this.before(first - 1);
    const priorLower = prior?.lower ?? '';
    if (p === 'van' || p === 'by' || p === 'door' || p === 'of') {
      if (WORKS.has(priorLower) || FAN_OF.has(priorLower)) return true;
      if (/["”'’»]/u.test(this.gap(first - 1))) return true;
      const titled = last > first || prior?.capitalized === true;
      if (
        titled &&
        !RELATIONS_OF.has(priorLower) &&
        !ROLES.has(priorLower) &&
        this.sentenceHas(first, READING)
      )
        return true;
    }
    if ((p === 'uit' || p === 'from') && READING.has(priorLower)) return true;
    // "Our class read Charlie and the Chocolate Factory" (English only: Dutch puts the verb first, "las Daan voor").
    if (READ_BEFORE.has(p)) return true;
    if ((p === 'over' || p === 'about') && TOPIC_BEFORE.has(priorLower)) return true;
    if (last > first && (p === 'zoals' || p === 'as')) {
      for (let k = last + 1; k <= last + 3; k++) if (SAID.has(tokens[k]?.lower ?? '')) return true;
    }
    return false;
  }

  /** "Dank aan …", "Dikke knuffel voor …", "thanks to …", "shout-out to …". */
  private thanksBefore(i: number): boolean {
    const previous = this.before(i)?.lower;
    if (previous !== 'aan' && previous !== 'voor' && previous !== 'to') return false;
    // "Dank aan …", "thanks to …", also "a special thank you to …", "dank je wel aan …".
    for (let k = i - 1; k > i - 4; k--) {
      const word = this.before(k)?.lower ?? '';
      if (THANKS.has(word)) return true;
      if (!THANKS_FILLERS.has(word)) return false;
    }
    return false;
  }

  /** ", Semhar!" at the end of a sentence that addresses someone ("Welkom in groep 4, Semhar!"). */
  private vocative(i: number): boolean {
    const token = this.tokens[i] as Token;
    // "Ntando, wat heb je dat goed gedaan!"
    if (token.sentenceStart && this.text[token.end] === ',') {
      for (let k = i + 1; k < this.tokens.length && k - i <= 12 && !this.tokens[k]?.sentenceStart; k++)
        if (ADDRESS.has(this.tokens[k]?.lower ?? '')) return true;
      return false;
    }
    if (
      !/, ?$/u.test(this.gap(i)) ||
      !/^(?:[!?]|\s*\n|\s*$)/u.test(this.text.slice(token.end, token.end + 2))
    )
      return false;
    for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
      const lower = this.tokens[k]?.lower ?? '';
      if (ADDRESS.has(lower) || GREETINGS.has(lower)) return true;
      if (this.tokens[k]?.sentenceStart) break;
    }
    return false;
  }

  /** After token i: a comma, or a word that can open a list or a pupil marker ("en", "uit", "(groep"). */
  private lowerCueAhead(i: number): boolean {
    const end = (this.tokens[i] as Token).end;
    const char = this.text[end];
    if (char === ',' || this.text[end + 1] === '(' || char === '(') return true;
    return LOWER_CUE_NEXT.has(this.tokens[i + 1]?.lower ?? '');
  }

  /** Token k can be a member of a list of names: a capitalised name-like word, or a lower-case first name. */
  private memberLike(k: number): boolean {
    const token = this.tokens[k];
    if (!token) return false;
    if (token.capitalized) return this.nameLike(k);
    return this.firstName(k);
  }

  /**
   * The names of a list that starts at token i ("Kwabena en Akosua", "daan, sem en lieke", "Sipho and
   * Ayasha"), as [first, last] token pairs; at most eight. One pair when token i stands alone.
   */
  private listAt(i: number): Array<[number, number]> {
    const members: Array<[number, number]> = [];
    let k = i;
    while (members.length < 8 && this.memberLike(k) && (k === i || !this.tokens[k]?.sentenceStart)) {
      const last = this.tokens[k]?.capitalized ? this.extent(k) : k;
      members.push([k, last]);
      const next = last + 1;
      const word = this.tokens[next];
      if (!word) break;
      if (/^ ?, ?$/u.test(this.gap(next))) {
        k = CONJUNCTIONS.has(word.lower) && this.spaced(next + 1) ? next + 1 : next;
      } else if (this.spaced(next) && CONJUNCTIONS.has(word.lower) && this.spaced(next + 1)) {
        k = next + 1;
      } else break;
    }
    return members;
  }

  /** A list or form label before a colon: "Nieuwe leerling in groep 6: Zeynep Arslan", "Afwezig: Daan". */
  private colonCue(i: number): boolean {
    const gap = this.gap(i);
    // "Afwezig: …", "twee leerlingen (… en …)"
    const colon = Math.max(gap.lastIndexOf(':'), gap.lastIndexOf('('));
    if (colon < 0 || gap.length - colon > 3) return false;
    if (gap.slice(0, colon).includes('\n')) return false;
    // The label may have a day after it ("Rijouders zaterdag: …", "Afwezig vandaag: …").
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      const lower = this.tokens[k]?.lower ?? '';
      if (LIST_LABELS.has(lower)) return true;
      if (!CALENDAR.has(lower) && !DAY_WORDS.has(lower)) return false;
      if (this.tokens[k]?.sentenceStart) return false;
    }
    return false;
  }

  /**
   * Token k makes the name after it no private person's: a title or role ("minister", "koning"), an
   * animal, a work ("het boek", "de app"), or "door"/"by" after a making word ("geschreven door …").
   * "opgevangen door Ilse" and an opening "App Oksana op …" are people.
   */
  private notPrivateAfter(k: number): boolean {
    const token = this.tokens[k];
    if (!token || !NOT_PRIVATE_BEFORE.has(token.lower)) return false;
    if (token.lower === 'door' || token.lower === 'by') return MADE_BY.has(this.before(k)?.lower ?? '');
    if (token.lower === 'app') return !token.sentenceStart;
    return true;
  }

  /** Token range [from, to) of token i's sentence and the sentence before it. */
  private sentenceAndPrevious(i: number): [number, number] {
    let from = i;
    for (let starts = 0; from > 0; from--) {
      if (this.tokens[from]?.sentenceStart && ++starts === 2) break;
    }
    let to = i + 1;
    while (to < this.tokens.length && !this.tokens[to]?.sentenceStart) to++;
    return [from, to];
  }

  /** Token i's sentence or the one before quotes a title ('Wonder', "De Tweeling") and reads or watches it. */
  private nearQuotedWork(i: number): boolean {
    const [from, to] = this.sentenceAndPrevious(i);
    const start = this.tokens[from]?.start ?? 0;
    const end = this.tokens[to - 1]?.end ?? this.text.length;
    if (!QUOTED_TITLE.test(this.text.slice(start, end))) return false;
    for (let k = from; k < to; k++) {
      const lower = this.tokens[k]?.lower ?? '';
      if (READING.has(lower) || WATCHING.has(lower)) return true;
    }
    return false;
  }

  /** Some word of the post is about pupils, parents or colleagues ("klas", "groep", "ouders"…). */
  private schoolPost(): boolean {
    this.anySchoolWord ??= this.tokens.some((token) => PRIVATE_CONTEXT.has(token.lower));
    return this.anySchoolWord;
  }

  /** A public or fictional figure (or the word "personage") in token i's sentence or the one before it. */
  private nearPublicFigure(i: number): boolean {
    const [from, to] = this.sentenceAndPrevious(i);
    for (let k = from; k < to; k++) {
      if (k !== i && (this.pub[k] || CHARACTER_WORDS.has(this.tokens[k]?.lower ?? ''))) return true;
    }
    return false;
  }

  /** The sentence around token i is about pupils, parents or colleagues (a dozen words either way). */
  private privateSentence(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
      if (PRIVATE_CONTEXT.has(this.tokens[k]?.lower ?? '')) return true;
      if (this.tokens[k]?.sentenceStart) break;
    }
    for (let k = i + 1; k < this.tokens.length && k - i <= 12 && !this.tokens[k]?.sentenceStart; k++) {
      if (PRIVATE_CONTEXT.has(this.tokens[k]?.lower ?? '')) return true;
    }
    return false;
  }

  /**
   * The post is about pupils, parents or colleagues and nothing in it points at the public sphere (no
   * public figure, role, work, reading, tv, sport or politics): a full name in it is a private person's.
   */
  private privatePost(): boolean {
    if (this.postPrivate === undefined) {
      let pub = this.pub.includes(1);
      for (let k = 0; k < this.tokens.length && !pub; k++) {
        const lower = this.tokens[k]?.lower ?? '';
        if (PUBLIC_CONTEXT.has(lower) || PUBLIC_ROLES.has(lower) || READING.has(lower)) pub = true;
      }
      this.postPrivate = !pub && this.schoolPost();
    }
    return this.postPrivate;
  }

  /** An animal word among the dozen words before token i, or an animal emoji just after it (a pet's name, "Rob 🦭"). */
  private afterAnimal(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 12; k--) if (ANIMALS.has(this.tokens[k]?.lower ?? '')) return true;
    const from = this.tokens[i]?.end ?? 0;
    return ANIMAL_EMOJI.test(this.text.slice(from, from + 80).split(/[.!?\n]/u)[0] ?? '');
  }

  /** What follows a sentence-initial first name says it is one: a verb, a comma, a list item, "(groep 4)". */
  private followedLikeName(i: number, last: number): boolean {
    const next = this.tokens[last + 1];
    const end = this.tokens[last]?.end ?? 0;
    const after = this.text.slice(end, end + 3);
    if (!next || /^\s*(?:\n|$)/u.test(after) || /^ ?[,:(]/u.test(after)) return true;
    if (/^ ?[-–] ?\d/u.test(after) || /^ \d/u.test(after)) return true; // "Sanne 06-…", list with a number
    if (!this.spaced(last + 1)) return false;
    if (CONJUNCTIONS.has(next.lower)) {
      // "Amber en Noa", "Amber en haar zusje Noa"
      const other = this.tokens[last + 2];
      if (other?.capitalized) return this.firstName(last + 2);
      return (
        /^(?:haar|zijn|z'n|her|his)$/u.test(other?.lower ?? '') &&
        ROLES.has(this.tokens[last + 3]?.lower ?? '')
      );
    }
    return last === i && /^\p{Ll}/u.test(next.text);
  }

  // ---- finding ----------------------------------------------------------------------------------

  /** A name after a title, relation word, greeting or label at token i: its last token, or -1. */
  private afterCueWord(i: number): number {
    const token = this.tokens[i] as Token;
    const lower = token.lower;
    const previous = this.before(i);
    if (!previous) {
      const prior = this.tokens[i - 1];
      if (!prior || !this.nameLike(i)) return -1;
      // "Naam: Amira Benali" (a known first name or a full name: "name: Install packages" is not one).
      if (LABELS.has(prior.lower) && /^ ?: ?$/u.test(this.gap(i))) {
        const last = this.extent(i);
        return last > i || this.firstName(i) ? last : -1;
      }
      // "t.n.v. Fatima El Amrani"
      const tnv =
        prior.lower === 'v' && this.tokens[i - 2]?.lower === 'n' && this.tokens[i - 3]?.lower === 't';
      if (!tnv || !/^\. ?$/u.test(this.gap(i))) return -1;
      // "t.n.v. Ouderraad", "t.n.v. Stichting …": an account holder that is an ordinary word is no person.
      const holder = this.extent(i);
      if (ACCOUNT_HOLDERS.has(base(lower))) return -1;
      return holder === i && (ordinary(base(lower)) || NOUN_ENDINGS.test(base(lower))) ? -1 : holder;
    }
    const p = previous.lower;
    const title = TITLES.has(p);
    const role = !title && ROLES.has(p);
    const greeting = !title && !role && GREETINGS.has(p);
    const relation =
      (p === 'van' || p === 'of') &&
      RELATIONS_OF.has(this.before(i - 1)?.lower ?? '') &&
      !PARTICLES.has(lower);
    if ((!title && !role && !greeting && !relation) || NOT_AFTER_TITLE.has(lower)) return -1;
    if (title && PARTICLES.has(lower)) {
      // "oma van Bo" is a relation (handled at "Bo"), "Fam. van Dijk" a surname.
      const next = i + 1;
      const givenName =
        this.spaced(next) && !PARTICLES.has(this.tokens[next]?.lower ?? '') && this.firstName(next);
      if ((lower === 'van' || lower === 'of') && RELATIONS_OF.has(p) && givenName) return -1;
      return this.particlesThenSurname(i, true) < 0 ? -1 : this.extent(i, true);
    }
    const capitalised = this.nameLike(i);
    // A lower-case word only when it is a first name ("de moeder van lieke", "juf anouk").
    const wordLike = WORD_NAMES.has(lower) && !title && !relation; // "leerling per 1 mei", "lieve zus"
    const name = capitalised || (!token.capitalized && !wordLike && this.firstName(i));
    if (!name) return -1;
    // After a greeting: a known first name, any name that opens the message ("Hoi Rianne,"), or a full
    // name of words that are no ordinary words ("Bedankt Yesenia Martina voor…"); not a public figure
    // named earlier ("Joost Klein op tv… sorry Joost").
    if (greeting && (this.pub[i] || this.publicParts.has(base(lower)))) return -1;
    if (greeting && !this.firstName(i)) {
      const last = this.extent(i);
      const opening = previous.sentenceStart && /^[,!]/u.test(this.text[this.tokens[last]?.end ?? 0] ?? '');
      if ((!opening && !this.unknownFullName(i, last)) || NOT_NAMES.has(lower) || GROUP_ADDRESS.has(lower))
        return -1;
    }
    // Title Case ("Student Council", "Teacher Training Day"): a capitalised role word needs a known name.
    if (role && previous.capitalized && !this.firstName(i)) return -1;
    return this.extent(i);
  }

  /** Initials and a surname at token i ("J. Bakker", "A.B. de Vries"): its last token, or -1. */
  private initials(i: number): number {
    const previous = this.before(i);
    if (previous && NOT_BEFORE_INITIAL.has(previous.lower)) return -1;
    let k = i;
    while (k - i < 3) {
      const next = this.tokens[k + 1];
      if (next?.text.length !== 1 || !next.capitalized || this.text[next.end] !== '.') break;
      if (!/^\. ?$/u.test(this.gap(k + 1))) break;
      k++;
    }
    const after = this.tokens[k + 1];
    if (!after || !/^\. ?$/u.test(this.gap(k + 1))) return -1;
    let last = -1;
    if (PARTICLES.has(after.lower) && !after.capitalized) {
      const surname = this.particlesThenSurname(k + 1, true);
      if (surname >= 0) last = this.extent(surname);
    } else if (this.nameLike(k + 1)) last = this.extent(k + 1);
    // "Pluk van de Petteflet van A.M.G. Schmidt", "schrijver J.R.R. Tolkien": a maker, not a private person.
    return last >= 0 && this.publicCue(i, last) ? -1 : last;
  }

  /**
   * A known first name at token i: its last token; -1 when it is not read as a name; -2 when it opens a
   * full name without a private context (public figures: "Geert Wilders", "Anne Frank"), to be skipped whole.
   */
  private known(i: number): number {
    const last = this.knownCandidate(i);
    // Checked last, as it is the dearest: "schrijfster …", "het boek van …", "zoals … zei".
    if (last >= 0 && this.publicCue(i, last)) {
      this.addPublicParts(i, last);
      return last > i ? -2 : -1;
    }
    if (last === -2) {
      // A full name taken for a public figure's: with a public cue, its later "Sanne" is not private either.
      const end = this.extent(i);
      if (this.publicCue(i, end)) this.addPublicParts(i, end);
    }
    return last;
  }

  /** `known` before the public cues are checked. */
  private knownCandidate(i: number): number {
    const token = this.tokens[i] as Token;
    const lower = foldDiacritics(base(token.lower));
    const previous = this.before(i);
    if (previous && (this.notPrivateAfter(i - 1) || ARTICLES.has(previous.lower))) return -1;
    if (previous && PLACE_BEFORE.has(previous.lower)) return -1;
    // "Jip en Janneke", "Máxima en Willem-Alexander": a pair goes with its first name.
    if (previous && CONJUNCTIONS.has(previous.lower) && this.rejected[i - 2]) return -1;
    const last = this.extent(i);
    const marked = this.afterCue(last) || this.colonCue(i);
    const strong = marked || (previous !== undefined && POSSESSIVES.has(previous.lower));
    // "Femke Bol pakt goud… Femke is een held": a public figure named earlier in the post (or family of
    // one: "Anne Frank en Otto Frank").
    if (!strong && this.publicParts.has(lower)) return -1;
    if (!strong && last > i && this.publicParts.has(base(this.tokens[last]?.lower ?? ''))) return -2;
    // "Frituur Bij Filip", "Café De Jan": after a capitalised little word mid-sentence, part of a business name.
    if (previous?.capitalized && !previous.sentenceStart && BUSINESS_LINKS.has(previous.lower)) return -1;
    // "Sam is the real hero, Frodo …", "Koning Willem-Alexander opent … Amalia is er ook bij": a lone first
    // name next to a public or fictional figure, in a sentence not about pupils or colleagues, is one of them.
    if (!strong && last === i && this.nearPublicFigure(i) && !this.privateSentence(i) && !this.schoolPost())
      return -1;
    // "We read 'Wonder' … argued about Auggie, Jack and Via", "Net 'De Tweeling' uit. Lotte en Anna …":
    // first names next to a quoted title that is being read or watched are its characters.
    if (!strong && last === i && this.nearQuotedWork(i)) return -1;
    const cue = strong || this.thanksBefore(i);
    // The second word of a capitalised pair ("Sifan Hassan"), unless a pupil marker follows or it is
    // addressed after the first word ("Sorry Lotte, …").
    // (A capitalised everyday word that opens the sentence, "Bel Sanne …", "Vraag Daan …", is no first name.)
    const openingWord = previous?.sentenceStart === true && ordinary(base(previous.lower));
    if (previous && this.nameLike(i - 1) && !openingWord && !TITLES.has(previous.lower) && !cue) {
      const vocative = previous.sentenceStart && last === i && /^[,!?]/u.test(this.text[token.end] ?? '');
      if (!vocative) return -1;
    }
    // An everyday word ("Storm Bert", "Max 20", "Hoop dat…") is a name with a marker, or with a surname
    // after a particle ("Jan de Boer", "Max van Dijk").
    const particleSurname = last > i && PARTICLES.has(this.tokens[i + 1]?.lower ?? '');
    if ((WORD_NAMES_ALWAYS.has(lower) || (token.sentenceStart && WORD_NAMES.has(lower))) && !particleSurname)
      return marked ? last : -1;
    if (last > i) {
      // A full name in a sentence about tv, politics, top sport or the arts is a public figure's,
      // unless something marks it as a pupil's, parent's or colleague's ("(groep 4)", "onze …").
      if (!strong && this.publicSentence(i)) {
        this.addPublicParts(i, last);
        return -2;
      }
      return cue || this.privateSentence(i) || this.hasPrivateData() || this.privatePost() ? last : -2;
    }
    if (!marked && this.afterAnimal(i)) return -1;
    if (!token.sentenceStart || cue) return last;
    // At the start of a sentence a capital says nothing: it must be followed like a name.
    return this.followedLikeName(i, last) ? last : -1;
  }

  /** Tokens i..last are a full name whose words are no ordinary words ("Yesenia Martina", "Kwame Asante"). */
  private unknownFullName(i: number, last: number): boolean {
    if (last <= i) return false;
    for (let k = i; k <= last; k++) {
      const lower = base(this.tokens[k]?.lower ?? '');
      if (this.pub[k] || (!PARTICLES.has(lower) && (ordinary(lower) || NOT_NAMES.has(lower)))) return false;
    }
    return true;
  }

  /**
   * A capitalised word at token i that is in no name list and is no ordinary word: its last token when the
   * context says it is a private person's name, else -1. Alone it needs a pupil marker after it
   * ("Ntando uit mijn klas", "Hodan is jarig") or to be addressed ("Welkom in groep 4, Semhar!"); a full
   * name ("Nuno Tavares") needs a sentence about pupils, parents or colleagues, thanks or a greeting before
   * it, or contact data in the post, and no public cue.
   */
  private unknown(i: number): number {
    const token = this.tokens[i] as Token;
    const lower = base(token.lower);
    // A Dutch noun at the start of a sentence ("Schoolreis (groep 8)", "Aanmelding …") is no name.
    if (token.sentenceStart && NOUN_ENDINGS.test(lower)) return -1;
    if (NOT_NAMES.has(lower) || GROUP_ADDRESS.has(lower) || PARTICLES.has(lower)) return -1;
    if (TITLES.has(lower) || ROLES.has(lower) || ordinary(lower)) return -1;
    const previous = this.before(i);
    const p = previous?.lower ?? '';
    if ((previous && this.notPrivateAfter(i - 1)) || ARTICLES.has(p) || PLACE_BEFORE.has(p)) return -1;
    // The second word of a capitalised pair was judged with the first.
    const openingWord = previous?.sentenceStart === true && ordinary(base(p));
    if (previous && this.nameLike(i - 1) && !openingWord && !GREETINGS.has(p)) return -1;
    const last = this.extent(i);
    // "Aanmelding Milou Hendriks": a capitalised first word before a known name is a label.
    if (token.sentenceStart) for (let k = i + 1; k <= last; k++) if (this.firstName(k)) return -1;
    const found = last === i ? this.unknownSingle(i, p) : this.unknownFull(i, last, p);
    // A street, a school, a compound noun ("Afscheidsmusical", "Kinderboekenweek").
    if (found < 0 || endsWithPlace(lower) || compound(lower)) return -1;
    // Checked last, as it is the dearest: "schrijfster …", "het boek van …", "zoals … zei".
    if (this.publicCue(i, last)) {
      this.addPublicParts(i, last);
      return -1;
    }
    return found;
  }

  /** An unknown word alone (`p`: the word before it): a pupil marker after it, a label, an address, a possessive. */
  private unknownSingle(i: number, p: string): number {
    const token = this.tokens[i] as Token;
    if (this.afterCue(i) || this.colonCue(i) || this.vocative(i) || POSSESSIVES.has(p)) return i;
    if (token.sentenceStart || PLACE_PREPOSITIONS.has(p)) return -1;
    // "Hij heet Amare" (not a pet: "een puppy, ze heet …"); "het rapport van Amare", "de gymtas van Amare".
    if (NAMED.has(p) && !this.afterAnimal(i)) return i;
    if ((p === 'van' || p === 'of') && PERSONAL_OF.has(this.before(i - 1)?.lower ?? '')) return i;
    const after = this.lower.slice(token.end, token.end + 24);
    if (AFTER_POSSESSIVE.test(after) || AFTER_VERB_ZIJN.test(after)) return i;
    // "Vandaag heeft Ntando zijn zwemdiploma gehaald": the verb before the name, the possessive after it.
    return INVERTED_VERBS.has(p) && /^ (?:zijn|haar|z'n|d'r)\b/u.test(after) ? i : -1;
  }

  /** An unknown full name i..last (`p`: the word before it) in a private context. */
  private unknownFull(i: number, last: number, p: string): number {
    if (!this.unknownFullName(i, last)) return -1;
    if (this.afterCue(last) || this.colonCue(i) || POSSESSIVES.has(p)) return last;
    if (PLACE_PREPOSITIONS.has(p) || this.publicSentence(i)) return -1;
    // At the start of a sentence two unknown capitalised words may be a place or a brand.
    if (this.tokens[i]?.sentenceStart) return this.hasPrivateData() ? last : -1;
    const cue = this.thanksBefore(i) || GREETINGS.has(p) || this.privateSentence(i) || this.hasPrivateData();
    return cue ? last : -1;
  }

  /**
   * A list of two or more names at token i that something marks as private persons: a pupil marker after
   * the list ("Storm en Roos uit groep 3", "Sipho and Ayasha from group 7"), a label before it
   * ("Afwezig: …"), or lower-case first names that are no ordinary words ("daan, sem en lieke").
   * Returns the last token of the list, or -1.
   */
  private list(hits: Hit[], i: number): number {
    if (this.listed[i]) return -1;
    const token = this.tokens[i] as Token;
    // Quick test first: a comma, "en"/"and", or more of the name must follow.
    const following = this.tokens[i + 1];
    if (!following) return -1;
    const more = token.capitalized && (following.capitalized || PARTICLES.has(following.lower));
    if (this.text[token.end] !== ',' && !CONJUNCTIONS.has(following.lower) && !more) return -1;
    const next = this.tokens[(token.capitalized ? this.extent(i) : i) + 1];
    if (!next || (!CONJUNCTIONS.has(next.lower) && !/^ ?, ?$/u.test(this.gap(next.index)))) return -1;
    const members = this.listAt(i);
    const end = members[members.length - 1]?.[1] ?? i;
    if (members.length < 2) return -1;
    // A list that is not one of private names holds none from a later member on either (linear time).
    for (const [first] of members) this.listed[first] = 1;
    // "Spiderman, Elsa en Pikachu": with a fictional or public figure in it, the list is of such figures.
    if (members.some(([first, last]) => this.pub.subarray(first, last + 1).includes(1))) {
      for (const [first, last] of members) this.addPublicParts(first, last);
      return end;
    }
    const ok = (first: number, last: number): boolean => {
      const word = this.tokens[first] as Token;
      const lower = base(word.lower);
      if (this.pub[first] || NOT_NAMES.has(lower) || GROUP_ADDRESS.has(lower)) return false;
      if (!word.capitalized) return true;
      return (
        this.firstName(first) || (!ordinary(lower) && !TITLES.has(lower) && !ROLES.has(lower)) || last > first
      );
    };
    let marked = this.afterCue(end) || this.colonCue(i);
    if (!marked) {
      // Lower-case first names: at least two that are no ordinary words of the post's language.
      let distinct = 0;
      for (const [first] of members) {
        const word = this.tokens[first] as Token;
        if (word.capitalized) return -1;
        if (!isCommonWordOf(this.ctx.lang, word.lower) && !WORD_NAMES.has(word.lower)) distinct++;
      }
      marked = distinct >= 2;
    }
    if (!marked || !members.every(([first, last]) => ok(first, last))) return -1;
    for (const [first, last] of members)
      this.accept(hits, first, last, this.firstName(first) ? 'known' : 'context');
    return end;
  }

  private accept(hits: Hit[], first: number, last: number, kind: Kind, evenPublic = false): void {
    for (let k = first; k <= last; k++) if (this.blocked[k] || (this.pub[k] && !evenPublic)) return;
    if (this.inAddress(first, last) || this.isAuthor(first, last) || this.isUser(first, last)) return;
    if (this.isPlace(first, last)) return;
    const lastToken = this.tokens[last] as Token;
    const end = lastToken.lower.endsWith("'s") ? lastToken.end - 2 : lastToken.end;
    hits.push({ start: this.tokens[first]?.start ?? 0, end, kind, first, last });
  }

  find(): Hit[] {
    const hits: Hit[] = [];
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (this.blocked[i]) continue;
      const cued = this.afterCueWord(i);
      if (cued >= 0) {
        // "mijn collega Sanne Wevers": a title or relation word makes even a famous name a private one.
        this.accept(hits, i, cued, 'title', true);
        i = cued;
        continue;
      }
      if (this.pub[i]) continue;
      if (token.text.length === 1 && token.capitalized && this.text[token.end] === '.') {
        const last = this.initials(i);
        if (last >= 0) {
          this.accept(hits, i, last, 'initials');
          i = last;
          continue;
        }
      }
      // Lower-case words are looked up only when a list or a pupil marker may follow (most are not names).
      const lowerCue = !token.capitalized && this.lowerCueAhead(i);
      if (this.nameLike(i) || (lowerCue && this.firstName(i))) {
        const end = this.list(hits, i);
        if (end >= 0) {
          i = end;
          continue;
        }
      }
      // "noah uit groep 3": a lower-case first name with a pupil marker.
      if (lowerCue && this.firstName(i) && !ARTICLES.has(this.before(i)?.lower ?? '') && this.afterCue(i)) {
        this.accept(hits, i, i, 'known');
        continue;
      }
      if (this.nameLike(i) && !this.firstName(i)) {
        const last = this.unknown(i);
        if (last >= 0) {
          this.accept(hits, i, last, 'context');
          i = last;
          continue;
        }
      }
      if (this.nameLike(i) && this.firstName(i)) {
        const last = this.known(i);
        if (last >= 0) {
          this.accept(hits, i, last, 'known');
          i = last;
        } else {
          // Not a private name here; a public full name is skipped whole ("Geert Wilders").
          const end = last === -2 ? this.extent(i) : i;
          this.rejected.fill(1, i, end + 1);
          i = end;
        }
      }
    }
    return this.repeats(hits);
  }

  /**
   * The name joined by "en"/"and" (token `conj`) to a name found: capitalised mid-sentence (with its
   * surname when it follows: "Kwame Mensah and Abena Owusu"), or a lower-case first name joined to a
   * lower-case one ("mehmet en ayşe").
   */
  private joined(
    out: Hit[],
    covered: Uint8Array,
    conj: number,
    other: number,
    kind: Kind,
    from: number,
  ): void {
    const word = this.tokens[other];
    if (!word || covered[other] || word.sentenceStart) return;
    if (!CONJUNCTIONS.has(this.tokens[conj]?.lower ?? '')) return;
    const lowerPair = !word.capitalized && !this.tokens[from]?.capitalized && this.firstName(other);
    if (!lowerPair && (!this.nameLike(other) || (this.rejected[other] && other < conj))) return;
    // "juf Roos en Meester Floris": the title is no name ("Floris" is found after it).
    if (TITLES.has(word.lower) || ROLES.has(word.lower) || this.pub[other]) return;
    if (!this.spaced(Math.max(conj, other)) || !this.spaced(conj + (other > conj ? 0 : 1))) return;
    const last = other > conj && !lowerPair ? this.extent(other) : other;
    for (let k = other; k <= last; k++) if (this.pub[k] || covered[k]) return;
    covered.fill(1, other, last + 1);
    this.accept(out, other, last, kind);
  }

  /** Other mentions of a name already found ("… van Sanne en Youssef! App naar Sanne"), wherever they stand. */
  private repeats(hits: Hit[]): Hit[] {
    if (hits.length === 0) return hits;
    const covered = new Uint8Array(this.tokens.length);
    const parts = new Set<string>();
    for (const hit of hits) {
      for (let k = hit.first; k <= hit.last; k++) {
        covered[k] = 1;
        const lower = base(this.tokens[k]?.lower ?? '');
        if (lower.length > 2 && !PARTICLES.has(lower)) parts.add(lower);
      }
    }
    const out = [...hits];
    // A capitalised word joined to a name: "van Priscilla en Kwame", "met Kwame en Priscilla".
    for (const hit of hits) {
      this.joined(out, covered, hit.last + 1, hit.last + 2, hit.kind, hit.last);
      this.joined(out, covered, hit.first - 1, hit.first - 2, hit.kind, hit.first);
    }
    for (let k = 0; k < this.tokens.length; k++) {
      const token = this.tokens[k] as Token;
      if (covered[k] || !token.capitalized || !parts.has(base(token.lower))) continue;
      if (WORD_NAMES.has(base(token.lower)) || !this.nameLike(k)) continue;
      this.accept(out, k, k, 'known');
    }
    return out.length === hits.length ? hits : out.sort((a, b) => a.start - b.start);
  }
}

function names(ctx: Context): Hit[] {
  return ctx.memo('names', () => new NameFinder(ctx).find());
}

function only(kind: Kind): (ctx: Context) => Span[] {
  return (ctx) =>
    names(ctx).flatMap((hit) => (hit.kind === kind ? [{ start: hit.start, end: hit.end }] : []));
}

export const NAME_RULES: Rule[] = [
  {
    id: 'pii.name.title',
    type: 'name',
    article: 'A2',
    severity: 'medium',
    message: {
      nl: 'Hier noem je iemand bij naam (een leerling, ouder, collega of kennis). Zonder naam blijft die persoon onherkenbaar: laat de naam weg of vraag eerst toestemming.',
      en: 'This names someone (a pupil, parent, colleague or acquaintance). Without the name they stay unrecognisable: leave it out or ask their permission first.',
    },
    examples: {
      flag: [
        'Vanmiddag leest juf «Marleen» voor in de bibliotheek.',
        'De moeder van «Fenne» heeft de verkleedkist gevuld.',
        'Hoi «Gijs», kun jij het rooster nog even sturen?',
        'Fam. «van der Plas» heeft de tent voor het kamp geleend.',
        'Gesprek gepland met mevrouw «Hakkaart» over de voortgang.',
        'Our science week was planned by my colleague «Roshni Baldewsingh».',
        'Naam: «Isa Verkerk», nieuw in groep 2.',
        'Mijn neefje «Stef» doet mee aan de voorleeswedstrijd.',
        'Thank you, Mrs. «Demirtaş», for the lovely card!',
        'de moeder van «floor» vroeg of de klas mee mag.',
        'Bijdrage graag op NL57 RABO 2071 3179 20 t.n.v. «Ilse Bakker».',
        'bedankt «mehmet» en «ayşe» voor het heerlijke etentje gisteren',
      ],
      pass: [
        'Graag € 5 per gezin t.n.v. Ouderraad, o.v.v. afscheid.',
        'Overblijfgeld graag naar NL82 RABO 0318 4729 56 t.n.v. Stichting Vrienden van De Horizon.',
        'Groetjes juf Marleen',
        'Lieve ouders, morgen is het gymles!',
        'Ik ben juf Marleen en ik sta dit jaar in groep 5.',
        'Juf, mag ik naar de wc?',
        'Op De Horizon krijgen de kinderen les van juf Engels en meester gym.',
        'Koning Willem-Alexander opende vandaag het nieuwe gebouw.',
        'Onze kater Boris is weer thuis!',
        "Beste collega's, de vergadering is verplaatst.",
      ],
    },
    find: only('title'),
  },
  {
    id: 'pii.name.initials',
    type: 'name',
    article: 'A2',
    severity: 'medium',
    message: {
      nl: 'Een voorletter met achternaam maakt iemand herkenbaar. Gaat het om een leerling, ouder of collega, laat de naam dan weg.',
      en: 'An initial with a surname makes someone recognisable. If this is a pupil, parent or colleague, leave the name out.',
    },
    examples: {
      flag: [
        'De rekening staat op naam van «R. Wijnbergen».',
        'Het verslag is gestuurd aan «A.B. de Ruiter».',
        'Contact via «K. van Eijk» van de ouderraad.',
      ],
      pass: [
        'Vandaag in groep 7B. Daarna gaan we naar buiten.',
        'Neem vitamine D. Goed voor je!',
        'Plan B. Morgen beter.',
      ],
    },
    find: only('initials'),
  },
  {
    id: 'pii.name.known',
    type: 'name',
    article: 'A2',
    severity: 'medium',
    message: {
      nl: 'Dit lijkt een voornaam. Gaat het om een leerling, ouder of collega, laat de naam dan weg: het bericht is zonder naam net zo duidelijk.',
      en: 'This looks like a first name. If it is a pupil, parent or colleague, leave the name out: the post is just as clear without it.',
    },
    examples: {
      flag: [
        'Wat ben ik trots op «Jinte», ze heeft haar zwemdiploma!',
        '«Wessel» vindt veranderingen lastig, houd daar rekening mee.',
        'De winnaars zijn «Mirthe» (groep 3) en «Yasin» (groep 6)!',
        'Heeft iemand de leesboeken van «Hatice» gezien?',
        'Nieuwe leerling per maandag: «Jolien Brandsma», geb. 4 mei.',
        'Congratulations to «Femke» and «Olivier» on winning the quiz!',
        'Afwezig vandaag: «ruben», «mats» en «jinthe».',
        '«Storm» en «Roos» uit groep 3 hebben de tekenwedstrijd gewonnen!',
        'A special thank you to «Sanne van der Wiel», my sparring partner since day one.',
        'Even ter info: «Noor Bouzid» heeft een dyslexieverklaring.',
        'Mijn groep wordt deze week opgevangen door «Ilse» en «Gert-Jan», dank jullie wel!',
        'Wij zoeken een oppas! App «Oksana» op 06-44172290.',
        'Die «Ravi» (3b) heeft zijn boek weer niet bij zich.',
        'Huge thanks to «Kwame Mensah» and «Abena Owusu» for organising the street clean-up!',
        'Zijn de uitslagen van de Cito voor «Liam de Boer» en «Fleur Jansen» al binnen?',
      ],
      pass: [
        'Het prentenboek is geschreven door Ilse Wolters en getekend door Gert-Jan Sanders.',
        "She's now convinced Hermione should run Hogwarts.",
        'Weekendje Gent: frietjes bij Frituur Bij Filip en een voorstelling in de Vooruit.',
        'Rewatching Lord of the Rings. Sam is the real hero, Frodo would have been nowhere without him.',
        'Koning Willem-Alexander opent vandaag de nieuwe sluis. Amalia is er ook bij 👑',
        'Zondag naar de Keukenhof, iemand nog tips voor parkeren bij Lisse?',
        'Burgemeester Halsema weer in de clinch met de raad. Femke gaat dit niet winnen.',
        'Boekenclub: wat een boek. Eva is een personage dat je niet snel vergeet.',
        "Vandaag zei een kleuter: 'juf, jij lijkt op Elsa van Frozen!'",
        "We read 'Wonder' and for six weeks the whole class argued about Auggie, Jack and Via.",
        "Net 'De Tweeling' uit. Lotte en Anna blijven me achtervolgen.",
        'Rob gezien op het strand van Texel 🦭 lag gewoon te pitten.',
        'De roos bij de voordeur bloeit eindelijk.',
        'Mark je agenda: ouderavond op dinsdag.',
        'Hoop dat het morgen droog blijft.',
        'Storm Henk raast over het land, tuinstoelen naar binnen.',
        'Gisteravond Marco Borsato live gezien, wat een stem!',
        'Boodschappen gedaan bij de Albert Heijn.',
        'Sportschool per 1 jan. en vanaf mei elke week zwemmen.',
        'Reading a book by Roald Dahl with group 5.',
        'Op De Vlinderhof hebben we een nieuwe speeltuin.',
        'Ben om 6 uur thuis, neem jij brood mee?',
      ],
    },
    find: only('known'),
  },
  {
    id: 'pii.name.context',
    type: 'name',
    article: 'A2',
    severity: 'medium',
    message: {
      nl: 'Dit lijkt de naam van een leerling, ouder of collega. Laat de naam weg: het bericht is zonder naam net zo duidelijk en die persoon blijft onherkenbaar.',
      en: 'This looks like the name of a pupil, parent or colleague. Leave the name out: the post is just as clear without it, and they stay unrecognisable.',
    },
    examples: {
      flag: [
        'Ik ben zo trots op «Tewodros» uit mijn klas, hij las vandaag voor het eerst hardop voor!',
        '«Ebo» en «Adzo» uit groep 5 hebben de spreekbeurt samen gedaan.',
        'Het oudergesprek met «Yohanna Gebremeskel» is verzet naar donderdag.',
        'Welkom in groep 3, «Tsehay»! Fijn dat je er bent.',
        'Huge thanks to «Kwaw Ampofo» for fixing the school garden fence.',
        'Gesprek met «Ebere» en haar vader om 15:00 in lokaal 3.',
      ],
      pass: [
        'Vandaag met groep 7 naar Naturalis Leiden, de dino’s waren een hit.',
        'Via Microsoft Teams hebben we de ouderavond gedaan.',
        'Schrijfster Tosca Menten kwam voorlezen in groep 5.',
        'In groep 6 lezen we Oorlogswinter van Jan Terlouw.',
        'Olympisch kampioene Sanne Wevers gaf een clinic aan onze leerlingen.',
        'Bedankt voor de gezellige avond allemaal!',
      ],
    },
    find: only('context'),
  },
];
