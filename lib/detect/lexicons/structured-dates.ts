/** Month names (Dutch and English, with the usual abbreviations) and the words that say "date of birth". */

const MONTHS: ReadonlyArray<readonly [number, string]> = [
  [1, 'januari january jan'],
  [2, 'februari february febr feb'],
  [3, 'maart march mrt mar'],
  [4, 'april apr'],
  [5, 'mei may'],
  [6, 'juni june jun'],
  [7, 'juli july jul'],
  [8, 'augustus august aug'],
  [9, 'september sept sep'],
  [10, 'oktober october okt oct'],
  [11, 'november nov'],
  [12, 'december dec'],
];

export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap(([number, names]) => names.split(' ').map((name) => [name, number] as const)),
);

/** A regex alternation of the month names, longest first. */
export const MONTH_PATTERN = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * Words that present a date as someone's date of birth. `label` cues stand right before the date
 * ("geb. 17-06-2021", "date of birth: …"); `verb` cues may stand before or after it ("… is Mila geboren");
 * `anniversary` cues only count when the date has a past year ("verjaardag", "jarig", "birthday").
 */
export const BIRTH_CUES: ReadonlyMap<string, 'label' | 'verb' | 'anniversary'> = new Map([
  ['°', 'label'],
  ['geb', 'label'],
  ['geb.', 'label'],
  ['geboortedatum', 'label'],
  ['geboortedag', 'label'],
  ['geboorte', 'label'],
  ['geboren op', 'label'],
  ['geboren', 'verb'],
  ['born', 'verb'],
  ['born on', 'label'],
  ['date of birth', 'label'],
  ['birth date', 'label'],
  ['birthdate', 'label'],
  ['dob', 'label'],
  ['d.o.b.', 'label'],
  ['d.o.b', 'label'],
  ['verjaardag', 'anniversary'],
  ['jarig', 'anniversary'],
  ['birthday', 'anniversary'],
  ['bday', 'anniversary'],
]);

/** Words that, between a birth cue and a date, show the date is about something else. */
export const OTHER_EVENT_WORDS: ReadonlySet<string> = new Set(
  'overleden overleed gestorven stierf overlijden died passed death begraven getrouwd trouwde married verhuisd moved'.split(
    ' ',
  ),
);
