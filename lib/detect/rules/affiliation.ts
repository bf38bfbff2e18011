/**
 * Is the post about the author's school? Either it names one of the configured schools or the board
 * (`school.mention`), or it talks about classes, pupils, colleagues and school events in a way that a
 * staff member writing about work does (`school.context`), weighed against a parent talking about their
 * own child's school or the author's own school days.
 *
 * Also home to `schoolMentions(ctx)`, which the disclosure rules (and others) use. Phrase matching is
 * shared with the other rules (../phrases).
 */
import type { Context, Token } from '../context';
import {
  AFFILIATION_THRESHOLD,
  CUES,
  type Cue,
  DEBATE_WORDS,
  GROUP_NUMBER_WEIGHT,
  GROUP_WORDS,
  KIN_PHRASES,
  OUTSIDER_PHRASES,
  PAST_PHRASES,
  SCHOOL_COMPOUND_WEIGHT,
  SCHOOL_COMPOUNDS,
  WEAK_CAP,
  WEAK_MENTION_WEIGHT,
} from '../lexicons/affiliation-cues';
import {
  NAME_ARTICLES,
  NAME_TITLES,
  ORG_LEADING_WORDS,
  ORG_TRAILING_WORDS,
  SAINT_WORDS,
  SCHOOL_TYPE_WORDS,
} from '../lexicons/affiliation-names';
import { isCommonWord } from '../lexicons/common-words';
import { FIRST_NAMES } from '../lexicons/names-first';
import { compilePhrases, findPhrases, phraseAt, tokenBefore, withinEdits } from '../phrases';
import { profileNames } from '../profile';
import type { Rule } from '../rule';
import type { Profile, Span } from '../types';

// ---------------------------------------------------------------------------------------------------
// School and board mentions.

export interface Mention extends Span {
  kind: 'school' | 'org';
  /** Index in profile.schools (for schools). */
  entity: number;
  /** Capitalised, prefixed, hashtagged or distinctive; a lower-case common word ("de regenboog") is weak. */
  strong: boolean;
  /** Tokens covered (indices into ctx.tokens, last inclusive). */
  firstToken: number;
  lastToken: number;
  /** A school-type word before the name belongs to the mention ("basisschool", "obs", "school"). */
  prefix?: string;
}

interface Variant {
  words: string[];
  kind: Mention['kind'];
  entity: number;
  /** Every word is also an ordinary word or first name ("Het Kompas"): needs a capital or context. */
  ambiguous: boolean;
  /** Starts with "de"/"het". */
  article: boolean;
  /** Short acronym ("SHO"): only in capitals. */
  exact?: string[];
  /** A single common word without its article ("Kompas" of "Het Kompas"): only after "basisschool", "obs"… */
  needsPrefix?: boolean;
  /** Written together, as in a hashtag or domain ("deregenboog", "stichtingprocon"). */
  joined?: boolean;
}

interface CompiledProfile {
  first: Map<string, Variant[]>;
  /** Run-together forms found inside longer words ("ProConScholen", "hetbaken-procon"). */
  squished: Variant[];
  /** Distinctive single words that may carry a typo ("Wilgehoek"). */
  fuzzy: Variant[];
}

/** An everyday word or first name: a school name made only of these is also ordinary language ("Het Palet"). */
function ordinaryWord(word: string): boolean {
  return isCommonWord(word) || FIRST_NAMES.has(word);
}

const compiledProfiles = new WeakMap<Profile, CompiledProfile>();

const NON_ASCII = /[^\p{ASCII}]/u;

