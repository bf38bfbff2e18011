/**
 * Names of private persons (pupils, parents, colleagues, neighbours…). Three rules share one pass over
 * the words of the post:
 * - pii.name.title: a name after a form of address, a relation word, a greeting or a label ("juf Esra",
 *   "mevrouw Visser" -> "Visser", "de moeder van Lieke", "collega Fleur", "Hoi Marieke,", "Naam: …"); the
 *   name may be unknown to the lists or lower-cased;
 * - pii.name.initials: initials and a surname ("J. Bakker", "A.B. de Vries");
 * - pii.name.known: a first name from the name lists where a name is expected, with its surname.
 * Left alone: the author's own name in a sign-off or self-introduction, the user's configured name,
 * names inside the configured schools, streets, buildings and works, public and fictional figures (a full
 * name needs a private context: a pupil marker, a relation word, or contact data in the same post), pets
 * and storms, and ordinary words that are also names ("roos", "mark", "Hoop dat…").
 * Linear in the length of the post: per-token work is bounded, look-backs are a few tokens at most.
 */
import { type Context, STRUCTURED, type Token } from '../context';
import { FIRST_NAMES as FIRST_NAMES_EXPORT } from '../lexicons/names-first';
import * as words from '../lexicons/names-words';
import type { Rule } from '../rule';
import type { Span } from '../types';

// Module-local bindings of the word lists (read once, not through a module namespace on every lookup).
const FIRST_NAMES = FIRST_NAMES_EXPORT;
const {
  ANIMALS,
  CALENDAR,
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
  PLACE_SUFFIXES,
  PRIVATE_CONTEXT,
  RELATIONS_OF,
  ROLES,
  SELF_INTRO,
  SIGNOFF_FILLERS,
  SIGNOFFS,
  TITLES,
  WORD_NAMES,
  WORD_NAMES_ALWAYS,
  WORKS,
} = words;

type Kind = 'title' | 'initials' | 'known';

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
const AFTER_GROUP = /^ ?\( ?(?:groep|gr\b|gr\.|grp|group|klas|class|leerling|pupil|nieuwe|new|\d{1,2}\b)/u;
/** After a name: "uit groep 7", "van mijn klas", "from my class". */
const AFTER_FROM_GROUP =
  /^,? (?:uit|van|in|from|of) (?:groep|gr\b|gr\.|group|klas|class|(?:mijn|onze|de|my|our|the) (?:klas|groep|class|group))/u;
/** After a name: ", groep 4". */
const AFTER_COMMA_GROUP = /^, ?(?:groep|gr\.?|group) ?\d/u;
/** After a name: ", geb. 12-04-2018", "geboren op". */
const AFTER_BIRTH = /^,? (?:geb\.|geboren|born)/u;
/** After a name: "is jarig", "is ziek". */
const AFTER_STATE = /^ (?:is|was|wordt) (?:jarig|ziek|geboren|zwanger|overleden)/u;
/** After a name: ", mijn werkbegeleider" (checked against ROLES). */
const AFTER_APPOSITION = /^, (?:mijn|onze|m'n|my|our|de|the|haar|zijn|his|her) ([\p{L}'-]{2,30})/u;

