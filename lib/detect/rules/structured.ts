/**
 * Structured personal data: e-mail addresses, social-media handles, IBANs, phone numbers, BSNs,
 * addresses, postcodes, dates of birth and licence plates.
 *
 * Every finder is linear in the length of the post: candidates are found by patterns anchored on a
 * distinctive character ('@', a digit, a country code, a street suffix) with bounded repetition, and are
 * then checked in code (11-proef, mod-97, number plans, context words).
 */
import type { Context, Token } from '../context';
import { isCommonWord } from '../lexicons/common-words';
import { FIRST_NAMES } from '../lexicons/names-first';
import { BIRTH_CUES, MONTH_NUMBER, MONTH_PATTERN, OTHER_EVENT_WORDS } from '../lexicons/structured-dates';
import { AT_WORDS, ORG_WORDS_ANYWHERE, ORG_WORDS_PART, PRIVATE_CUES } from '../lexicons/structured-handles';
import { IBAN_LENGTHS } from '../lexicons/structured-iban';
import { REFERENCE_LABELS, TWO_LETTER_WORDS, UNIT_LETTERS } from '../lexicons/structured-numbers';
import {
  LEADING_STREET_WORDS,
  NOT_STREETS,
  STANDALONE_STREETS,
  STREET_ADJECTIVES,
  STREET_PARTICLES,
  STREET_PREFIXES,
  STREET_SUFFIXES,
  STRONG_SUFFIXES,
} from '../lexicons/structured-streets';
import { profileNames } from '../profile';
import type { Rule } from '../rule';
import type { Span } from '../types';

// ---------------------------------------------------------------------------------------------------
// Small helpers

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);
const LETTER = /\p{L}/u;

/** The last `count` words before `at` (lower-cased), nearest last. */
function wordsBefore(lower: string, at: number, count: number, reach = 40): string[] {
  const before = lower.slice(Math.max(0, at - reach), at);
  const words = before.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  return words.slice(-count);
}

/** Whether a reference label ("ordernummer", "kenmerk", "ISBN") stands right before a number. */
function afterReferenceLabel(ctx: Context, start: number): boolean {
  return wordsBefore(ctx.lower, start, 3).some((w) => REFERENCE_LABELS.has(w.replace(/[:.]$/, '')));
}