/** Lower case without diacritics ("Mozaïek" → "mozaiek"), so spelling variants of a name still match. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

function wordsOf(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w !== '');
}

function compileProfile(profile: Profile): CompiledProfile {
  const cached = compiledProfiles.get(profile);
  if (cached) return cached;
  const first = new Map<string, Variant[]>();
  const squished: Variant[] = [];
  const fuzzy: Variant[] = [];
  const seen = new Set<string>();

  const isAmbiguous = (words: readonly string[]) =>
    words.every((w) => NAME_ARTICLES.has(w) || SAINT_WORDS.includes(w) || w.length <= 3 || ordinaryWord(w));

  const add = (words: string[], kind: Mention['kind'], entity: number, exact?: string[]) => {
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) return;
    const article = NAME_ARTICLES.has(words[0]!) && words.length > 1;
    const core = article ? words.slice(1) : words;
    if (core.length === 1 && core[0]!.length < 3 && !exact) return;
    seen.add(key);
    const ambiguous = !exact && isAmbiguous(core);
    // A school called "Het Kompas" is not meant by "Kompas" alone; a board called "Kompas" is, when capitalised.
    const needsPrefix = ambiguous && !article && core.length === 1 && kind === 'school';
    const variant: Variant = { words, kind, entity, ambiguous, article, exact, needsPrefix };
    const list = first.get(words[0]!) ?? [];
    list.push(variant);
    first.set(words[0]!, list);
    if (exact) return;
    const joined = words.join('');
    if (words.length > 1 && !seen.has(joined)) {
      seen.add(joined);
      const single: Variant = { words: [joined], kind, entity, ambiguous: false, article, joined: true };
      const singles = first.get(joined) ?? [];
      singles.push(single);
      first.set(joined, singles);
    }
    if (joined.length >= 6 && (words.length > 1 || !ambiguous)) {
      squished.push({ ...variant, words: [joined], ambiguous: false });
    }
    if (words.length === 1 && joined.length >= 7 && !needsPrefix) fuzzy.push(variant);
    else if (words.length > 1 && !ambiguous && joined.length >= 8)
      fuzzy.push({ ...variant, words: [joined] });
  };

  const addName = (name: string, kind: Mention['kind'], entity: number) => {
    const trimmed = name.trim();
    // Acronyms ("SHO", "OBS-N"): only in capitals, so "sho" or "obs" in a sentence is not the board.
    if (/^[\p{Lu}\p{N}-]{2,5}$/u.test(trimmed)) {
      add(wordsOf(trimmed), kind, entity, trimmed.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
      return;
    }
    const words = wordsOf(trimmed);
    const forms: string[][] = [words];
    // "OBS De Klimop" → "De Klimop"; "Koningin Julianaschool" → "Julianaschool" (when distinctive).
    let rest = words;
    while (rest.length > 1 && SCHOOL_TYPE_WORDS.has(rest[0]!)) rest = rest.slice(1);
    if (rest !== words && !rest.every((w) => SCHOOL_TYPE_WORDS.has(w))) forms.push(rest);
    if (rest.length > 1 && NAME_TITLES.has(rest[0]!) && !isAmbiguous(rest.slice(1)))
      forms.push(rest.slice(1));
    if (kind === 'org') {
      let short = words;
      while (short.length > 1 && ORG_LEADING_WORDS.has(short[0]!)) short = short.slice(1);
      forms.push(short);
      let stem = short;
      while (stem.length > 1 && ORG_TRAILING_WORDS.has(stem[stem.length - 1]!)) stem = stem.slice(0, -1);
      if (stem !== short && !isAmbiguous(stem)) forms.push(stem);
    }
    for (const form of [...forms]) {
      const article = NAME_ARTICLES.has(form[0]!) && form.length > 1;
      const core = article ? form.slice(1) : form;
      if (article) forms.push(core);
      // "Sint Jozefschool" → "St. Jozefschool", "Jozefschool", "Sint Jozef".
      if (SAINT_WORDS.includes(core[0]!) && core.length > 1) {
        for (const saint of SAINT_WORDS) forms.push([saint, ...core.slice(1)]);
        if (!isAmbiguous(core.slice(1))) forms.push(core.slice(1));
        const last = core[core.length - 1]!;
        if (last.endsWith('school') && last.length > 9) {
          for (const saint of SAINT_WORDS) forms.push([saint, ...core.slice(1, -1), last.slice(0, -6)]);
        }
      }
    }
    for (const form of forms) add(form, kind, entity);
  };

  profile.schools.forEach((school, i) => {
    addName(school.name, 'school', i);
    for (const alias of school.aliases ?? []) addName(alias, 'school', i);
  });
  addName(profile.organization.name, 'org', 0);
  for (const alias of profile.organization.aliases ?? []) addName(alias, 'org', 0);

  const compiled = { first, squished, fuzzy };
  compiledProfiles.set(profile, compiled);
  return compiled;
}

interface Part {
  start: number;
  end: number;
  /** Lower case without diacritics. */
  lower: string;
  text: string;
  /** The token it belongs to. */
  index: number;
}

