/**
 * Does the post already say who writes it (B2/C3: "I work as … at [school]") and that it is a personal
 * opinion (C4)? A role statement needs one of the configured schools or the board (any form
 * `schoolMentions` finds) joined to a job or work phrase; a disclaimer is one of a set of phrase patterns.
 */
import type { Context, Token } from '../context';
import { DISCLAIMER_PHRASES } from '../lexicons/affiliation-disclaimers';
import {
  BE_WORDS,
  FUNCTION_SUFFIXES,
  FUNCTION_WORDS,
  NOT_ROLE_AFTER_AS,
  NOT_STAFF_WORDS,
  OTHER_PERSON_DETERMINERS,
  ROLE_PREPOSITIONS,
  SCHOOL_SUBJECTS,
  VACANCY_WORDS,
  WORK_WORDS,
} from '../lexicons/affiliation-roles';
import { compilePhrases, findPhrases, tokenBefore } from '../phrases';
import type { Rule } from '../rule';
import type { Span } from '../types';
import { type Mention, schoolMentions } from './affiliation';

const SELF = new Set(['ik', 'i', "i'm", "i've", "i'll", "i'd", 'we', 'wij', "we're", "we've", "we'll"]);
const PLURAL_SELF = new Set(['we', 'wij', "we're", "we've", 'ons', 'onze', 'our', 'us']);
const AS_WORDS = new Set(['als', 'as']);
const OWN = new Set(['mijn', "m'n", 'mn', 'my', 'onze', 'our']);
const COLLEAGUE_WORDS = new Set([
  "collega's",
  'collegas',
  'collega',
  'colleagues',
  'colleague',
  'teamgenoten',
  'teamleden',
]);
const ARTICLES = new Set(['a', 'an', 'een', 'the']);
/** A job title after these is someone else ("gesprek met directeur van …", "a letter to the head of …"). */
const OBJECT_PREPOSITIONS = new Set([
  'met',
  'aan',
  'voor',
  'van',
  'bij',
  'naar',
  'door',
  'with',
  'to',
  'from',
  'for',
  'by',
]);
/** Verbs that only state a job with an object: "ik sta voor groep 5", "ik geef les". */
const NEEDS_OBJECT = new Set(['sta', 'geef']);
const WORK_OBJECTS = new Set([
  'groep',
  'group',
  'klas',
  'class',
  'les',
  'lessen',
  'gym',
  'lesson',
  'lessons',
]);
const FILLERS = new Set(['groep', 'group', 'gr', 'en', 'and', '&']);
/** Pupils that only staff call "ours": "onze leerlingen op …", "our pupils at …". */
const OWN_PUPILS = new Set(['leerlingen', 'leerlingetjes', 'kleuters', 'pupils', 'students', 'brugklassers']);
/** One's own class or pupils, said before the school: "mijn groep 5 van …", "my students at …". */
const OWN_CLASS = new Set([
  'groep',
  'klas',
  'klassen',
  'leerlingen',
  'kleuters',
  'mentorklas',
  'brugklassers',
  'class',
  'classes',
  'pupils',
  'students',
]);
const SIGN_OFF_LINE =
  /^[\s\p{So}\p{Sk}\-–—•*(|>]*(?:(?:met\s+)?(?:vriendelijke\s+|hartelijke\s+)?(?:groet(?:en|jes)?|gr|mvg|liefs|cheers|regards|best)[\s,!.]*)?$/iu;
const MAX_BACK = 10;

const functionWordCache = new Map<string, boolean>();

function isFunctionWord(word: string): boolean {
  if (FUNCTION_WORDS.has(word)) return true;
  let known = functionWordCache.get(word);
  if (known === undefined) {
    known = FUNCTION_SUFFIXES.some((suffix) => word.length > suffix.length && word.endsWith(suffix));
    if (functionWordCache.size > 10_000) functionWordCache.clear();
    functionWordCache.set(word, known);
  }
  return known;
}

/** A post naming the school hundreds of times is not a normal post: look at the first few hundred mentions. */
const MAX_MENTIONS = 300;

interface RoleHit extends Span {
  kind: Mention['kind'];
}

/** Role statements in the post (memoised per check). */
function roleStatements(ctx: Context): readonly RoleHit[] {
  return ctx.memo('disclosure.roles', () => {
    const hits: RoleHit[] = [];
    for (const mention of schoolMentions(ctx).slice(0, MAX_MENTIONS)) {
      if (ctx.isClaimed(mention, ['email'])) continue;
      const span = roleBefore(ctx, mention) ?? roleAfter(ctx, mention) ?? signatureAbove(ctx, mention);
      if (!span) continue;
      const last = hits[hits.length - 1];
      if (last && last.end >= span.start && last.kind === mention.kind)
        last.end = Math.max(last.end, span.end);
      else hits.push({ ...span, kind: mention.kind });
    }
    return hits;
  });
}

/** A sentence start that is not just after a colon or semicolon ("Mijn werkplek: De Linde" is one statement). */
function hardStart(ctx: Context, t: number): boolean {
  const { tokens, text } = ctx;
  const token = tokens[t]!;
  if (!token.sentenceStart || t === 0) return token.sentenceStart;
  return /[.!?…\n•→]/u.test(text.slice(tokens[t - 1]!.end, token.start));
}

/** The words before a mention, nearest first, within its sentence and line. */
function wordsBefore(ctx: Context, mention: Mention): Token[] {
  const { tokens, text } = ctx;
  const words: Token[] = [];
  if (hardStart(ctx, mention.firstToken)) return words;
  for (let t = mention.firstToken - 1; t >= 0 && words.length < MAX_BACK; t--) {
    const token = tokens[t]!;
    const nextStart = t + 1 === mention.firstToken ? mention.start : tokens[t + 1]!.start;
    if (text.slice(token.end, nextStart).includes('\n')) break;
    words.push(token);
    if (hardStart(ctx, t)) break;
  }
  return words;
}

function sentenceHasVacancy(ctx: Context, from: number): boolean {
  const { tokens } = ctx;
  let t = from;
  while (t > 0 && t > from - 40 && !hardStart(ctx, t)) t--;
  for (; t < tokens.length && t < from + 30; t++) {
    if (t > from && hardStart(ctx, t)) break;
    if (VACANCY_WORDS.has(tokens[t]!.lower)) return true;
  }
  return false;
}

function roleBefore(ctx: Context, mention: Mention): Span | undefined {
  const { text, tokens } = ctx;
  const words = wordsBefore(ctx, mention);
  const near = words[0];
  const gap = near ? text.slice(near.end, mention.start) : '';
  const lowers = words.map((w) => w.lower);
  const viaPreposition =
    near !== undefined &&
    (ROLE_PREPOSITIONS.has(near.lower) ||
      gap.includes('@') ||
      (['the', 'de', 'het'].includes(near.lower) && ROLE_PREPOSITIONS.has(lowers[1] ?? '')));
  const blockedUpTo = (n: number) => lowers.slice(0, n).some((w) => NOT_STAFF_WORDS.has(w));
  const span = (from: Token): Span => ({ start: from.start, end: mention.end });

  // "mijn school, De Horizon" / "my school (De Horizon)" / "mijn school De Horizon".
  if (
    (mention.prefix === 'school' && ['mijn', "m'n", 'my'].includes(lowers[0] ?? '')) ||
    (['school', 'werk', 'werkplek', 'job', 'workplace'].includes(lowers[0] ?? '') &&
      ['mijn', "m'n", 'my'].includes(lowers[1] ?? ''))
  ) {
    return span(words[mention.prefix === 'school' ? 0 : 1]!);
  }

  if (viaPreposition) {
    // "mijn groep 5 van de #DijkmanSchool", "our pupils at De Ark": one's own class or pupils at the school.
    const own = lowers.findIndex(
      (w, k) =>
        (OWN_CLASS.has(w) && ['mijn', "m'n", 'my'].includes(lowers[k + 1] ?? '')) ||
        (OWN_PUPILS.has(w) && ['onze', 'our'].includes(lowers[k + 1] ?? '')),
    );
    if (own > 0 && own <= 4 && !blockedUpTo(own)) return span(words[own + 1]!);
    // "stage liep bij ons op PCB De Ark": "bij ons op" the school is one's own.
    if (near.lower === 'op' && lowers[1] === 'ons' && lowers[2] === 'bij') return span(words[2]!);
    // The subject left out, as people write: "Werk sinds 2019 bij …", "Werk nu drie jaar met plezier op …"
    // (not the noun: "Werk aan de winkel bij …").
    const opening = words.length - 1;
    if (
      opening >= 1 &&
      opening <= 6 &&
      lowers[opening] === 'werk' &&
      hardStart(ctx, words[opening]!.index) &&
      !['aan', 'in', 'van', 'genoeg', 'zat'].includes(lowers[opening - 1]!) &&
      !blockedUpTo(opening)
    ) {
      return span(words[opening]!);
    }
    // "Werkzaam bij …", "Working at …", "mijn werk op …", "my job at …".
    if (['werkzaam', 'working', 'teaching', 'werkend', 'werkende'].includes(lowers[1] ?? ''))
      return span(words[1]!);
    if (
      ['werk', 'werkplek', 'baan', 'job', 'stage', 'internship', 'stageplek'].includes(lowers[1] ?? '') &&
      ['mijn', "m'n", 'my'].includes(lowers[2] ?? '')
    ) {
      return span(words[2]!);
    }
    // "Als juf van groep 1-2 op …", "as ICT coordinator for our school (part of …)".
    const as = lowers.findIndex((w) => AS_WORDS.has(w));
    if (as > 0 && !NOT_ROLE_AFTER_AS.has(lowers[as - 1]!) && !blockedUpTo(as)) {
      const between = lowers.slice(0, as);
      if (between.length >= 2 || isFunctionWord(between[0]!)) {
        // Start at "Ik werk als …" / "I work as …" when the sentence says so just before.
        const self = lowers.findIndex((w, k) => k > as && k <= as + 3 && SELF.has(w));
        const joined =
          self > 0 &&
          lowers.slice(as + 1, self + 1).some((w) => WORK_WORDS.has(w) || BE_WORDS.has(w) || SELF.has(w));
        return span(words[joined ? self : as]!);
      }
    }
    // "Ik werk (als leerkracht) op …", "I teach group 6 at …", "val ik in op … scholen van …", "we met het hele team van …".
    const self = lowers.findIndex((w) => SELF.has(w));
    if (self > 0 && !blockedUpTo(self + 1)) {
      const between = lowers.slice(0, self + 2);
      const hasFunction = between.some(isFunctionWord);
      const hasObject = between.some((w) => WORK_OBJECTS.has(w));
      const works = between.some(
        (w) => (WORK_WORDS.has(w) || w === 'werken') && (!NEEDS_OBJECT.has(w) || hasObject || hasFunction),
      );
      const is = between.some((w) => BE_WORDS.has(w) || w === 'been');
      const team = PLURAL_SELF.has(lowers[self]!) && between.includes('team');
      // "ik, juf van groep 3 op …" states a job; "ik vind de juf op … geweldig" is about someone else.
      const ownFunction = between.some(
        (w, k) => isFunctionWord(w) && !OTHER_PERSON_DETERMINERS.has(between[k + 1] ?? ''),
      );
      const singular = lowers[self] !== 'we' && lowers[self] !== 'wij';
      if (works || (is && hasFunction) || team || (singular && ownFunction)) {
        const from =
          lowers[self + 1] &&
          between.length > self + 1 &&
          (WORK_WORDS.has(lowers[self + 1]!) || BE_WORDS.has(lowers[self + 1]!))
            ? words[self + 1]!
            : words[self]!;
        return span(from);
      }
    }
    // "Proud to be part of the … team", "onderdeel van het team van …", "ons team van …".
    const part = lowers.findIndex(
      (w, k) =>
        (w === 'part' && lowers[k - 1] === 'of') ||
        (w === 'deel' && (lowers[k - 1] === 'van' || lowers[k - 1] === 'uit')),
    );
    const teamAfter = tokens[mention.lastToken + 1]?.lower === 'team';
    if (
      part > 0 &&
      part <= 3 &&
      (teamAfter || lowers.slice(part).some((w) => SELF.has(w) || w === 'be' || w === 'zijn'))
    ) {
      return { start: words[part]!.start, end: teamAfter ? tokens[mention.lastToken + 1]!.end : mention.end };
    }
    if (
      lowers[1] === 'team' &&
      lowers.some((w) => PLURAL_SELF.has(w) || w === 'mijn' || w === 'my' || w === 'namens')
    )
      return span(words[1]!);
    // "mijn collega's van De Horizon", "my colleagues at De Horizon".
    if (COLLEAGUE_WORDS.has(lowers[1] ?? '') && OWN.has(lowers[2] ?? '')) return span(words[2]!);
  }

  // Short forms: "juf @ De Horizon", "Leerkracht bij De Horizon", "- juf groep 7, #DeHorizon", "(docent bij …)".
  for (let k = 0; k < Math.min(words.length, 5); k++) {
    const word = words[k]!;
    if (isFunctionWord(word.lower) && !['member', 'staff', 'head', 'deputy', 'intern'].includes(word.lower)) {
      // A name right after the title ("juf Anouk, De Horizon") makes it a signature or someone else.
      const name =
        k > 0 &&
        words[k - 1]!.capitalized &&
        !FILLERS.has(lowers[k - 1]!) &&
        !SCHOOL_SUBJECTS.has(lowers[k - 1]!) &&
        !ROLE_PREPOSITIONS.has(lowers[k - 1]!);
      const before = tokens[word.index - 1];
      const sameSentence =
        before && !word.sentenceStart && !text.slice(before.end, word.start).includes('\n');
      if (
        sameSentence &&
        (OTHER_PERSON_DETERMINERS.has(before.lower) || OBJECT_PREPOSITIONS.has(before.lower))
      )
        break;
      // "juf Anouk (groep 6, De Horizon)" is a signature only at the end of its line, not "… heeft vandaag …".
      if (
        name &&
        (!SIGN_OFF_LINE.test(lineBefore(text, word.start)) || /\p{L}/u.test(restOfLine(text, mention.end)))
      )
        break;
      if (sentenceHasVacancy(ctx, word.index)) break;
      return span(word);
    }
    const filler = FILLERS.has(lowers[k]!) || ROLE_PREPOSITIONS.has(lowers[k]!);
    const titledName = word.capitalized && k + 1 < words.length && isFunctionWord(lowers[k + 1]!);
    if (!filler && !titledName) break;
  }
  return undefined;
}

/** A signature block: "Juf Marieke" or "Leerkracht groep 5" on its own short line, the school on the next. */
function signatureAbove(ctx: Context, mention: Mention): Span | undefined {
  const { text, tokens } = ctx;
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  if (lineStart === 0) return undefined;
  const before = text.slice(lineStart, mention.start);
  if (!/^[\s\-–—•*(|]*(?:(?:groep|group|gr)\s*[\d/-]*\s*[,|–—-]?\s*)?(?:[-–—|,@(]\s*)?$/i.test(before))
    return undefined;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const previous = text.slice(previousStart, lineStart - 1);
  if (previous.trim().length === 0 || previous.length > 60) return undefined;
  let t = tokenBefore(tokens, previousStart - 1) + 1;
  const words: Token[] = [];
  for (; t < tokens.length && tokens[t]!.start < lineStart - 1 && words.length < 6; t++)
    words.push(tokens[t]!);
  const first = words[0];
  if (!first || words.length > 5) return undefined;
  const title = isFunctionWord(first.lower)
    ? first
    : words[1] &&
        isFunctionWord(words[1].lower) &&
        SIGN_OFF_LINE.test(text.slice(previousStart, words[1].start))
      ? words[1]
      : undefined;
  return title ? { start: title.start, end: mention.end } : undefined;
}

function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end < 0 ? text.length : end).replace(/#[\p{L}\p{N}_]+/gu, '');
}

/** The text before `offset` on its line, from the last sentence end ("Groetjes uit groep 6! 👋 "). */
function lineBefore(text: string, offset: number): string {
  const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  const end = Math.max(line.lastIndexOf('.'), line.lastIndexOf('!'), line.lastIndexOf('?'));
  return line.slice(end + 1);
}

function roleAfter(ctx: Context, mention: Mention): Span | undefined {
  const { tokens } = ctx;
  const after: Token[] = [];
  for (let t = mention.lastToken + 1; t < tokens.length && after.length < 8; t++) {
    if (tokens[t]!.sentenceStart) break;
    after.push(tokens[t]!);
  }
  const lowers = after.map((t) => t.lower);
  const start = (() => {
    const before = tokens[mention.firstToken - 1];
    return before && ROLE_PREPOSITIONS.has(before.lower) && !tokens[mention.firstToken]!.sentenceStart
      ? before.start
      : mention.start;
  })();
  const upTo = (k: number, from = start): Span => ({ start: from, end: after[k]!.end });

  // "…, where I (also) teach", "…, waar ik (nu) werk".
  const where = lowers.findIndex((w) => w === 'where' || w === 'waar');
  if (where >= 0 && where <= 1) {
    for (let k = where + 1; k < Math.min(after.length, where + 7); k++) {
      if (
        (WORK_WORDS.has(lowers[k]!) || isFunctionWord(lowers[k]!)) &&
        lowers.slice(where + 1, k).some((w) => SELF.has(w))
      ) {
        return upTo(k, mention.start);
      }
    }
  }
  // "Bij Stichting X werk ik als …", "Op De Horizon ben ik juf", "At De Horizon, I teach group 5".
  const [first, second] = lowers;
  if (first && second) {
    const inverted = second === 'ik' && (WORK_WORDS.has(first) || BE_WORDS.has(first));
    const english =
      (first === 'i' || first === "i'm") &&
      (WORK_WORDS.has(second) || BE_WORDS.has(second) || first === "i'm");
    if (inverted || english) {
      const rest = lowers.slice(2);
      const fn = rest.findIndex(isFunctionWord);
      const needsFunction =
        BE_WORDS.has(first) || NEEDS_OBJECT.has(first) || first === "i'm" || BE_WORDS.has(second);
      if (!needsFunction) return upTo(fn >= 0 && fn < 4 ? fn + 2 : 1);
      if (fn >= 0 && fn < 4 && !lowers.some((w) => NOT_STAFF_WORDS.has(w))) return upTo(fn + 2);
    }
  }
  // "Na vijf jaar bij De Horizon neem ik afscheid als leerkracht", "I joined De Horizon in 2019 as a teacher".
  const as = lowers.findIndex((w) => AS_WORDS.has(w));
  if (as >= 0) {
    // "as a teacher", "als leerkracht", "as a group 3 teacher".
    let role = -1;
    // One other word may stand before the function: "as HR advisor", "as maths teacher".
    let others = 0;
    for (let k = as + 1; k <= as + 4 && k < lowers.length; k++) {
      if (isFunctionWord(lowers[k]!)) {
        role = k;
        break;
      }
      if (!ARTICLES.has(lowers[k]!) && !FILLERS.has(lowers[k]!) && ++others > 1) break;
    }
    const self =
      lowers.slice(0, as).some((w) => SELF.has(w)) ||
      wordsBefore(ctx, mention).some((w) => SELF.has(w.lower));
    if (role > 0 && self && !lowers.slice(0, role + 1).some((w) => NOT_STAFF_WORDS.has(w))) return upTo(role);
  }
  // "De Horizon is mijn werkplek".
  if (
    (first === 'is' || first === 'was') &&
    (second === 'mijn' || second === 'my') &&
    ['werkplek', 'werkgever', 'school', 'employer', 'workplace'].includes(lowers[2] ?? '')
  ) {
    return upTo(2);
  }
  return undefined;
}

const DISCLAIMER_INDEX = compilePhrases(
  DISCLAIMER_PHRASES.map((entry) => ({ phrase: entry.phrase, data: entry })),
);

function disclaimers(ctx: Context): Span[] {
  const { tokens } = ctx;
  return findPhrases(DISCLAIMER_INDEX, tokens)
    .filter((hit) => {
      const before = tokens[hit.first - 1];
      return !(before && !tokens[hit.first]!.sentenceStart && hit.data.notAfter?.includes(before.lower));
    })
    .map(({ start, end }) => ({ start, end }));
}

const roleMessage = {
  nl: 'Je vermeldt al waar je werkt en wat je functie is. Zo weten lezers in welke rol je schrijft.',
  en: 'You already say where you work and what your role is, so readers know in which capacity you write.',
};

const roleRule: Rule = {
  id: 'disclosure.role',
  type: 'roleDisclosure',
  article: 'B2',
  severity: 'low',
  message: roleMessage,
  examples: {
    flag: [
      '«Als juf van groep 4 op De Horizon» zie ik elke dag hoe hard kinderen werken.',
      '«Ik werk als leerkracht bij De Horizon» (onderdeel van Stichting Horizon Onderwijs).',
      'Na tien jaar «ben ik nog steeds met plezier juf op #DeHorizon» 💚',
      'Writing this «as deputy head at Het Anker».',
      '«I teach group 7 at Sint Willibrordschool» and this week we built volcanoes 🌋',
      'Wat een dag! - «juf groep 7, #DeVlinderhof»',
      'Prachtig project in groep 5 op «De Vlinderhof, waar ik werk».',
      'Proud to be «part of the Het Anker team»! 🎉',
      '(«docent bij De Horizon», mening = privé)',
      '«Bij De Horizon werk ik» nu twee jaar en het bevalt me prima.',
      'Vandaag zaten «we met het hele team van Het Anker» op de hei.',
      'Fijne vakantie allemaal!\n\n«Juf Marieke\nGroep 5 - De Horizon»',
      'I joined «Het Anker in 2019 as a teacher» and never looked back.',
      '«Werk sinds 2015 bij De Horizon» en elk jaar is anders.',
      '(«docent Nederlands @ De Horizon») Vandaag gedichten gelezen met groep 8.',
      'Trots op «mijn groep 5 van de #DeHorizon» 💙',
      '«Our pupils at De Horizon» planted 200 tulip bulbs this morning 🌷',
      'Oksana liep het afgelopen halfjaar stage «bij ons op De Horizon», in groep 3/4.',
      "Thrilled to share that I'm joining «Het Anker as HR advisor»! 🎉",
      '«brugklasmentor op Het Anker» en vandaag gewoon even op.',
    ],
    pass: [
      'Leuke vacature bij De Horizon voor een leerkracht groep 6! Delen mag 👇',
      'Reünie van mijn oude basisschool De Horizon, 30 jaar geleden zat ik daar in groep 3.',
      'Als ouder van een leerling op De Horizon ben ik heel tevreden.',
      'Morgen open dag op Het Anker, iedereen welkom!',
      'Onze directeur is weer eens ziek. #DeHorizon',
      'De juf van De Horizon heeft de kinderen zo mooi voorbereid.',
      'Ik werk samen met De Vlinderhof aan een project over bijen.',
      'Goed gesprek gehad met directeur van De Horizon over de verkeersveiligheid.',
      'Juf Fatima (groep 3, De Horizon) heeft vandaag de voorleeswedstrijd gewonnen!',
      'Als kinderen op De Horizon beginnen, kunnen ze vaak al hun naam schrijven.',
      'Werk aan de winkel bij De Horizon: het plein moet opnieuw.',
    ],
  },
  find(ctx) {
    return roleStatements(ctx)
      .filter((hit) => hit.kind === 'school')
      .map(({ start, end }) => ({ start, end }));
  },
};

const roleOrgRule: Rule = {
  id: 'disclosure.role.org',
  type: 'roleDisclosure',
  article: 'C3',
  severity: 'low',
  message: roleMessage,
  examples: {
    flag: [
      '«Bij Stichting Horizon Onderwijs werk ik als HR-adviseur», en ik zie veel starters vertrekken.',
      'Sinds een jaar «val ik in op verschillende scholen van SHO».',
      '«Als bestuurder van Horizon Onderwijs» mag ik vier scholen vertegenwoordigen.',
    ],
    pass: [
      'Stichting Horizon Onderwijs zoekt een nieuwe bestuurder. Ken jij iemand?',
      'Het jaarverslag van SHO staat online.',
    ],
  },
  find(ctx) {
    return roleStatements(ctx)
      .filter((hit) => hit.kind === 'org')
      .map(({ start, end }) => ({ start, end }));
  },
};

const opinionRule: Rule = {
  id: 'disclosure.opinion',
  type: 'opinionDisclaimer',
  article: 'C4',
  severity: 'low',
  message: {
    nl: 'Je geeft al aan dat dit je persoonlijke mening is. Zo wordt die niet verward met het standpunt van de school.',
    en: 'You already say this is your personal opinion, so it is not mistaken for the position of the school.',
  },
  examples: {
    flag: [
      'Dit bericht plaats ik «op persoonlijke titel»; het is «niet het standpunt van» Stichting Horizon Onderwijs.',
      'I post this in a «personal capacity»; it is «not the position of» Stichting Horizon Onderwijs.',
      '«Persoonlijke mening», «niet namens» SHO.',
      '(docent bij De Horizon, «mening = privé»)',
      'Even «op persoonlijke tittel»: ik vind die nieuwe toets onzin.',
      '«Views are my own».',
      'Dit is «mijn eigen mening» en niet die van school.',
      '«Personal note», «not on behalf of» my school: we need more time.',
      '(juf hier sinds 2019, «alles wat ik post is van mezelf»)',
      'Mijn «woorden, niet die van» mijn werkgever.',
    ],
    pass: [
      'Jullie mening telt! Vul de enquête in.',
      'Wat is jullie persoonlijke mening over de nieuwe methode?',
      'Kinderen leren op school hun eigen mening te vormen.',
      'Ik ben het niet eens met de minister.',
      'In my opinion the new playground is great.',
      'Uit mijn eigen ervaring weet ik dat dit werkt.',
      'On a personal note: I am leaving after twelve years.',
      'Dat cadeau was niet van mijn werkgever maar van mijn collega’s.',
    ],
  },
  find: disclaimers,
};

export const DISCLOSURE_RULES: Rule[] = [roleRule, roleOrgRule, opinionRule];