function hasInnerCapitals(text: string, lower: string): boolean {
  if (text.slice(1) === lower.slice(1)) return false; // the common case, without a regex
  return text.split(/['-]/u).some((part) => /\p{Lu}/u.test(part.replace(/^Ma?c(?=\p{Lu})/u, '').slice(1)));
}

function foldDiacritics(word: string): string {
  return /^[a-z'-]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
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

  constructor(private readonly ctx: Context) {
    this.tokens = ctx.tokens;
    this.text = ctx.text;
    this.lower = ctx.lower;
    const n = this.tokens.length;
    this.nameLikeMemo = new Uint8Array(n);
    this.firstNameMemo = new Uint8Array(n);
    this.rejected = new Uint8Array(n);
    this.blocked = this.blockedTokens();
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
      ok = !hasInnerCapitals(token.text, token.lower) && !FUNCTION_WORDS.has(lower) && !CALENDAR.has(lower);
    }
    this.nameLikeMemo[k] = ok ? 1 : 2;
    return ok;
  }

  /** A first name from the lists (any case). */
  private firstName(k: number): boolean {
    const memo = this.firstNameMemo[k];
    if (memo) return memo === 1;
    const lower = base(this.tokens[k]?.lower ?? '');
    const ok = !FUNCTION_WORDS.has(lower) && !CALENDAR.has(lower) && isFirstName(lower);
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
    const profile = this.ctx.profile;
    const names = [profile.organization.name, ...(profile.organization.aliases ?? [])];
    for (const school of profile.schools) names.push(school.name, ...(school.aliases ?? []));
    for (const name of names) {
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
    return previous !== undefined && this.spaced(first) && PLACE_BEFORE.has(previous.lower);
  }

  /** Whether the post also holds contact or identity data (then a full name is surely a private one). */
  private hasPrivateData(): boolean {
    if (this.privateData === undefined) {
      this.privateData =
        PRIVATE_TYPES.some((type) => this.ctx.spansOf(type).length > 0) ||
        /\d(?:[ .-]?\d){8}/u.test(this.text) ||
        /@[a-z0-9-]{1,63}\.[a-z]{2,}/u.test(this.lower);
    }
    return this.privateData;
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
    return apposition?.[1] !== undefined && ROLES.has(apposition[1]);
  }

  /** A list or form label before a colon: "Nieuwe leerling in groep 6: Zeynep Arslan", "Afwezig: Daan". */
  private colonCue(i: number): boolean {
    const gap = this.gap(i);
    const colon = gap.lastIndexOf(':');
    if (colon < 0 || gap.length - colon > 3) return false;
    if (gap.slice(0, colon).includes('\n')) return false;
    return LIST_LABELS.has(this.tokens[i - 1]?.lower ?? '');
  }

  /** "het dagboek van Anne Frank", "a book by Roald Dahl": the maker of a work. */
  private afterWork(i: number): boolean {
    const previous = this.before(i);
    if (!previous || !['van', 'by', 'door', 'of'].includes(previous.lower)) return false;
    return WORKS.has(this.before(i - 1)?.lower ?? '');
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

  /** An animal word among the dozen words before token i (the name is the pet's). */
  private afterAnimal(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 12; k--) if (ANIMALS.has(this.tokens[k]?.lower ?? '')) return true;
    return false;
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
      return tnv && /^\. ?$/u.test(this.gap(i)) ? this.extent(i) : -1;
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
    // After a greeting: a known first name, or any name that opens the message ("Hoi Rianne,").
    if (greeting && !this.firstName(i)) {
      const opening =
        previous.sentenceStart && /^[,!]/u.test(this.text[this.tokens[this.extent(i)]?.end ?? 0] ?? '');
      if (!opening || NOT_NAMES.has(lower) || GROUP_ADDRESS.has(lower)) return -1;
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
    if (PARTICLES.has(after.lower) && !after.capitalized) {
      const surname = this.particlesThenSurname(k + 1, true);
      return surname < 0 ? -1 : this.extent(surname);
    }
    return this.nameLike(k + 1) ? this.extent(k + 1) : -1;
  }

  /**
   * A known first name at token i: its last token; -1 when it is not read as a name; -2 when it opens a
   * full name without a private context (public figures: "Geert Wilders", "Anne Frank"), to be skipped whole.
   */
  private known(i: number): number {
    const token = this.tokens[i] as Token;
    const lower = foldDiacritics(base(token.lower));
    const previous = this.before(i);
    if (previous && (NOT_PRIVATE_BEFORE.has(previous.lower) || ARTICLES.has(previous.lower))) return -1;
    if (previous && PLACE_BEFORE.has(previous.lower)) return -1;
    // "Jip en Janneke", "Máxima en Willem-Alexander": a pair goes with its first name.
    if (previous && CONJUNCTIONS.has(previous.lower) && this.rejected[i - 2]) return -1;
    const last = this.extent(i);
    if (this.afterWork(i)) return last > i ? -2 : -1;
    const marked = this.afterCue(last) || this.colonCue(i);
    const cue = marked || (previous !== undefined && POSSESSIVES.has(previous.lower));
    // The second word of a capitalised pair ("Sifan Hassan"), unless a pupil marker follows or it is
    // addressed after the first word ("Sorry Lotte, …").
    if (previous && this.nameLike(i - 1) && !TITLES.has(previous.lower) && !cue) {
      const vocative = previous.sentenceStart && last === i && /^[,!?]/u.test(this.text[token.end] ?? '');
      if (!vocative) return -1;
    }
    if (WORD_NAMES_ALWAYS.has(lower) || (token.sentenceStart && WORD_NAMES.has(lower)))
      return marked ? last : -1;
    if (last > i) return cue || this.privateSentence(i) || this.hasPrivateData() ? last : -2;
    if (!marked && this.afterAnimal(i)) return -1;
    if (!token.sentenceStart || cue) return last;
    // At the start of a sentence a capital says nothing: it must be followed like a name.
    return this.followedLikeName(i, last) ? last : -1;
  }

  private accept(hits: Hit[], first: number, last: number, kind: Kind): void {
    for (let k = first; k <= last; k++) if (this.blocked[k]) return;
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
      const cued = this.afterCueWord(i);
      if (cued >= 0) {
        this.accept(hits, i, cued, 'title');
        i = cued;
        continue;
      }
      if (token.text.length === 1 && token.capitalized && this.text[token.end] === '.') {
        const last = this.initials(i);
        if (last >= 0) {
          this.accept(hits, i, last, 'initials');
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

  /** Token `other`, joined by "en"/"and" (token `conj`) to a name, when it is capitalised mid-sentence. */
  private joined(out: Hit[], covered: Uint8Array, conj: number, other: number, kind: Kind): void {
    const word = this.tokens[other];
    if (!word || covered[other] || word.sentenceStart || this.rejected[other]) return;
    if (!CONJUNCTIONS.has(this.tokens[conj]?.lower ?? '') || !this.nameLike(other)) return;
    if (!this.spaced(Math.max(conj, other)) || !this.spaced(conj + (other > conj ? 0 : 1))) return;
    covered[other] = 1;
    this.accept(out, other, other, kind);
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
      this.joined(out, covered, hit.last + 1, hit.last + 2, hit.kind);
      this.joined(out, covered, hit.first - 1, hit.first - 2, hit.kind);
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
      ],
      pass: [
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
      ],
      pass: [
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
];