/** Tokens split at hyphens ("Sint-Jozefschool", "hetbaken-procon"), so names inside them are found. */
function partsOf(tokens: readonly Token[]): Part[] {
  const parts: Part[] = [];
  for (const token of tokens) {
    if (!token.text.includes('-')) {
      // Most words are plain ASCII: the token itself serves as its part.
      parts.push(NON_ASCII.test(token.lower) ? { ...token, lower: fold(token.lower) } : token);
      continue;
    }
    let offset = 0;
    for (const piece of token.text.split('-')) {
      if (piece !== '') {
        const start = token.start + offset;
        parts.push({ start, end: start + piece.length, lower: fold(piece), text: piece, index: token.index });
      }
      offset += piece.length + 1;
    }
  }
  return parts;
}

const NAME_GAP = /^[ .'-]{1,3}$/;
const isCapital = (text: string) => /^\p{Lu}/u.test(text);

/** Where one of the configured schools or the board is mentioned (memoised per check). */
export function schoolMentions(ctx: Context): readonly Mention[] {
  return ctx.memo('affiliation.mentions', () => findMentions(ctx));
}

function findMentions(ctx: Context): Mention[] {
  const compiled = compileProfile(ctx.profile);
  const { text, tokens } = ctx;
  const parts = partsOf(tokens);
  const mentions: Mention[] = [];

  const gapOk = (a: Part, b: Part) => NAME_GAP.test(text.slice(a.end, b.start));

  /** Adds the article and school-type words before the name, then decides how strong the mention is. */
  const accept = (from: number, to: number, variant: Variant, span?: Span) => {
    let start = span?.start ?? parts[from]!.start;
    let firstPart = from;
    let article = variant.article;
    let prefix: string | undefined;
    const before = parts[from - 1];
    if (!span && !article && before && NAME_ARTICLES.has(before.lower) && gapOk(before, parts[from]!)) {
      article = true;
      firstPart = from - 1;
    }
    for (let k = firstPart - 1; k >= Math.max(0, firstPart - 2) && !span; k--) {
      const part = parts[k]!;
      if (!SCHOOL_TYPE_WORDS.has(part.lower) || !/^[ ]{1,2}$/.test(text.slice(part.end, parts[k + 1]!.start)))
        break;
      prefix = part.lower;
      firstPart = k;
    }
    if (!span) start = parts[firstPart]!.start;
    if (variant.needsPrefix && prefix === undefined) return;
    const end = span?.end ?? parts[to - 1]!.end;
    const nameWord = parts[variant.article && variant.words.length > 1 ? from + 1 : from] ?? parts[from]!;
    const tagged = /[#@]$/.test(text.slice(Math.max(0, start - 1), start));
    const token = tokens[nameWord.index]!;
    const capital = isCapital(nameWord.text);
    // Lower-case names are often ordinary words too ("de klimop", "het startpunt"): those are weak
    // evidence unless written as a school ("obs de klimop", "#deklimop", "jozefschool", "SHO").
    const strong =
      variant.exact !== undefined ||
      variant.joined === true ||
      span !== undefined ||
      prefix !== undefined ||
      /school$/.test(variant.words[variant.words.length - 1]!) ||
      (tagged && (capital || !variant.ambiguous)) ||
      (capital && (article || !token.sentenceStart)) ||
      (variant.words.length > 1 && isCapital(parts[to - 1]!.text));
    if (!strong && !article && !capital && variant.ambiguous) return;
    // "De Notenkraker van het Nationale Ballet", "Het Kompas van Disney": a name of ordinary words that
    // belongs to another maker is a work or a place, not the school.
    // "het Lorentz Institute", "De Horizon Theater": the name of another place.
    if (prefix === undefined && OTHER_PLACE_AFTER.test(text.slice(end, end + 20))) return;
    const owner =
      variant.ambiguous && prefix === undefined ? OWNED_BY_OTHER.exec(text.slice(end, end + 60)) : null;
    if (
      owner &&
      !ownNames(ctx).some((name) =>
        text
          .slice(end + owner[0].length - 2)
          .toLowerCase()
          .startsWith(name),
      )
    )
      return;
    if (parts[firstPart]!.lower === 't' && text[start - 1] === "'") start--;
    mentions.push({
      start,
      end,
      kind: variant.kind,
      entity: variant.entity,
      strong,
      firstToken: parts[firstPart]!.index,
      lastToken: parts[to - 1]!.index,
      prefix,
    });
  };

  let i = 0;
  while (i < parts.length) {
    const part = parts[i]!;
    let best: { to: number; variant: Variant } | undefined;
    for (const variant of compiled.first.get(part.lower) ?? []) {
      const { words } = variant;
      if (i + words.length > parts.length) continue;
      let ok = true;
      for (let w = 1; w < words.length && ok; w++) {
        ok = parts[i + w]!.lower === words[w] && gapOk(parts[i + w - 1]!, parts[i + w]!);
      }
      if (ok && variant.exact) ok = variant.exact.every((word, w) => parts[i + w]!.text === word);
      if (ok && (!best || words.length > best.variant.words.length)) best = { to: i + words.length, variant };
    }
    if (best) {
      accept(i, best.to, best.variant);
      i = best.to;
      continue;
    }
    if (part.lower.length > 6) {
      const inside = compiled.squished.find((v) => {
        const at = part.lower.indexOf(v.words[0]!);
        return at > 0 && (isCapital(part.text.slice(at)) || v.words[0]!.length >= 8);
      });
      if (inside) {
        const at = part.lower.indexOf(inside.words[0]!);
        accept(i, i + 1, inside, { start: part.start + at, end: part.start + at + inside.words[0]!.length });
        i++;
        continue;
      }
      const lower = part.lower;
      const near = compiled.fuzzy.find((v) => {
        const word = v.words[0]!;
        return (
          word[0] === lower[0] && Math.abs(word.length - lower.length) <= 1 && withinEdits(lower, word, 1)
        );
      });
      if (near && (!near.ambiguous || isCapital(part.text))) accept(i, i + 1, { ...near, ambiguous: false });
    }
    i++;
  }
  return mentions;
}

// ---------------------------------------------------------------------------------------------------
// School context without a name.

interface CueHit extends Span {
  weight: number;
  group: string;
  staff: boolean;
  token: number;
}

const CUE_INDEX = compilePhrases(CUES.map((cue) => ({ phrase: cue.phrase, data: cue })));
const KIN_INDEX = compilePhrases(KIN_PHRASES.map((phrase) => ({ phrase, data: 'kin' })));
const PAST_INDEX = compilePhrases(PAST_PHRASES.map((phrase) => ({ phrase, data: 'past' })));
const OUTSIDER_INDEX = compilePhrases(OUTSIDER_PHRASES.map((phrase) => ({ phrase, data: 'outsider' })));

/** "groep 7", "groep 1-2", "groep 5/6", "gr 2", "group 7b" (1–8; not "groep 12" or a time). */
const GROUP_NUMBER = /[ ]{0,2}[1-8](?:[ ]?[a-dA-D](?![\p{L}])|[ ]?[/&-][ ]?[1-8])?(?![\d:.,]?\d)/uy;
const GROUP_TOKEN = /^(?:groep|group|gr)[1-8][a-d]?$/;
/** The configured organisation's and schools' names and aliases, lower-cased ("De Horizon van Stichting X" is ours). */
function ownNames(ctx: Context): string[] {
  return profileNames(ctx.profile)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
}

/** A school by its type and name ("OBS De Meander", "basisschool Het Kompas"): checked when none of the board's is named. */
const OTHER_SCHOOL =
  /\b(?:OBS|CBS|RKBS|PCBS|KBS|IKC|[Bb]asisschool|[Kk]indcentrum) (?:[Dd]e |[Hh]et |'t )?\p{Lu}\p{Ll}{2,}/u;

/** After a name: another kind of place or body of the same name ("Lorentz Institute", "Horizon Theater"). */
const OTHER_PLACE_AFTER =
  /^ (?:Institute|Instituut|Museum|Theater|Theatre|Stadion|Stadium|Ziekenhuis|Hospital|Kerk|Church|Station|Hotel|Park|Plein|Bibliotheek|Library|Hall|Zaal|Universiteit|University|Lab|Laboratorium|Festival|Arena)\b/u;

/** After a name: "van het Nationale Ballet", "van de Efteling", "by Disney" (someone else's work or place). */
const OWNED_BY_OTHER = /^ (?:van (?:het |de )?|by (?:the )?|door (?:het |de )?)\p{Lu}\p{Ll}/u;

/** A secondary-school year and stream: "3 havo", "4 VWO", "2 vmbo-t", "year 10s". */
const CLASS_STREAM =
  /(?<![\p{L}\p{N}])(?:[1-6] ?(?:havo|vwo|vmbo(?:-[tgbk])?|mavo|atheneum|gymnasium)|year (?:[7-9]|1[0-3])s?)(?![\p{L}\p{N}])/giu;
/** A number and a letter standing alone ("5b", "8A"): a class when what is around it says so (`classLetter`). */
const NUMBER_LETTER = /(?<![\p{L}\p{N}])[1-8][a-dA-D](?![\p{L}\p{N}])/gu;
/** Words before a class in any case ("uit 8A", "klas 3b"), and, for a lower-case letter, a few more ("Geef 3a"). */
const CLASS_BEFORE = /\b(?:uit|van|in|klas|groep) $/;
const CLASS_BEFORE_LOWER = /\b(?:geef|met|voor|aan|bij|naar|mijn|m'n|onze|de|uur|les|lessen) $/;

/** "Lars (5b)", "uit 8A", "het 2e uur 3b" are classes; "Dorpsstraat 6B" is a house number. */
function classLetter(text: string, lower: string, at: number): boolean {
  if (text[at - 1] === '(' && text[at + 2] === ')') return true;
  const before = lower.slice(Math.max(0, at - 8), at);
  return CLASS_BEFORE.test(before) || (/\p{Ll}/u.test(text[at + 1] ?? '') && CLASS_BEFORE_LOWER.test(before));
}
/** A lesson hour: "het 2e uur", "het 7de uur". */
const LESSON_HOUR = /(?<![\p{L}\p{N}])het [1-9](?:e|de|ste) uur(?![\p{L}])/giu;
/** A class-sized group: "28 kinderen", "met 24 leerlingen". */
const CLASS_SIZE =
  /(?<![\p{N},.])(?:1[5-9]|2\d|3[0-2]) (?:kinderen|kids|leerlingen|kleuters|pupils|students)\b/giu;
/** A year 1940–2009 standing on its own (not inside a URL, handle or number): the author's own school days. */
const OLD_YEAR = /(?<![\p{L}\p{N}/_.@-])(?:19[4-9]\d|200\d)(?![\p{L}\p{N}/_@-])/gu;
const QUOTE_BEFORE = /['"‘“(]\s*$/;

/**
 * Sentence number of each token, from `token.sentenceStart`: unlike `sentenceIds` of ../phrases, a colon or
 * semicolon also starts a new sentence here.
 */
function sentenceIds(tokens: readonly Token[]): number[] {
  const ids: number[] = [];
  let id = -1;
  for (const token of tokens) {
    if (token.sentenceStart) id++;
    ids.push(Math.max(id, 0));
  }
  return ids;
}

interface AffiliationScore {
  score: number;
  hits: CueHit[];
}

/** The weighted school-context score of a post (memoised per check). */
export function affiliationScore(ctx: Context): AffiliationScore {
  return ctx.memo('affiliation.score', () => scoreContext(ctx));
}

function scoreContext(ctx: Context): AffiliationScore {
  const { tokens, text } = ctx;
  const mentions = schoolMentions(ctx);
  const covered = new Set<number>();
  for (const m of mentions) for (let t = m.firstToken; t <= m.lastToken; t++) covered.add(t);
  // Words inside e-mail addresses, handles and links are not cues ("@juf.samira", "bieb.school@…").
  const structured = [...ctx.spansOf('email'), ...ctx.spansOf('handle')].sort((x, y) => x.start - y.start);
  let nextStructured = 0;
  const claimed = (i: number) => {
    const token = tokens[i]!;
    while (nextStructured < structured.length && structured[nextStructured]!.end <= token.start)
      nextStructured++;
    const span = structured[nextStructured];
    if (span && span.start < token.end) return true;
    const before = text.charCodeAt(token.start - 1);
    return before === 64 || before === 47 || before === 46 || covered.has(i);
  };

  const hits: CueHit[] = [];
  const push = (start: number, end: number, cue: Pick<Cue, 'weight' | 'group' | 'staff'>, token: number) => {
    hits.push({ start, end, weight: cue.weight, group: cue.group, staff: cue.staff ?? false, token });
  };

  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (claimed(i)) {
      i++;
      continue;
    }
    const lower = token.lower;
    if (GROUP_WORDS.has(lower)) {
      GROUP_NUMBER.lastIndex = token.end;
      const number = GROUP_NUMBER.exec(text);
      if (number) {
        push(
          token.start,
          token.end + number[0].length,
          { weight: GROUP_NUMBER_WEIGHT, group: 'group-number' },
          i,
        );
        i++;
        continue;
      }
    }
    if (lower.charCodeAt(0) === 103 && GROUP_TOKEN.test(lower)) {
      push(token.start, token.end, { weight: GROUP_NUMBER_WEIGHT, group: 'group-number' }, i);
      i++;
      continue;
    }
    if (lower === 'juf' || lower === 'meester' || lower === 'juffrouw') {
      const after = text.slice(token.end, token.end + 3);
      const next = tokens[i + 1];
      const vocative =
        (token.sentenceStart || QUOTE_BEFORE.test(text.slice(Math.max(0, token.start - 3), token.start))) &&
        /^\s?[,!?]/.test(after);
      if (vocative) {
        push(token.start, token.end, { weight: 2, group: 'juf', staff: true }, i);
        i++;
        continue;
      }
      if (next?.capitalized && !next.sentenceStart && /^ $/.test(text.slice(token.end, next.start))) {
        push(token.start, next.end, { weight: 1.5, group: 'juf' }, i);
        i += 2;
        continue;
      }
    }
    if (lower.startsWith('school') && lower.length > 7 && !lower.includes('-')) {
      const weight =
        SCHOOL_COMPOUNDS.get(lower) ?? (lower.startsWith('schoolreis') ? 2 : SCHOOL_COMPOUND_WEIGHT);
      push(token.start, token.end, { weight, group: 'school-compound' }, i);
      i++;
      continue;
    }
    const room = lower === 'lokaal' ? /^ ?\d{1,3}(?!\d)/.exec(text.slice(token.end, token.end + 5)) : null;
    if (room) {
      // "lokaal 12": a numbered classroom.
      push(token.start, token.end + room[0].length, { weight: 1.5, group: 'room' }, i);
      i++;
      continue;
    }
    const found = phraseAt(CUE_INDEX, tokens, i);
    if (found) {
      push(token.start, tokens[found.end - 1]!.end, found.phrase.data, i);
      // "onze groep 8": the class number still counts on its own.
      i = GROUP_WORDS.has(tokens[found.end - 1]!.lower) ? found.end - 1 : found.end;
      continue;
    }
    // "tien-minutengesprekken", "ICT-stagiair": the last part of a hyphenated word on its own.
    const dash = lower.lastIndexOf('-');
    if (dash > 0 && dash < lower.length - 3) {
      const tail: Token = {
        ...token,
        start: token.start + dash + 1,
        text: token.text.slice(dash + 1),
        lower: lower.slice(dash + 1),
      };
      const inner = phraseAt(CUE_INDEX, [tail], 0);
      if (inner) push(token.start, token.end, inner.phrase.data, i);
    }
    i++;
  }
  for (const m of mentions) {
    if (!m.strong) push(m.start, m.end, { weight: WEAK_MENTION_WEIGHT, group: 'weak-mention' }, m.firstToken);
  }
  // Classes by their code ("3 havo", "Lars (5b)", "uit 8a") and a class-sized group of children.
  // Class codes, lesson hours and class sizes all have a digit: most posts skip these scans.
  const digits = /\d/.test(text);
  const letters = digits
    ? [...text.matchAll(NUMBER_LETTER)].filter((m) => classLetter(text, ctx.lower, m.index))
    : [];
  const codes = digits ? [...text.matchAll(CLASS_STREAM), ...letters] : [];
  for (const code of codes) {
    const at = tokenBefore(tokens, code.index);
    if (at >= 0 && claimed(at) && tokens[at]!.start <= code.index && tokens[at]!.end > code.index) continue;
    push(
      code.index,
      code.index + code[0].length,
      { weight: GROUP_NUMBER_WEIGHT, group: 'group-number' },
      Math.max(at, 0),
    );
  }
  for (const hour of digits ? text.matchAll(LESSON_HOUR) : []) {
    const at = Math.max(tokenBefore(tokens, hour.index), 0);
    push(hour.index, hour.index + hour[0].length, { weight: 1.5, group: 'hour' }, at);
  }
  for (const size of digits ? text.matchAll(CLASS_SIZE) : []) {
    push(
      size.index,
      size.index + size[0].length,
      { weight: 1, group: 'class-size' },
      Math.max(tokenBefore(tokens, size.index), 0),
    );
  }

  // Context that takes school words away: a parent about their child, the author's own school days.
  const ids = sentenceIds(tokens);
  const kin = findPhrases(KIN_INDEX, tokens);
  const past = new Set(findPhrases(PAST_INDEX, tokens).map((hit) => ids[hit.first]!));
  for (const year of text.matchAll(OLD_YEAR)) {
    // Four digits inside a bank account, phone number or address are no year.
    const span = { start: year.index, end: year.index + year[0].length };
    if (ctx.isClaimed(span, ['iban', 'phone', 'bsn', 'postcode', 'address', 'email', 'licenseplate']))
      continue;
    const t = tokenBefore(tokens, year.index);
    if (t >= 0) past.add(ids[t]!);
  }
  for (const hit of hits) {
    const sentence = ids[hit.token]!;
    if (past.has(sentence)) hit.weight = 0;
    else if (!hit.staff && kin.some((k) => ids[k.first] === sentence && Math.abs(k.first - hit.token) <= 8))
      hit.weight = 0;
  }
  const hasStrongMention = mentions.some((m) => m.strong);
  // "onze groep 8 van OBS De Meander": a school named that is not one of the board's is someone else's.
  if (!hasStrongMention && OTHER_SCHOOL.test(text)) {
    for (const hit of hits) hit.weight = 0;
  }
  if (!hasStrongMention && findPhrases(OUTSIDER_INDEX, tokens).length > 0) {
    for (const hit of hits) hit.weight = 0;
  }
  const staff = hits.some((h) => h.staff && h.weight > 0);
  if (kin.length > 0 && !hasStrongMention && !staff) {
    for (const hit of hits) hit.weight *= 0.6;
  }
  // The education debate ("het advies van de Onderwijsraad", "het lerarentekort"): about education, not
  // about one's own school, unless the author speaks as staff or names the school.
  if (!hasStrongMention && !staff && tokens.some((t) => DEBATE_WORDS.has(t.lower))) {
    for (const hit of hits) hit.weight *= 0.5;
  }

  const best = new Map<string, number>();
  for (const hit of hits) best.set(hit.group, Math.max(best.get(hit.group) ?? 0, hit.weight));
  let strongSum = 0;
  let weakSum = 0;
  for (const weight of best.values()) {
    if (weight >= 1) strongSum += weight;
    else weakSum += weight;
  }
  const score = strongSum + Math.min(weakSum, WEAK_CAP);
  return { score, hits: hits.filter((h) => h.weight > 0).sort((a, b) => a.start - b.start) };
}

// ---------------------------------------------------------------------------------------------------

const mentionRule: Rule = {
  id: 'school.mention',
  type: 'affiliated',
  article: 'B2',
  severity: 'low',
  message: {
    nl: 'Je noemt je school of stichting. Dan geldt: vermeld je rol en dat het je eigen mening is.',
    en: 'You name your school or foundation. Then say what your role is and that this is your own opinion.',
  },
  examples: {
    flag: [
      'Wat een mooie kerstmarkt op «De Horizon» vandaag!',
      'Trots op «obs de horizon» en alle kinderen 🎉',
      'Morgen open dag bij #«HetAnker» 🏫',
      'Nieuwe gymzaal voor «de St. Willibrordschool»',
      'Vergadering bij «SHO» over het nieuwe beleid.',
      'Vanochtend bij «De Vlinderhoff» een voorleesontbijt.',
      '«De Ankerschool» zoekt hulpouders.',
      'Bericht van «Horizon Onderwijs» over de staking.',
      'Open dag op «Het Anker» van «Stichting Horizon Onderwijs»!',
    ],
    pass: [
      'Wat een prachtige zonsondergang aan de horizon vanavond 🌅',
      'Het anker van de boot lag vast in het zand.',
      'Sho, wat een dag zeg.',
      'We gaan zaterdag naar de Willibrordkerk in Utrecht.',
      'Vanavond met de meiden naar Het Anker van het Nationale Ballet 🩰',
    ],
  },
  find(ctx) {
    return schoolMentions(ctx)
      .filter((m) => m.strong)
      .map(({ start, end }) => ({ start, end }));
  },
};

const contextRule: Rule = {
  id: 'school.context',
  type: 'affiliated',
  article: 'C1',
  severity: 'low',
  message: {
    nl: 'Dit bericht gaat over je werk op school. Dat mag, zolang er geen persoonsgegevens in staan en het de school niet schaadt.',
    en: 'This post is about your work at school. That is fine, as long as it has no personal data and does not harm the school.',
  },
  examples: {
    flag: [
      'Vandaag met «mijn klas» naar het museum geweest, wat een vragen!',
      "«Collega's», wie heeft de sleutel van het magazijn?",
      '«Groep 6» heeft vanmiddag de kerststukjes gemaakt 🎄',
      'Morgen «studiedag», dus de kinderen zijn vrij.',
      '«Lieve ouders», vergeet de «gymtas» niet!',
      '«Juf», mag ik naar de wc? Elke vijf minuten 😅',
      '«Group 5» asked me today whether I own a dinosaur. «My pupils» are the best.',
      'Koffie in de «personeelskamer» en dan door naar de «ouderavond».',
      '«Pleinwacht» in de stromende regen ☔',
      'Weer drie «toetsen nakijken» en dan naar bed.',
      '«Verzuim»: T. de Boer («2b») al een week afwezig, «ouders» niet bereikbaar.',
      '«4 havo» smashed their presentations today, «proud teacher» moment 🙌',
      'Wie heeft de sleutel van «lokaal 12»? Ik sta hier met «28 kinderen» 😅',
      'Wie kan «het 2e uur» «3b» overnemen? De opdrachten liggen klaar.',
      'Aan alle «mentoren»: formulieren graag vóór vrijdag bij de «decaan».',
      'Wie heeft er volgende week «bussurveillance»? Het rooster hangt in de «kopieerruimte».',
      '«Surveilleren» bij het «CE» Engels. 2 uur naar een klok staren.',
      'Those «year 10s» absolutely smashed their presentations today. «Proud teacher» moment 🙌',
      '«I work as a special needs coordinator at a primary school» in Brabant.',
      'Kan het «excursiegeld» terug naar rekening BE71 0961 2345 6769? Het «werkstuk» mailen we na.',
    ],
    pass: [
      'De juf van mijn dochter heeft haar zo goed geholpen met lezen 💛',
      'Schoolreisje van mijn zoon naar de Efteling, hij vond het geweldig.',
      "In de meivakantie gaan we met z'n vieren naar Zeeland.",
      'Het lerarentekort is echt een probleem in Nederland. Meer geld voor onderwijs!',
      'Mijn eerste rapport uit 1988 gevonden: "praat te veel in de klas" 😂',
      'Met ons team hebben we de halve marathon gelopen voor het goede doel.',
      'Toen ik zelf in groep 8 zat, hadden we nog krijtborden.',
      "Collega's van mijn man komen vanavond eten 🍝",
      'Net een briefje van school: morgen luizencontrole 🙄',
      'Interesting article on reading for pleasure in schools across Europe.',
      'Ik werk zelf niet in het onderwijs, maar mijn vrouw zit elke zondag met haar lesrooster.',
      "I'm not a teacher, but my sister's staff room stories make me glad I'm not.",
      'Het advies van de Onderwijsraad: schooladvies hangt te vaak af van ouders. Nóg een toets lost dat niet op.',
      'Weer een rapport van de Onderwijsinspectie: het leesniveau daalt. #onderwijs',
      'We wonen op de Dorpsstraat 6b, vlak bij de bakker.',
      'Mijn man is meester in groep 7 en zit om 23:10 nog rapporten te typen 😂',
      'Grootoudersochtend op het schoolplein bij de kleinkinderen, ze hadden een voorstelling gemaakt!',
      'Sportdag! Om 15:00 kwam hij thuis met een medaille voor touwtrekken.',
      '41 jaar voor de klas gestaan en nu twee jaar met pensioen. Vanochtend fietste ik langs de school.',
      'REÜNIE! Iedereen die in de brugklas zat: op 14 maart in de aula.',
      'Onze klas van twaalf cursisten kwam uit alle hoeken, een mooie training.',
      'Luizenalarm bij ons op school weer. Heel de avond met de netenkam bezig bij alle drie de kinderen.',
      'Trots op onze groep 8 van OBS De Meander in Zwolle! Wat een musical 😭',
      'Mijn vrouw zit al drie avonden rapporten te schrijven. Respect voor alle leerkrachten 🙏',
      'ik heb morgen spreekbeurt over haaien en ik heb nog NIKS 😬 groep 7 is zwaar',
      'Heb jij het briefje van het schoolreisje al getekend? Moet morgen terug.',
      'Nog plek voor bijles wiskunde op dinsdag, 4 havo/vwo, €25 per uur.',
    ],
  },
  find(ctx) {
    const { score, hits } = affiliationScore(ctx);
    if (score < AFFILIATION_THRESHOLD) return [];
    return hits.map(({ start, end }) => ({ start, end }));
  },
};

export const AFFILIATION_RULES: Rule[] = [mentionRule, contextRule];
