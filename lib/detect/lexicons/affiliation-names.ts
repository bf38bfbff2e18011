/**
 * Words around configured school and board names (closed classes, hand-kept from Dutch school-board
 * naming practice: the register of schools (DUO) uses these type words and legal forms).
 */

/** Articles a school name may start with ("De Regenboog", "'t Anker"): optional when matching. */
export const NAME_ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 't', 'den']);

/** Words that may stand before a school name and belong to the mention ("obs de regenboog", "kindcentrum X"). */
export const SCHOOL_TYPE_WORDS: ReadonlySet<string> = new Set([
  'basisschool',
  'school',
  'obs',
  'cbs',
  'pcbs',
  'rkbs',
  'kbs',
  'ikc',
  'kc',
  'kindcentrum',
  'kindcentra',
  'sbo',
  'sbao',
  'daltonschool',
  'montessorischool',
  'jenaplanschool',
  'vrijeschool',
  'freinetschool',
]);

/** Legal forms and generic words in front of a board name: dropped to get its short name ("Stichting ProCon" → "ProCon"). */
export const ORG_LEADING_WORDS: ReadonlySet<string> = new Set([
  'stichting',
  'vereniging',
  'onderwijsgroep',
  'scholengroep',
  'scholenstichting',
  'onderwijsstichting',
  'schoolvereniging',
  'schoolbestuur',
  'bestuur',
  'coöperatie',
  'cooperatie',
  'federatie',
  'samenwerkingsstichting',
  'scholengemeenschap',
  'stg',
  'st',
]);

/** Generic words at the end of a board name, also dropped when what is left is distinctive ("ProCon Onderwijs"). */
export const ORG_TRAILING_WORDS: ReadonlySet<string> = new Set([
  'onderwijs',
  'basisonderwijs',
  'primair',
  'po',
  'scholen',
  'scholengroep',
  'onderwijsgroep',
  'kindcentra',
  'groep',
  'bv',
  'nl',
]);

/** Spellings of "Sint" in school names ("Sint Jozefschool", "St. Jozefschool", "St-Jozefschool"). */
export const SAINT_WORDS: readonly string[] = ['sint', 'st'];

/** Titles at the start of a school named after someone ("Koningin Julianaschool", "Dr. Schaepmanschool"): optional. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'koningin',
  'koning',
  'prins',
  'prinses',
  'dr',
  'mr',
  'prof',
  'pater',
  'ds',
  'graaf',
  'gravin',
]);