/** Digits right after "NL12 ABCD " belong to an (invalid or mistyped) IBAN, not to a phone number. */
function afterIbanPrefix(ctx: Context, start: number): boolean {
  return /[A-Za-z]{2}\d{2} ?[A-Za-z]{4} ?$/.test(ctx.text.slice(Math.max(0, start - 10), start));
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']{1,2000}/giu;

/** Web addresses in the text (numbers inside them are not phone numbers or BSNs). */
function urls(ctx: Context): Span[] {
  return ctx.memo('structured.urls', () =>
    [...ctx.text.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
}

function insideUrl(ctx: Context, span: Span): boolean {
  return urls(ctx).some((u) => overlaps(u, span));
}

/** Whether a gap between two places in the text crosses a sentence boundary. */
const ABBREVIATED = new Set([
  'geb',
  'nr',
  'ca',
  'dhr',
  'mevr',
  'mw',
  'st',
  'dr',
  'mr',
  'fam',
  'tel',
  'o',
  'b',
]);
for (const month of MONTH_NUMBER.keys()) if (month.length <= 4) ABBREVIATED.add(month);

function crossesSentence(gap: string): boolean {
  if (/[!?\n]/.test(gap)) return true;
  for (let i = gap.indexOf('.'); i >= 0; i = gap.indexOf('.', i + 1)) {
    if (i + 1 < gap.length && gap[i + 1] !== ' ') continue;
    const word = /(\p{L}+)$/u.exec(gap.slice(Math.max(0, i - 20), i))?.[1];
    if (word !== undefined && (word.length === 1 || ABBREVIATED.has(word.toLowerCase()))) continue;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// E-mail: find the '@' (or an obfuscated "[at]") first, then walk out to both sides with a length cap.

const AT_SIGN = /@|[([{] ?at ?[)\]}]/giu;
const OBFUSCATED_DOT = /^ ?[([{] ?(?:dot|punt) ?[)\]}] ?/iu;
const LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}-]/u;

function findEmails(ctx: Context): Span[] {
  return ctx.memo('structured.emails', () => {
    const { text } = ctx;
    const spans: Span[] = [];
    for (const match of text.matchAll(AT_SIGN)) {
      const obfuscated = match[0] !== '@';
      let left = match.index;
      if (obfuscated && text[left - 1] === ' ') left--;
      let start = left;
      while (start > 0 && left - start < 64 && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
      while (start < left && /[.'-]/.test(text[start] ?? '')) start++;
      if (start >= left) continue;
      let pos = match.index + match[0].length;
      if (obfuscated && text[pos] === ' ') pos++;
      const domainStart = pos;
      let labels = 0;
      let end = pos;
      let lastLabel = '';
      while (pos - domainStart < 253) {
        const labelStart = pos;
        while (pos - labelStart < 63 && DOMAIN_CHAR.test(text[pos] ?? '')) pos++;
        if (pos === labelStart) break;
        labels++;
        end = pos;
        lastLabel = text.slice(labelStart, pos);
        if (text[pos] === '.' && DOMAIN_CHAR.test(text[pos + 1] ?? '')) {
          pos++;
          continue;
        }
        const dot = OBFUSCATED_DOT.exec(text.slice(pos, pos + 12));
        if (dot && DOMAIN_CHAR.test(text[pos + dot[0].length] ?? '')) {
          pos += dot[0].length;
          continue;
        }
        break;
      }
      if (labels < 2 || !/^\p{L}{2,24}$/u.test(lastLabel)) continue;
      spans.push({ start, end });
    }
    return spans;
  });
}

// ---------------------------------------------------------------------------------------------------
// Handles: "@name" and profile URLs, of private persons only.

const PROFILE_URL_PREFIX = /(?:https?:\/\/)?(?:(?:www|m|nl|mobile|web)\.)?$/i;
const PROFILE_URL =
  /(linkedin\.com\/(?:in|pub)|instagram\.com|facebook\.com|fb\.com|tiktok\.com|x\.com|twitter\.com|threads\.net|youtube\.com|snapchat\.com\/add|bsky\.app\/profile)\/(@?[\p{L}\p{N}_.%-]{2,100})(\?id=\d{1,20})?/giu;

/** First path segments that are pages of the site, not someone's profile. */
const NOT_PROFILES = new Set(
  `p reel reels explore stories tv accounts direct groups events pages watch marketplace photo photos photo.php
  share sharer story.php hashtag help login i home search intent settings messages notifications tag discover
  music video status results channel c user playlist shorts company school`.split(/\s+/),
);

const HANDLE_IN_HANDLE_CUE =
  /^(?:juf|juffrouw|meester|meneer|mevrouw|miss|mrs|teacher)(?![a-z]*(?:school|scholen))/;
/** Words in a school or organisation name that do not identify it. */
const GENERIC_NAME_WORDS = new Set(
  `de het t stichting basisschool school obs cbs rkbs pcbs kbs kindcentrum ikc sint st onderwijs scholen groep
  van der den in op aan en`.split(/\s+/),
);

function compact(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bsint\b/g, 'st')
    .replace(/[^a-z0-9]/g, '');
}

/** Spellings of the configured organisation and schools as they appear in handles. */
const variantsByProfile = new WeakMap<Context['profile'], { long: string[]; short: Set<string> }>();

function profileVariants(ctx: Context): { long: string[]; short: Set<string> } {
  // Once per profile (it is the same object from check to check), not once per check.
  const cached = variantsByProfile.get(ctx.profile);
  if (cached) return cached;
  const computed = (() => {
    const names = profileNames(ctx.profile);
    const long = new Set<string>();
    const short = new Set<string>();
    for (const name of names) {
      const words = name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .split(/[^a-z0-9']+/)
        .filter(Boolean);
      const add = (v: string) => (v.length >= 4 ? long.add(v) : v.length >= 2 && short.add(v));
      add(compact(name));
      add(compact(words.filter((w) => !GENERIC_NAME_WORDS.has(w)).join(' ')));
      for (const word of words) if (word.length >= 5 && !GENERIC_NAME_WORDS.has(word)) add(compact(word));
    }
    return { long: [...long], short };
  })();
  variantsByProfile.set(ctx.profile, computed);
  return computed;
}

/** A handle's parts: split at dots, underscores, hyphens, digits and lower-to-upper case changes. */
function handleParts(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

function looksLikeOrganisation(ctx: Context, name: string): boolean {
  const flat = compact(name);
  const parts = handleParts(name);
  const { long, short } = profileVariants(ctx);
  if (long.some((v) => flat.includes(v)) || parts.some((p) => short.has(p))) return true;
  if (ORG_WORDS_ANYWHERE.some((w) => flat.includes(w))) return true;
  if (parts.some((p) => ORG_WORDS_PART.has(p))) return true;
  // "@obsregenboog", "@bsdezonnewijzer", "@kcdebrug": a school type before the school's name.
  if (
    /^(?:obs|cbs|rkbs|pcbs|ikc|sbo|bso|kdv|sbs|ibs)[a-z]{3}|^(?:bs|kc|so|vso)(?:de|het|t|st)[a-z]{3}/.test(
      flat,
    )
  )
    return true;
  // "@NOSnl", "@rtl_nl": a Dutch outlet's country suffix.
  if (/(?:[A-Z]|[._-])nl$|[a-z._-]NL$/.test(name)) return true;
  // "@NOS", "@KNVB": an acronym.
  return /^[A-Z]{2,8}$/.test(name.replace(/[._\d]/g, ''));
}

/** Whether a private-person cue stands near the span ("mijn neef", "collega", "volg haar"). */
function privateCueNear(ctx: Context, span: Span): boolean {
  const near = ctx.lower.slice(Math.max(0, span.start - 60), Math.min(ctx.lower.length, span.end + 40));
  return (near.match(/[\p{L}']+/gu) ?? []).some((w) => PRIVATE_CUES.has(w));
}

function isPrivateHandle(ctx: Context, name: string, span: Span): boolean {
  const bare = name.replace(/^@/, '');
  if (HANDLE_IN_HANDLE_CUE.test(bare.toLowerCase())) return true;
  if (looksLikeOrganisation(ctx, bare)) return false;
  // "@Max33Verstappen", "@MarkRutte": CamelCase handles are mostly public accounts; a private person's
  // handle of that shape counts when the post says who they are to the author.
  if (/[a-z0-9][A-Z]/.test(bare)) return privateCueNear(ctx, span);
  // "@Feyenoord", "@bol", "@Jumbo": one plain word that is no first name is a club's, shop's or brand's.
  const lower = bare.toLowerCase();
  if (/^[A-Za-z]+$/.test(bare) && !FIRST_NAMES.has(lower) && (/^[A-Z]/.test(bare) || isCommonWord(lower)))
    return privateCueNear(ctx, span);
  return true;
}

function findHandles(ctx: Context): Span[] {
  const { text } = ctx;
  const emails = findEmails(ctx);
  const spans: Span[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (isWordChar(text[at - 1]) || text[at - 1] === '.' || text[at - 1] === '/') continue;
    let end = at + 1;
    while (end - at <= 30 && /[A-Za-z0-9._]/.test(text[end] ?? '')) end++;
    while (end > at + 1 && text[end - 1] === '.') end--;
    const name = text.slice(at + 1, end);
    if (name.length < 2 || !/[A-Za-z]/.test(name) || end - at > 31) continue;
    if (text[end] === '@' || LETTER.test(text[end] ?? '')) continue;
    if (/\.(?:com|nl|org|net|be|de|eu|io|co|uk|fr|info)$/i.test(name)) continue;
    // "@home", "@iedereen"; "@juf" or "@mama" is a mention of a role, not an account.
    if (AT_WORDS.has(name.toLowerCase()) || PRIVATE_CUES.has(name.toLowerCase())) continue;
    const span = { start: at, end };
    if (emails.some((e) => overlaps(e, span))) continue;
    if (isPrivateHandle(ctx, name, span)) spans.push(span);
  }
  if (!/\.(?:com|net|app)\//.test(ctx.lower)) return spans;
  for (const match of text.matchAll(PROFILE_URL)) {
    const site = (match[1] ?? '').toLowerCase();
    let slug = match[2] ?? '';
    while (slug.endsWith('.')) slug = slug.slice(0, -1);
    if (NOT_PROFILES.has(slug.toLowerCase())) continue;
    if ((site.startsWith('tiktok') || site.startsWith('youtube')) && !slug.startsWith('@')) continue;
    let end = match.index + match[0].length;
    while (text[end - 1] === '.') end--;
    const prefix = PROFILE_URL_PREFIX.exec(text.slice(Math.max(0, match.index - 16), match.index))?.[0] ?? '';
    const start = match.index - prefix.length;
    const before = text[start - 1];
    if (isWordChar(before) || (before !== undefined && './@-'.includes(before))) continue;
    const span = { start, end };
    const name = slug === 'profile.php' ? 'profile' : slug.replace(/^@/, '');
    if (isPrivateHandle(ctx, name, span)) spans.push(span);
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------------
// IBAN: country code, check digits, groups of four; mod-97 and the country's length decide.

const IBAN_CANDIDATE =
  /(?<![\p{L}\p{N}])[A-Za-z]{2} ?\d{2}[ -]?[A-Za-z0-9]{4}(?:[ -]?[A-Za-z0-9]{4}){1,7}(?:[ -]?[A-Za-z0-9]{1,3})?/gu;

export function ibanChecksumOk(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

function findIbans(ctx: Context): Span[] {
  const spans: Span[] = [];
  for (const match of ctx.text.matchAll(IBAN_CANDIDATE)) {
    const raw = match[0];
    const country = raw.slice(0, 2).toUpperCase();
    const length = IBAN_LENGTHS.get(country);
    if (length === undefined) continue;
    let iban = '';
    let end = match.index;
    for (let i = 0; i < raw.length && iban.length < length; i++) {
      if (raw[i] === ' ' || raw[i] === '-') continue;
      iban += (raw[i] ?? '').toUpperCase();
      end = match.index + i + 1;
    }
    if (iban.length !== length || isWordChar(ctx.text[end])) continue;
    if (country === 'NL' && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(iban)) continue;
    if (ibanChecksumOk(iban)) spans.push({ start: match.index, end });
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------------
// Phone numbers: runs of digits and separators, split into groups, checked against number plans.

const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}_@#+=/])(?<!\d[.-])(?:\+ ?|\( ?)?\d(?:\d|[ ./-]{1,3}(?=[\d(])|\( ?0 ?\) ?|\( ?(?=\d)|\) ?)*/gu;

interface Group {
  digits: string;
  start: number;
  end: number;
  /** The separator text before this group. */
  before: string;
}

const TRUNK = /\( ?0 ?\)/y;

/** Splits a candidate into digit groups; "(0)" after a country code is a dropped trunk prefix. */
function phoneGroups(candidate: string, offset: number): { groups: Group[]; plus: boolean } {
  const groups: Group[] = [];
  const plus = candidate.startsWith('+');
  let i = 0;
  let before = '';
  while (i < candidate.length) {
    const char = candidate[i] ?? '';
    if (isDigit(char)) {
      const start = i;
      while (isDigit(candidate[i])) i++;
      groups.push({ digits: candidate.slice(start, i), start: offset + start, end: offset + i, before });
      before = '';
    } else {
      TRUNK.lastIndex = i;
      const trunk = char === '(' ? TRUNK.exec(candidate) : null;
      if (trunk && plus && groups.length > 0) {
        before += trunk[0];
        i += trunk[0].length;
      } else {
        before += char;
        i++;
      }
    }
  }
  return { groups, plus };
}

const DATE_SEPARATOR = /^[-./]$/;

function isPhone(
  groups: Group[],
  all: string,
  counts: number[],
  i: number,
  j: number,
  plus: boolean,
): boolean {
  // Cheap tests on the digit count and the first digits before building anything.
  const from = counts[i] ?? 0;
  const total = (counts[j + 1] ?? 0) - from;
  const international = plus && i === 0;
  if (international) {
    if (total < 8 || total > 15) return false;
  } else if (all[from] !== '0') {
    return false;
  } else if (all[from + 1] === '0') {
    if (total < 10 || total > 17 || all[from + 2] === '0') return false;
  } else if (total !== 10 && total !== 8 && total !== 11) {
    return false;
  }
  const digits = all.slice(from, from + total);
  const range = groups.slice(i, j + 1);
  const first = range[0]?.digits ?? '';
  const single = range.length === 1;
  const allOnes = range.length >= 8 && range.every((g) => g.digits.length === 1);
  if (international) return internationalOk(digits, single || first.length <= 3);
  if (digits[1] === '0')
    return internationalOk(digits.slice(2), single || (first.length >= 2 && first.length <= 5));
  if (!single && !allOnes) {
    if (first.length < 2 || first.length > 4) return false;
    if (first.length === 2 && first !== '06') return false;
    // "06-11-2017 10" is a date and a time, not a number.
    const [a, b, c] = range;
    if (
      a &&
      b &&
      c &&
      Number(a.digits) <= 31 &&
      b.digits.length <= 2 &&
      Number(b.digits) <= 12 &&
      c.digits.length === 4 &&
      DATE_SEPARATOR.test(b.before.trim()) &&
      b.before === c.before
    ) {
      return false;
    }
  }
  if (digits.length === 10) return true;
  return /^09(?:00|06|09)|^0800/.test(digits) && (digits.length === 8 || digits.length === 11);
}

function internationalOk(digits: string, groupingOk: boolean): boolean {
  if (!groupingOk || digits[0] === '0') return false;
  if (digits.startsWith('31')) {
    let rest = digits.slice(2);
    if (rest.startsWith('0')) rest = rest.slice(1);
    if (rest.length === 9 && rest[0] !== '0') return true;
    return /^(?:800|90[069])/.test(rest) && (rest.length === 7 || rest.length === 10);
  }
  return digits.length >= 8 && digits.length <= 15;
}

function findPhones(ctx: Context): Span[] {
  const { text } = ctx;
  const spans: Span[] = [];
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const { groups, plus } = phoneGroups(match[0], match.index);
    const counts = [0];
    for (const g of groups) counts.push((counts[counts.length - 1] ?? 0) + g.digits.length);
    const all = groups.map((g) => g.digits).join('');
    let i = 0;
    while (i < groups.length) {
      const group = groups[i];
      if (group === undefined) break;
      // A number starts the candidate or follows a space or slash ("… / 06-…"), never a dot or dash
      // inside another number ("06.06.2024 07.30").
      const canStart =
        (i === 0 && plus) || (group.digits.startsWith('0') && (i === 0 || /[ /]/.test(group.before)));
      let found = -1;
      if (canStart) {
        for (let j = Math.min(groups.length - 1, i + 11); j >= i; j--) {
          if (isPhone(groups, all, counts, i, j, plus)) {
            found = j;
            break;
          }
        }
      }
      const last = groups[found];
      if (found < 0 || last === undefined) {
        i++;
        continue;
      }
      let start = group.start;
      const closed = /^ ?\)/.test(groups[1]?.before ?? '');
      if (i === 0 && (plus || (match[0].startsWith('(') && closed))) start = match.index;
      // "(+31) 6 …"
      if (i === 0 && plus && closed && text[match.index - 1] === '(') start = match.index - 1;
      const span = { start, end: last.end };
      i = found + 1;
      // "van 0900-1000 uur" is a time range.
      if (/^ ?(?:uur|u|h|hrs|hours)\b/.test(ctx.lower.slice(span.end, span.end + 7))) continue;
      if (afterReferenceLabel(ctx, start) || afterIbanPrefix(ctx, start) || insideUrl(ctx, span)) continue;
      if (ctx.isClaimed(span, ['email', 'handle', 'iban'])) continue;
      spans.push(span);
    }
  }
  // A WhatsApp link carries the number itself: "wa.me/31612345678".
  for (const match of ctx.lower.matchAll(WHATSAPP_LINK)) {
    const digits = match[1] ?? '';
    if (!internationalOk(digits, true)) continue;
    const start = match.index + match[0].length - digits.length;
    spans.push({ start, end: start + digits.length });
  }
  return spans;
}

const WHATSAPP_LINK = /(?:wa\.me\/|whatsapp\.com\/send\/?\?phone=)\+?(\d{8,15})(?!\d)/g;

// ---------------------------------------------------------------------------------------------------
// BSN: nine digits (also "1234.56.789", "123 456 789") that pass the 11-proef.

const BSN_CANDIDATE =
  /(?<![\p{L}\p{N}_@#+€$/])(?<!\d[ .,-])(?:\d{9}|\d{2,4}([ .-])\d{2,4}(?:\1\d{2,4}){1,3})(?!\p{N}|[.,-]\d)/gu;

export function elevenProof(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum !== 0 && sum % 11 === 0;
}

function findBsns(ctx: Context): Span[] {
  const spans: Span[] = [];
  for (const match of ctx.text.matchAll(BSN_CANDIDATE)) {
    const raw = match[0];
    const separator = match[1];
    const next = match.index + raw.length;
    // "123 456 789 012" goes on: not a BSN.
    if (separator && ctx.text[next] === separator && isDigit(ctx.text[next + 1])) continue;
    const digits = raw.replace(/[ .-]/g, '');
    if (!elevenProof(digits)) continue;
    const span = { start: match.index, end: match.index + raw.length };
    const after = ctx.lower.slice(span.end, span.end + 6);
    if (
      /^ ?(?:euro|eur\b|%)/.test(after) ||
      /€ ?$/.test(ctx.text.slice(Math.max(0, span.start - 2), span.start))
    ) {
      continue;
    }
    if (afterReferenceLabel(ctx, span.start) || afterIbanPrefix(ctx, span.start) || insideUrl(ctx, span))
      continue;
    if (ctx.isClaimed(span, ['email', 'handle', 'iban', 'phone'])) continue;
    spans.push(span);
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------------
// Addresses: a street name ending in a street suffix (or "Laan van …") followed by a house number.

const HOUSE_NUMBER =
  /^ {1,2}(?:nr\.? ?|no\.? ?)?(\d{1,4})(?:-?[A-Za-wyz](?![\p{L}\p{N}])| [A-Z](?![\p{L}\p{N}])|-(?:\d{1,4}|[A-Za-z]{1,3})(?![\p{L}\p{N}])|\/\d{1,3}(?!\p{N}))?(?!\p{N}|[:.,]\d| ?%)/u;
/** Words after a number that make it a quantity, time or date rather than a house number. */
const NOT_AFTER_HOUSE_NUMBER = new Set([
  ...`uur u min minuten km meter m jaar keer x euro kinderen leerlingen personen mensen dagen weken maanden
    procent punten graden kilo kg cm groepen klassen lokalen plekken plaatsen stuks ouders jongens meisjes
    teams rondes jaren seconden liter cent pagina pagina's boeken tegen straten hours years times minutes
    days weeks months people children kids km/u jarige jarigen`.split(/\s+/),
  ...MONTH_NUMBER.keys(),
]);

const LEFT_PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  't',
  'ter',
  'ten',
  'te',
  'la',
  'le',
  'du',
  'des',
  's',
]);

function separatedBySpace(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && text[a.end] === ' ';
}

function streetSuffixOf(token: Token): string | undefined {
  if (NOT_STREETS.has(token.lower)) return undefined;
  for (const suffix of STREET_SUFFIXES) {
    if (token.lower.length >= suffix.length + 2 && token.lower.endsWith(suffix)) return suffix;
  }
  return undefined;
}

/** The first token of a street name that ends at token k. */
function streetStartToken(ctx: Context, k: number): number {
  const { tokens, text } = ctx;
  let first = k;
  for (let m = k - 1; m >= 0 && k - m <= 4; m--) {
    const token = tokens[m];
    const next = tokens[m + 1];
    if (!token || !next || !separatedBySpace(text, token, next)) break;
    if (LEFT_PARTICLES.has(token.lower)) {
      first = m;
      continue;
    }
    if (token.capitalized && (!token.sentenceStart || STREET_PREFIXES.has(token.lower))) {
      first = m;
      continue;
    }
    break;
  }
  while (first < k && !tokens[first]?.capitalized) first++;
  return first;
}

function findAddresses(ctx: Context): Span[] {
  return ctx.memo('structured.addresses', () => {
    const { tokens, text } = ctx;
    const schoolNames = profileVariants(ctx).long;
    const spans: Span[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k];
      if (!token) continue;
      const after = text[token.end + 1];
      const numberNext =
        isDigit(after) || after === 'n' || after === 'N' || (after === ' ' && isDigit(text[token.end + 2]));
      if (!numberNext && !(token.capitalized && LEADING_STREET_WORDS.has(token.lower))) continue;
      let first = -1;
      let last = k;
      const suffix = streetSuffixOf(token);
      const previous = tokens[k - 1];
      if (suffix && (token.capitalized || STRONG_SUFFIXES.has(suffix))) {
        first = token.capitalized ? streetStartToken(ctx, k) : k;
      } else if (
        token.capitalized &&
        STANDALONE_STREETS.has(token.lower) &&
        previous?.capitalized &&
        STREET_ADJECTIVES.has(previous.lower) &&
        separatedBySpace(text, previous, token)
      ) {
        first = streetStartToken(ctx, k - 1);
      } else if (token.capitalized && LEADING_STREET_WORDS.has(token.lower)) {
        // "Laan van Meerdervoort 120-B", "Weg naar Zee 3"
        const particle = tokens[k + 1];
        if (!particle || !STREET_PARTICLES.has(particle.lower) || !separatedBySpace(text, token, particle))
          continue;
        for (let m = k + 1; m < tokens.length && m <= k + 6; m++) {
          const word = tokens[m];
          const before = tokens[m - 1];
          if (!word || !before || !separatedBySpace(text, before, word)) break;
          if (word.capitalized && !STREET_PARTICLES.has(word.lower)) last = m;
          else if (!STREET_PARTICLES.has(word.lower)) break;
        }
        if (last > k) first = k;
      }
      const lastToken = tokens[last];
      if (first < 0 || !lastToken) continue;
      const number = HOUSE_NUMBER.exec(text.slice(lastToken.end, lastToken.end + 16));
      if (!number) continue;
      const end = lastToken.end + number[0].length;
      const nextWord = /^[ ,]*([\p{L}%]+)/u.exec(ctx.lower.slice(end, end + 16))?.[1];
      if (nextWord !== undefined && number[0].trim() === number[1] && NOT_AFTER_HOUSE_NUMBER.has(nextWord))
        continue;
      // "Sportpark 2025", "Hemelvaart 2026": a year, not a house number.
      if (/^(?:19|20)\d\d$/.test(number[1] ?? '')) continue;
      const start = tokens[first]?.start ?? token.start;
      const street = compact(text.slice(start, lastToken.end));
      if (schoolNames.some((name) => name === street)) continue;
      spans.push({ start, end });
      k = last;
    }
    return spans;
  });
}

// ---------------------------------------------------------------------------------------------------
// Postcodes: "1234 AB" / "1234AB"; ambiguous letters (units, words after a year) need an address or a
// place name next to them.

const POSTCODE_CANDIDATE = /(?<![\p{L}\p{N}_@#.,€/-])([1-9]\d{3}) ?([A-Za-z]{2})(?![\p{L}\p{N}])/gu;

function findPostcodes(ctx: Context): Span[] {
  const { text } = ctx;
  const addresses = findAddresses(ctx);
  const spans: Span[] = [];
  for (const match of text.matchAll(POSTCODE_CANDIDATE)) {
    const digits = match[1] ?? '';
    const letters = match[2] ?? '';
    const upper = letters.toUpperCase();
    if (upper === 'SA' || upper === 'SD' || upper === 'SS') continue;
    const span = { start: match.index, end: match.index + match[0].length };
    if (ctx.isClaimed(span, ['email', 'handle', 'iban', 'phone', 'bsn'])) continue;
    const ambiguous = UNIT_LETTERS.has(upper) || TWO_LETTER_WORDS.has(upper);
    if (letters === upper && !ambiguous) {
      spans.push(span);
      continue;
    }
    const afterAddress = addresses.some(
      (a) => a.end <= span.start && /^[ ,]*$/.test(text.slice(a.end, span.start)),
    );
    const labelled = /postcode\b[^.\n]{0,12}$/i.test(text.slice(Math.max(0, span.start - 24), span.start));
    const placeAfter = /^,? ?\p{Lu}\p{Ll}/u.test(text.slice(span.end, span.end + 4));
    const strong = afterAddress || labelled;
    const year = Number(digits) >= 1900 && Number(digits) <= 2099;
    if (letters !== upper) {
      // "1234 ab" next to an address, a label or a place name, or written as one word ("1234ab");
      // "2018 in Den Haag" is a year and a word.
      const glued = match[0].length === 6;
      if (!(strong || (!ambiguous && (placeAfter || glued || !year)))) continue;
    } else if (
      (UNIT_LETTERS.has(upper) || (year && TWO_LETTER_WORDS.has(upper))) &&
      !(strong || placeAfter)
    ) {
      continue;
    }
    // In a shouted sentence ("WE GAAN IN 2025 OP REIS") two capitals are just a word.
    if (!strong && !placeAfter && /\p{Lu}{2,} $/u.test(text.slice(Math.max(0, span.start - 6), span.start))) {
      continue;
    }
    spans.push(span);
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------------
// Dates of birth: a date near a word that presents it as one.

const NUMERIC_DATE =
  /(?<![\p{L}\p{N}./-])(?:(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2})|(\d{4})-(\d{1,2})-(\d{1,2}))(?!\p{N}|[-./]\d)/gu;
const TEXT_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,2})(?:e|ste|de|st|nd|rd|th)? (?:of )?(${MONTH_PATTERN})\\.?(?:,? (\\d{4}))?` +
    `|(${MONTH_PATTERN})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?|(${MONTH_PATTERN}) (\\d{4}))(?![\\p{L}\\p{N}])`,
  'gu',
);
const BIRTH_CUE =
  /(?<![\p{L}\p{N}])(°|geboortedatum|geboortedag|geboorte|geboren(?: op)?|geb\.?|date of birth|birth ?date|born(?: on)?|d\.o\.b\.?|dob|verjaardag|jarig|birthday|bday)(?!\p{L})/gu;

/** Words before a date that make it a start, end or appointment date ("vanaf 1 september"). */
const START_DATE_WORDS = new Set([
  'vanaf',
  'per',
  'tot',
  'sinds',
  'until',
  'from',
  'since',
  'deadline',
  'uiterlijk',
]);

interface DateSpan extends Span {
  /** The year as written (four digits, or two digits read as 19xx/20xx). */
  year: number | undefined;
}

const THIS_YEAR = new Date().getFullYear();

function fullYear(year: string | undefined): number | undefined {
  if (year === undefined) return undefined;
  const value = Number(year);
  if (year.length === 4) return value;
  return value <= THIS_YEAR % 100 ? 2000 + value : 1900 + value;
}

function validDate(day: number, month: number, year: string | undefined): boolean {
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  if (year === undefined || year.length === 2) return true;
  const y = Number(year);
  return y >= 1900 && y <= 2099;
}

/** Dates in `lower` between `from` and `to`. */
function findDates(lower: string, from: number, to: number): DateSpan[] {
  const piece = lower.slice(from, to);
  const dates: DateSpan[] = [];
  for (const m of piece.matchAll(NUMERIC_DATE)) {
    const ok = m[1]
      ? validDate(Number(m[1]), Number(m[3]), m[4])
      : validDate(Number(m[7]), Number(m[6]), m[5]);
    if (ok)
      dates.push({ start: from + m.index, end: from + m.index + m[0].length, year: fullYear(m[4] ?? m[5]) });
  }
  for (const m of piece.matchAll(TEXT_DATE)) {
    const month = MONTH_NUMBER.get(m[2] ?? m[4] ?? m[7] ?? '') ?? 0;
    const day = m[1] ?? m[5];
    const year = m[3] ?? m[6] ?? m[8];
    if (day === undefined ? !validDate(1, month, year) : !validDate(Number(day), month, year)) continue;
    // A full stop after the month ends the sentence, unless it abbreviates ("3 jan. 2019").
    const length = m[0].endsWith('.') ? m[0].length - 1 : m[0].length;
    dates.push({ start: from + m.index, end: from + m.index + length, year: fullYear(year) });
  }
  return dates;
}

/** How far from a cue a date may stand (characters between them). */
const REACH = 80;

function findBirthdates(ctx: Context): Span[] {
  const { lower } = ctx;
  if (!/geb|born|birth|dob|d\.o\.b|jarig|verjaardag|bday|°/.test(lower)) return [];
  const cues = [...lower.matchAll(BIRTH_CUE)];
  // Dates are only sought near a cue: windows around the cues, merged.
  const dates: DateSpan[] = [];
  let windowStart = -1;
  let windowEnd = -1;
  const margin = REACH + 30;
  for (const cue of [...cues, undefined]) {
    const start = cue ? Math.max(0, cue.index - margin) : Number.POSITIVE_INFINITY;
    if (start > windowEnd) {
      if (windowEnd > windowStart) dates.push(...findDates(lower, windowStart, windowEnd));
      windowStart = start;
    }
    if (cue) windowEnd = Math.min(lower.length, cue.index + cue[0].length + margin);
  }
  const usable = dates
    .filter((d) => !ctx.isClaimed(d, ['phone', 'bsn', 'iban']))
    .sort((a, b) => a.start - b.start);
  if (usable.length === 0) return [];
  const chosen = new Set<DateSpan>();
  let from = 0;
  for (const cue of cues) {
    const word = (cue[1] ?? '').replace(/ +/g, ' ');
    const cueSpan = { start: cue.index, end: cue.index + cue[0].length };
    // "Geboren: Fenne, 3 maart 2025" uses the verb as a label.
    const labelled = /^ ?:/.test(lower.slice(cueSpan.end, cueSpan.end + 2));
    const kind = labelled
      ? 'label'
      : (BIRTH_CUES.get(word) ?? BIRTH_CUES.get(word.replace(' ', '')) ?? 'label');
    let best: DateSpan | undefined;
    let bestGap = Number.POSITIVE_INFINITY;
    while (from < usable.length && (usable[from]?.end ?? 0) < cueSpan.start - REACH) from++;
    for (let d = from; d < usable.length; d++) {
      const date = usable[d];
      if (!date || date.start > cueSpan.end + REACH) break;
      // "verjaardag … 12 mei 1985" is a date of birth; "jarig op 12 mei" or "… 12 mei 2031" is a party.
      if (kind === 'anniversary' && !(date.year !== undefined && date.year < THIS_YEAR)) continue;
      const after = date.start >= cueSpan.end;
      if (!after && date.end > cueSpan.start) continue;
      const distance = after ? date.start - cueSpan.end : cueSpan.start - date.end;
      const reach = kind === 'label' ? (after ? 30 : 15) : kind === 'verb' ? 70 : 50;
      if (distance > reach || distance >= bestGap) continue;
      const gapText = after ? lower.slice(cueSpan.end, date.start) : lower.slice(date.end, cueSpan.start);
      // "geboren in 2018 … op 21 juni": the birth is already given as a year.
      if (crossesSentence(gapText) || /(?<!\d)(?:19|20)\d\d(?!\d)/.test(gapText)) continue;
      if ((gapText.match(/\p{L}+/gu) ?? []).some((w) => OTHER_EVENT_WORDS.has(w))) continue;
      // "Vanaf 1 september start hij in groep 3, hij is geboren in Utrecht": another clause, a start date.
      if (kind !== 'label' && /[\p{L}\p{N}]/u.test(gapText) && /[,;]|:(?!\d)/.test(gapText)) continue;
      if (START_DATE_WORDS.has(wordsBefore(ctx.lower, date.start, 1)[0] ?? '')) continue;
      const gap = gapText.length + (after ? 0 : 0.5);
      if (gap < bestGap) {
        best = date;
        bestGap = gap;
      }
    }
    if (best) chosen.add(best);
  }
  return [...chosen].map(({ start, end }) => ({ start, end }));
}

// ---------------------------------------------------------------------------------------------------
// Dutch licence plates (kentekens), sidecodes 1-14; plates have no vowels, C or Q.

const P = '[BDFGHJKLMNPRSTVXZ]';
const SIDECODES = new RegExp(
  `^(?:${[
    `${P}{2}-\\d{2}-\\d{2}`,
    `\\d{2}-\\d{2}-${P}{2}`,
    `\\d{2}-${P}{2}-\\d{2}`,
    `${P}{2}-\\d{2}-${P}{2}`,
    `${P}{2}-${P}{2}-\\d{2}`,
    `\\d{2}-${P}{2}-${P}{2}`,
    `\\d{2}-${P}{3}-\\d`,
    `\\d-${P}{3}-\\d{2}`,
    `${P}{2}-\\d{3}-${P}`,
    `${P}-\\d{3}-${P}{2}`,
    `${P}{3}-\\d{2}-${P}`,
    `${P}-\\d{2}-${P}{3}`,
    `\\d-${P}{2}-\\d{3}`,
    `\\d{3}-${P}{2}-\\d`,
  ].join('|')})$`,
);
/** Three dash-separated runs of capitals and digits; the sidecodes decide. */
const PLATE_CANDIDATE = /[A-Z\d]{1,3}-[A-Z\d]{2,3}-[A-Z\d]{1,3}/g;

function findLicensePlates(ctx: Context): Span[] {
  const spans: Span[] = [];
  if (!ctx.text.includes('-')) return spans;
  for (const m of ctx.text.matchAll(PLATE_CANDIDATE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const before = ctx.text[span.start - 1];
    const after = ctx.text.slice(span.end, span.end + 2);
    if (isWordChar(before) || before === '-' || /^(?:[\p{L}\p{N}]|-[\p{L}\p{N}])/u.test(after)) continue;
    if (!SIDECODES.test(m[0])) continue;
    if (!ctx.isClaimed(span)) spans.push(span);
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------------
// The rules, in the order they run: later ones skip what earlier ones claimed.

export const STRUCTURED_RULES: Rule[] = [
  {
    id: 'pii.email',
    type: 'email',
    article: 'A2',
    severity: 'medium',
    message: {
      nl: 'Een e-mailadres is een persoonsgegeven. Laat het weg, of deel het alleen als de eigenaar dat goed vindt.',
      en: 'An e-mail address is personal data. Leave it out, or share it only if its owner agrees.',
    },
    examples: {
      flag: [
        'Mail de foto’s naar «t.dekker@voorbeeldmail.nl», dan zet ik ze in het album.',
        'Vragen? «administratie@horizon-onderwijs.nl» of de balie.',
        'Zijn adres is «k.vos [at] mailtje [dot] nl» hoor',
        'Contact: «Anna.Smit+school@example.com».',
      ],
      pass: [
        'Mail me maar, je weet mijn adres 😉',
        'We zien elkaar @ 14:00 bij het hek',
        'Volg ons op @HorizonOnderwijs!',
        'Het wachtwoord bevat een @ en een punt.',
      ],
    },
    find: findEmails,
  },
  {
    id: 'pii.handle',
    type: 'handle',
    article: 'A2',
    severity: 'medium',
    message: {
      nl: 'Dit lijkt het account of profiel van een privépersoon. Daarmee is die persoon te vinden; noem het alleen met toestemming.',
      en: "This looks like a private person's account or profile. It makes them easy to find; only mention it with their consent.",
    },
    examples: {
      flag: [
        'Volg mijn collega «@meester.tom.leest» voor leestips 📚',
        'Ken je hem? «instagram.com/sanne_tekent» is echt de moeite waard',
        'Dit is de nieuwe stagiair: «https://www.linkedin.com/in/joris-van-dam-1998»',
        'Wie heeft die foto van «@lotte_vb04» gedeeld?',
        'Mijn zus («@EvaDeGroot») heeft de taarten gebakken!',
      ],
      pass: [
        'Trots op ons team! @HorizonOnderwijs #SHO',
        'Mooie dag op de Ankerschool @AnkerSchool_',
        'Geweldige uitzending van @NOSnl vanavond',
        'Dank @gemeente_voorbeeld voor de nieuwe speeltoestellen',
        'Mail naar info@horizon-onderwijs.nl',
        'Ik ben @home vandaag, bel maar',
        'Wat een race van @MaxRacer33 weer!',
        'Gefeliciteerd @Feyenoord met de beker, en @bol: waar blijft mijn pakketje?',
      ],
    },
    find: findHandles,
  },
  {
    id: 'pii.iban',
    type: 'iban',
    article: 'A2',
    severity: 'high',
    message: {
      nl: 'Een rekeningnummer (IBAN) is een persoonsgegeven. Deel het liever via een besloten kanaal.',
      en: 'A bank account number (IBAN) is personal data. Better share it through a private channel.',
    },
    examples: {
      flag: [
        'Graag €12,50 overmaken op «NL91 ABNA 0417 1643 00» t.n.v. de ouderraad.',
        'Mijn rekening: «nl91abna0417164300»',
        'Voor de Duitse gastgezinnen: «DE89 3704 0044 0532 0130 00».',
      ],
      pass: [
        'Overmaken op NL91 ABNA 0417 1643 01 kan niet, dat nummer klopt niet.',
        'De bijdrage is € 25,- per kind, graag voor 1 mei.',
        'Lokaal NL12 is verhuisd naar de tweede verdieping.',
      ],
    },
    find: findIbans,
  },
  {
    id: 'pii.phone',
    type: 'phone',
    article: 'A2',
    severity: 'high',
    message: {
      nl: 'Een telefoonnummer is een persoonsgegeven. Deel het liever in een privébericht, en alleen met toestemming.',
      en: 'A phone number is personal data. Better share it in a private message, and only with consent.',
    },
    examples: {
      flag: [
        'Bel me gerust: «06-12345678».',
        'Haar nummer is «06 12 34 56 78», ze verwacht je telefoontje.',
        'Bereikbaar via «(06) 1234 5678» of op school «020-555 12 34».',
        'Mijn Engelse collega: «+44 20 7946 0958»',
        'Vanuit het buitenland: «+31 (0)6 1234 5678» of «0031 6 12345678»',
        'Gratis informatielijn «0800-1234».',
        'Nummer: «\uFF10\uFF16-\uFF11\uFF12\uFF13\uFF14\u200B\uFF15\uFF16\uFF17\uFF18»',
      ],
      pass: [
        'Schooljaar 2025-2026 begint op 1 september.',
        'De les begint om 08:30 en duurt tot 14:30.',
        'Geboren op 01-02-2019, nu al zes!',
        'Kosten € 0,50 per kopie, bestelnummer 0612345678.',
        'ISBN 0-306-40615-2 is het nieuwe leesboek.',
        'Onze postcode is 1234 AB en het BSN 111222333 klopt niet.',
      ],
    },
    find: findPhones,
  },
  {
    id: 'pii.bsn',
    type: 'bsn',
    article: 'A2',
    severity: 'high',
    message: {
      nl: 'Dit lijkt een burgerservicenummer (BSN). Een BSN hoort nooit in een bericht op sociale media.',
      en: 'This looks like a citizen service number (BSN). A BSN never belongs in a social-media post.',
    },
    examples: {
      flag: [
        'Het BSN van de nieuwe leerling is «111222333».',
        'Op het formulier staat «1112.22.333».',
        'bsn: «123 456 782»',
        'BSN «123.456.782» klopt dat?',
      ],
      pass: [
        'Het BSN 123456789 klopt niet, kun je het navragen?',
        'Ordernummer 111222333 is verzonden.',
        'Bel me op 06 1112 2233 als er iets is.',
        'Kenmerk 123.456.782 staat op de brief.',
      ],
    },
    find: findBsns,
  },
  {
    id: 'pii.address',
    type: 'address',
    article: 'A2',
    severity: 'high',
    message: {
      nl: 'Dit lijkt een adres (straat en huisnummer). Een adres maakt iemand vindbaar; deel het alleen als dat nodig is.',
      en: 'This looks like an address (street and house number). An address makes someone easy to find; share it only if needed.',
    },
    examples: {
      flag: [
        'Het feestje is op «Kerkstraat 12», iedereen welkom!',
        'Ze wonen nu op de «Laan van Voorbeeld 120-B».',
        'Pakketje graag afgeven op «Burgemeester de Jonghstraat 3A».',
        'adres: «dorpsstraat 7»',
        'We verzamelen bij «Oude Gracht 44».',
      ],
      pass: [
        'De ouderavond is in lokaal 12.',
        'Groep 7 gaat naar de Kerkstraat om te tekenen.',
        'Bij de school aan de Van Goghstraat is het druk.',
        'De Kerstmarkt 18 december begint om vijf uur.',
        'Schoolplein 2 is het kleine plein achter de gymzaal.',
      ],
    },
    find: findAddresses,
  },
  {
    id: 'pii.postcode',
    type: 'postcode',
    article: 'A2',
    severity: 'medium',
    message: {
      nl: 'Een postcode maakt samen met andere gegevens iemand vindbaar. Laat hem weg als het om een privéadres gaat.',
      en: 'A postcode, together with other details, makes someone easy to find. Leave it out if it is a private address.',
    },
    examples: {
      flag: [
        'Ons nieuwe adres: Dorpsstraat 4, «1234 AB» Ergens.',
        'Zet «5678CD» in je navigatie.',
        'Kerkstraat 12, «1234 ab» Voorbeeld',
      ],
      pass: [
        'Ik heb al 1500 KM gefietst dit jaar!',
        'In 2025 EN 2026 gaan we op kamp.',
        'Het jaar 2024 is voorbij.',
        'In 2019 ga ik verhuizen, in 2020 zo ver weg.',
      ],
    },
    find: findPostcodes,
  },
  {
    id: 'pii.birthdate',
    type: 'birthdate',
    article: 'A2',
    severity: 'high',
    message: {
      nl: 'Een geboortedatum is een persoonsgegeven en maakt iemand goed herkenbaar. Laat hem liever weg.',
      en: 'A date of birth is personal data and makes someone easy to identify. Better leave it out.',
    },
    examples: {
      flag: [
        'Nieuwe leerling: Tim, geb. «04-05-2019», start in groep 1.',
        'Op «12 maart 2024» is ons zoontje geboren 💙',
        'Geboortedatum: «2018-11-30»',
        'Happy birthday to my sister, born «3 January 1990»!',
      ],
      pass: [
        'De schoolfotograaf komt op 18 maart.',
        'Ze is jarig op 12 april en geeft een feestje.',
        'Vanaf 1 september start hij in groep 3, hij is geboren in Utrecht.',
        'Het schooljaar 2025-2026 begint op 01-09-2025.',
      ],
    },
    find: findBirthdates,
  },
  {
    id: 'pii.licenseplate',
    type: 'licenseplate',
    article: 'A2',
    severity: 'medium',
    message: {
      nl: 'Dit lijkt een kenteken. Via een kenteken is de eigenaar te achterhalen; laat het liever weg.',
      en: 'This looks like a licence plate. It can lead to its owner; better leave it out.',
    },
    examples: {
      flag: [
        'Wie staat er met de auto «GV-123-B» voor de uitgang?',
        'Kenteken «12-TBN-3» staat weer op de stoep.',
      ],
      pass: ['Groep 7-8 gaat op 12-03-2025 naar het museum.', 'COVID-19 is gelukkig geen thema meer.'],
    },
    find: findLicensePlates,
  },
];
