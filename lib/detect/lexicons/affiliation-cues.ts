/**
 * Cues that a post is about the author's school work when no school is named (hand-kept from Dutch
 * primary-school vocabulary: school events, rooms, roles, care and planning terms; English equivalents).
 *
 * Phrase syntax (see `compilePhrases` in rules/affiliation.ts): words separated by spaces, alternatives
 * by `|`; `word*` matches words starting with it, `*word` words ending with it, `^Word` is case-sensitive,
 * `~word` allows one typo, a trailing `?` makes a word optional, `_N` allows up to N other words before
 * the next one. A phrase never crosses a sentence.
 *
 * Each cue has a weight and a group; a post's score is the sum over groups of the best cue in each group,
 * with weak cues (weight < 1) together counting at most WEAK_CAP. `staff` cues say the author works
 * there ("mijn leerlingen", "collega's") and are not cancelled by parent or childhood context.
 */

export interface Cue {
  phrase: string;
  weight: number;
  group: string;
  staff?: boolean;
}

/** Score at which a post counts as about school. */
export const AFFILIATION_THRESHOLD = 2;
/** The most that weak cues (weight < 1: "klas", "les", "school", "ouders") add up to together. */
export const WEAK_CAP = 1.25;
/** Weight of "groep 7", "group 5", "#groep8": a school class by its number. */
export const GROUP_NUMBER_WEIGHT = 2;
/** Weight of a lower-case name that is also a common word ("de regenboog", "het kompas"). */
export const WEAK_MENTION_WEIGHT = 1;

/** Words for a school class followed by its number (1–8). */
export const GROUP_WORDS: ReadonlySet<string> = new Set(['groep', 'groepen', 'gr', 'group', 'groups']);

/** Earlier entries win when two start at the same word, so specific phrases come before general ones. */
export const CUES: readonly Cue[] = [
  // The author as staff: own class, pupils, colleagues, teaching.
  {
    phrase: "mijn|m'n|mn klas|klasje|klassen|groep|leerlingen|leerlingetjes|kleuters|kleutertjes|pupillen",
    weight: 2.5,
    group: 'own-class',
    staff: true,
  },
  {
    phrase: 'onze leerlingen|kleuters|klas|klassen|kleutergroep',
    weight: 2,
    group: 'own-class',
    staff: true,
  },
  { phrase: 'my|our class|classes|classroom|pupils|students', weight: 2, group: 'own-class', staff: true },
  { phrase: 'my|our tutor|form|mentor group|groups|class', weight: 2, group: 'own-class', staff: true },
  { phrase: 'mijn|onze mentorklas|mentorleerlingen|mentorgroep', weight: 2, group: 'own-class', staff: true },
  { phrase: 'proud teacher', weight: 1.5, group: 'teaching', staff: true },
  {
    phrase:
      'surveilleren|surveilleer|surveillant|surveillanten|examenzaal|examensurveillance|herkansing|herkansingen',
    weight: 2,
    group: 'exam',
    staff: true,
  },
  { phrase: 'centraal|schriftelijk examen', weight: 1.5, group: 'exam' },
  { phrase: '^CE|^SE|^PTA', weight: 1.5, group: 'exam' },
  { phrase: "ons|mijn|m'n bestuur|schoolbestuur", weight: 1.5, group: 'board', staff: true },
  { phrase: 'laptopkar|chromebookkar|chromebooks|ipadkar', weight: 1.5, group: 'classroom' },
  { phrase: 'teacher moment|life', weight: 1.5, group: 'teaching', staff: true },
  { phrase: 'onze groep', weight: 1, group: 'our-group' },
  {
    phrase: "mijn|m'n|mn|onze|ons collega|collega's|collegas|collegaatje|collegaatjes",
    weight: 2,
    group: 'colleague',
    staff: true,
  },
  { phrase: 'my|our colleague|colleagues', weight: 2, group: 'colleague', staff: true },
  { phrase: 'oud-collega*|ex-collega*', weight: 0.75, group: 'old-colleague' },
  {
    phrase:
      "collega's|collega|collegas|colleagues _1 van|of mijn|m'n|mn|my man|vrouw|partner|vriend|vriendin|zus|broer|vader|moeder|husband|wife|dad|mum|mom|sister|brother",
    weight: 0,
    group: 'colleague-other',
  },
  { phrase: "collega's|collegas|collegaatjes", weight: 2, group: 'colleague', staff: true },
  { phrase: 'collega|collegaatje|colleague|colleagues', weight: 1.5, group: 'colleague', staff: true },
  { phrase: 'mijn|my school|basisschool|schooltje', weight: 2, group: 'our-school', staff: true },
  // A parent says "onze school" too: near "onze dochter" it does not count.
  { phrase: 'onze|ons|our school|basisschool|schooltje', weight: 2, group: 'our-school' },
  // Parents say "bij ons op school" too: it is not the staff's own word.
  { phrase: 'bij ons op|in school', weight: 2, group: 'our-school' },
  {
    phrase: 'i work|teach _6 at|in a|an primary|secondary|special|elementary|high? school',
    weight: 2.5,
    group: 'own-class',
    staff: true,
  },
  {
    phrase: 'ik werk|sta _4 op|bij|in een basisschool|school|middelbare|mbo|sbo',
    weight: 2.5,
    group: 'own-class',
    staff: true,
  },
  { phrase: 'voor de|mijn|een klas', weight: 2, group: 'teaching', staff: true },
  { phrase: 'lesgeven|lesgeef|lesgaf|lesgegeven', weight: 1.5, group: 'teaching', staff: true },
  { phrase: 'les geven|gegeven|geef|gaf', weight: 1.5, group: 'teaching', staff: true },
  {
    phrase: 'les|lessen|lesje _4 gegeven|geven|voorbereiden|voorbereid|nakijken',
    weight: 2,
    group: 'teaching',
  },
  { phrase: 'met de klas', weight: 1.5, group: 'teaching' },
  { phrase: 'nakijkwerk|nakijkstapel|nakijkweekend', weight: 2, group: 'teaching', staff: true },
  {
    phrase:
      'toetsen|schriften|werkjes|dictees|werkstukken|rapporten|rapportjes|verslagen|opstellen|essays|proefwerken|repetities|presentaties|betogen _4 nakijken|nagekeken|beoordelen',
    weight: 2,
    group: 'teaching',
    staff: true,
  },
  {
    phrase: 'rapporten|rapportjes _2 schrijven|geschreven|invullen',
    weight: 2,
    group: 'teaching',
    staff: true,
  },
  { phrase: 'geef|gaf ik? les', weight: 1.5, group: 'teaching', staff: true },
  { phrase: 'i teach|taught', weight: 2, group: 'teaching', staff: true },
  { phrase: 'as a teacher', weight: 1.5, group: 'teaching', staff: true },
  {
    phrase:
      "als leerkracht|juf|meester|docent|leraar|lerares|ib'er|directeur|conciërge|onderwijsassistent|schoolleider",
    weight: 1.5,
    group: 'teaching',
    staff: true,
  },
  {
    phrase:
      'juflife|meesterlife|teacherlife|jufleven|juffenleven|meesterleven|teachersofinstagram|juflifestyle',
    weight: 2,
    group: 'hashtag',
    staff: true,
  },
  {
    phrase: 'personeelskamer|teamkamer|lerarenkamer|personeelsruimte|staffroom',
    weight: 2,
    group: 'staff-place',
    staff: true,
  },
  {
    phrase: 'pleinwacht|pleinwachten|pleindienst|pleindiensten|overblijfdienst|overblijfwacht',
    weight: 2,
    group: 'duty',
    staff: true,
  },
  { phrase: 'playground duty|supervision', weight: 2, group: 'duty', staff: true },
  {
    phrase:
      'surveillance|bussurveillance|pauzesurveillance|gangsurveillance|pauzedienst|pauzediensten|toezichtrooster',
    weight: 2,
    group: 'duty',
    staff: true,
  },
  {
    phrase: 'kopieerruimte|kopieerhok|docentenkamer|docentenruimte|mediatheek|conciërgeloge|teamruimte',
    weight: 2,
    group: 'staff-place',
    staff: true,
  },
  {
    phrase: 'nascholing|nascholingen|scholingsdag|teamtraining|intervisie',
    weight: 1.5,
    group: 'staff-event',
    staff: true,
  },
  { phrase: 'mentor|mentoren|mentoruur|mentorles|mentorgesprek*', weight: 1.5, group: 'mentor' },
  { phrase: 'decaan|decanen|profielkeuze*|loopbaanbegeleiding', weight: 1.5, group: 'career' },
  { phrase: 'sectie|sectievergadering|sectieoverleg|vakgroep|vaksectie', weight: 1.5, group: 'section' },
  { phrase: 'digibord|digiborden|smartboard|whiteboard', weight: 1.5, group: 'classroom' },
  { phrase: 'lesuur|lesuren|tussenuur|tussenuren|blokuur|invaluur|invaluren', weight: 1.5, group: 'hour' },
  {
    phrase: 'ouderbijdrage|schoolbijdrage|oudervereniging|excursiegeld|schoolreisgeld|kampgeld',
    weight: 2,
    group: 'fees',
  },
  { phrase: 'test|exam results|grades', weight: 1, group: 'test' },
  { phrase: '^MT|^MT-overleg|managementteam', weight: 1.5, group: 'mt' },
  { phrase: 'adjunct|adjunct-directeur|bouwcoördinator|locatiedirecteur', weight: 1.5, group: 'lead' },
  { phrase: 'staff room|meeting|meetings', weight: 2, group: 'staff-place', staff: true },
  {
    phrase: 'teamvergadering*|teamoverleg|teamdag|teamuitje|teamscholing|bouwvergadering*|bouwoverleg',
    weight: 2,
    group: 'staff-event',
    staff: true,
  },
  { phrase: 'studiedag*|studiemiddag*', weight: 2, group: 'staff-event' },
  {
    phrase:
      "onze|mijn directeur|directrice|directie|schoolleider|conciërge|concierge|ib'er|administratie|managementteam",
    weight: 2,
    group: 'lead',
    staff: true,
  },
  {
    phrase: "ib'er|ib-er|ib'ers|internbegeleider|zorgcoördinator|zorgcoordinator",
    weight: 2,
    group: 'care',
    staff: true,
  },
  { phrase: 'intern|interne begeleider|begeleiders', weight: 2, group: 'care', staff: true },
  { phrase: 'ik _2 klas|klasje', weight: 2, group: 'ik-klas' },

  // School events, rooms, people and routines.
  {
    phrase: 'ouderavond*|informatieavond*|kijkavond*|kijkmiddag*|inloopochtend*|inloopmiddag*|thema-avond',
    weight: 2,
    group: 'event',
  },
  {
    phrase:
      'rapportgesprek*|rapportavond*|oudergesprek*|adviesgesprek*|voortgangsgesprek*|startgesprek*|minutengesprek*|kindgesprek*',
    weight: 2,
    group: 'event',
  },
  { phrase: 'parents|parent evening|evenings|meeting|conference', weight: 2, group: 'event' },
  { phrase: 'parent-teacher|parents-evening', weight: 2, group: 'event' },
  { phrase: 'report card|cards', weight: 2, group: 'event' },
  { phrase: 'sportdag|sportdagen', weight: 2, group: 'event' },
  { phrase: 'sports day', weight: 2, group: 'event' },
  { phrase: 'koningsspelen|kinderboekenweek|voorleeswedstrijd|schoolbrigade', weight: 1.5, group: 'event' },
  {
    phrase:
      'kerstviering|paasviering|sinterklaasviering|weeksluiting|weekopening|maandviering|kerstdiner|kerstmusical|paasontbijt',
    weight: 1.5,
    group: 'event',
  },
  {
    phrase: 'afscheidsmusical|eindmusical|groepsmusical|eindfeest|afscheidsavond',
    weight: 2,
    group: 'event',
  },
  { phrase: 'juffendag|meesterdag|juffendagen|meesterdagen', weight: 2, group: 'event' },
  {
    phrase: 'luizencontrole|luizenpluizen|luizenzakken|luizenmoeder*|luizenouder*',
    weight: 2,
    group: 'event',
  },
  { phrase: 'school trip|trips|gate', weight: 1, group: 'event' },
  { phrase: 'field trip', weight: 1, group: 'event' },
  { phrase: 'excursie|excursies|schoolexcursie|uitstapje', weight: 1.5, group: 'trip' },
  { phrase: 'uitwisseling|uitwisselingen|werkweek|werkweken|schoolexcursie', weight: 1.5, group: 'trip' },
  {
    phrase: 'overblijf|overblijven|overblijfkracht*|overblijfjuf|overblijfouder*|tso|tussenschoolse',
    weight: 2,
    group: 'duty',
  },
  {
    phrase: 'school garden|library|assembly|concert|play|musical|playground|yard|choir|council|nurse',
    weight: 1.5,
    group: 'event',
  },
  { phrase: 'op kamp', weight: 1, group: 'camp' },
  { phrase: 'kamp', weight: 0.5, group: 'camp' },
  {
    phrase:
      'hulpouder*|rijouder*|klassenouder*|overblijfouder*|leesouder*|leesmoeder*|hulpmoeder*|hulpvader*|overblijfmoeder*',
    weight: 2,
    group: 'helpers',
  },
  {
    phrase:
      'onderbouw|middenbouw|bovenbouw|kleuterbouw|kleutergroep*|kleuterklas*|kleuterjuf*|kleuterleerkracht*|kleuterplein',
    weight: 2,
    group: 'bouw',
  },
  { phrase: 'kleuters|kleutertjes', weight: 2, group: 'bouw' },
  {
    phrase: 'plusklas|taalklas|schakelklas|combinatieklas|combinatiegroep|instroomgroep|kleuterklas',
    weight: 1.5,
    group: 'bouw',
  },
  { phrase: 'gymnasium|gymnastiek|gymnast*|gym', weight: 0, group: 'gym' },
  { phrase: 'gymzaal|gymzalen|gymlokaal|speellokaal|speelzaal', weight: 2, group: 'gym' },
  { phrase: 'gymles|gymlessen|gymleraar|gymjuf|gymmeester|gymdocent', weight: 1.5, group: 'gym' },
  { phrase: 'gym*', weight: 1, group: 'gym' },
  { phrase: 'klaslokaal|klaslokalen|lokalen', weight: 1.5, group: 'room' },
  { phrase: 'lokaal', weight: 1, group: 'room' },
  { phrase: 'op|het|ons plein', weight: 0.75, group: 'room' },
  { phrase: 'playground', weight: 0.75, group: 'room' },
  { phrase: 'klassenapp|klassenapps|groepsapp', weight: 1.5, group: 'app' },
  {
    phrase: 'parro|parnassys|klasbord|basispoort|digiduif|schoolwapps|momento|esis',
    weight: 2,
    group: 'app',
  },
  { phrase: 'social schools', weight: 2, group: 'app' },
  {
    phrase: 'eindtoets*|doorstroomtoets*|middentoets*|eindtoetsen|entreetoets*|cito*|iep-toets',
    weight: 2,
    group: 'test',
  },
  {
    phrase:
      'toets|toetsen|dictee|dictees|topotoets|rekentoets|spellingtoets|spreekbeurt|spreekbeurten|werkstuk|werkstukken|boekbespreking',
    weight: 1,
    group: 'test',
  },
  {
    phrase: 'kringgesprek*|kringactiviteit*|kringtijd|instructietafel|instructiegroep',
    weight: 2,
    group: 'plan',
  },
  { phrase: 'in|uit de kring', weight: 2, group: 'plan' },
  { phrase: 'weektaak|weektaken|dagritme*|dagritmekaart*|dagplanning', weight: 1.5, group: 'plan' },
  { phrase: 'inspectiebezoek|rapportweek|toetsweek|proefwerkweek|tentamenweek', weight: 2, group: 'event' },
  // The inspectorate in the news is the education debate; only a visit is the school's.
  { phrase: 'onderwijsinspectie|inspectie', weight: 0.75, group: 'inspection' },
  {
    phrase:
      'lesplanning|lesvoorbereiding|lesrooster|groepsplan*|handelingsplan*|groepsoverzicht*|ontwikkelingsperspectief|zorgleerling*|leerlingdossier|leerlingvolgsysteem|leerlingenraad',
    weight: 2,
    group: 'plan',
  },
  {
    phrase: 'rekenmethode|taalmethode|leesmethode|lesmethode|spellingmethode|methodetoets*',
    weight: 1.5,
    group: 'plan',
  },
  { phrase: '^OPP', weight: 1.5, group: 'plan' },
  { phrase: 'dossier', weight: 0.5, group: 'plan' },
  // Care terms each count on their own: two of them together make a post about a pupil's support.
  { phrase: 'dyslexieverklaring|dyscalculieverklaring', weight: 1, group: 'care-statement' },
  { phrase: 'voorleessoftware|kurzweil|claroread|leesbegeleiding', weight: 1, group: 'care-tools' },
  { phrase: 'remedial|rt-les|rt-uur|rt-er', weight: 1, group: 'care-rt' },
  { phrase: '^MR|^GMR|^MR-vergadering|^GMR-vergadering|medezeggenschapsraad', weight: 2, group: 'mr' },
  { phrase: 'ouderraad', weight: 1.5, group: 'mr' },
  { phrase: '^OR', weight: 0.5, group: 'mr' },
  {
    phrase: 'invaller|invallers|invalkracht|invalkrachten|invaljuf|invalmeester|invalpool',
    weight: 1.5,
    group: 'sub',
  },
  { phrase: 'invallen|inval|vervanger|vervangster', weight: 0.75, group: 'sub' },
  { phrase: 'substitute|supply teacher|teachers', weight: 1.5, group: 'sub' },
  { phrase: 'teaching assistant|assistants', weight: 1, group: 'sub' },
  {
    phrase: "stagiair|stagiaire|stagiairs|stagiaires|lio|lio'er|pabo-student|pabostudent|pabo",
    weight: 1,
    group: 'intern',
  },
  { phrase: 'nieuwe leerling|leerlingen|pupil|pupils', weight: 2, group: 'pupil' },
  { phrase: 'leerling|leerlinge', weight: 2, group: 'pupil' },
  { phrase: 'leerlingen|pupil|pupils', weight: 1, group: 'pupil' },
  { phrase: 'juffen|meesters|juffies|juffrouwen', weight: 1.5, group: 'juf' },
  { phrase: 'juf|juffrouw|meester|juffie', weight: 1, group: 'juf' },
  {
    phrase: 'directie|directeur|directrice|schoolleider|schoolleiding|locatieleider|conciërge|concierge',
    weight: 1,
    group: 'lead',
  },
  { phrase: 'headteacher|principal', weight: 0.75, group: 'lead' },
  {
    phrase:
      'head of maths|math|english|science|history|geography|languages|pe|music|art|year|department|sixth',
    weight: 1.5,
    group: 'lead',
  },
  {
    phrase: 'sectievoorzitter|sectieleider|teamleider|afdelingsleider|jaarlaagcoördinator',
    weight: 1.5,
    group: 'lead',
  },
  {
    phrase:
      'leerplicht|leerplichtambtenaar|leerplichtzaken|schoolverzuim|verzuim|verzuimmelding|absentie|absenties',
    weight: 1.5,
    group: 'attendance',
  },
  {
    phrase: 'brugklas|brugklassers|brugklasser|bovenbouwers|onderbouwers|eindexamenklas',
    weight: 1.5,
    group: 'bouw',
  },
  { phrase: 'head|school teacher|leader', weight: 0.75, group: 'lead' },
  {
    phrase: 'hoi|hallo|hey|beste|lieve|dag|goedemorgen|goedemiddag|goedenavond ouders|ouder|verzorgers',
    weight: 2,
    group: 'greet',
  },
  { phrase: 'dear|hello|hi parents|families', weight: 2, group: 'greet' },

  // Weak: words that school posts use, but so do posts about education in general.
  { phrase: 'klas|klassen|klasje|klasgenoot|klasgenoten|klasgenootjes', weight: 0.75, group: 'klas' },
  {
    phrase: 'les|lessen|lesje|lesdag|lesuur|lesuren|lestijd|lesson|lessons|classroom|classrooms',
    weight: 0.6,
    group: 'les',
  },
  { phrase: 'teaching', weight: 0.75, group: 'les' },
  { phrase: 'op school', weight: 0.75, group: 'school' },
  { phrase: 'at school', weight: 0.5, group: 'school' },
  { phrase: 'school|basisschool', weight: 0.5, group: 'school' },
  { phrase: 'rapporten|rapportjes', weight: 0.75, group: 'report' },
  { phrase: "mijn|m'n|mn|my|onze ouders|parents", weight: 0, group: 'parents' },
  { phrase: 'schoonouders', weight: 0, group: 'parents' },
  { phrase: 'ouders|parents', weight: 0.5, group: 'parents' },
  {
    phrase: 'leerkracht|leerkrachten|leraar|leraren|lerares|docent|docenten|teacher',
    weight: 0.25,
    group: 'teacher',
  },
];

/** Weights of compounds starting with "school" ("schoolplein", "schoolreisje"); others get SCHOOL_COMPOUND_WEIGHT. */
export const SCHOOL_COMPOUND_WEIGHT = 1.5;
export const SCHOOL_COMPOUNDS: ReadonlyMap<string, number> = new Map([
  ['schoolvakantie', 0],
  ['schoolvakanties', 0],
  ['schoolgaande', 0],
  ['schoolgaand', 0],
  ['schoolkeuze', 0.5],
  ['schooladvies', 0.5],
  ['schooladviezen', 0.5],
  ['schoolspullen', 0.5],
  ['schooltas', 0.5],
  ['schooltassen', 0.5],
  ['schoolboeken', 0.5],
  ['schoolgeld', 0.5],
  ['schoolverlaters', 0.5],
  ['schoolweek', 0.5],
  ['schoolsysteem', 0.25],
  ['schoolzwemmen', 1],
  ['schooltijd', 1],
  ['schooltijden', 1],
  ['schooljaar', 1],
  ['schoolleider', 1],
  ['schoolleiders', 1],
  ['schoolbestuur', 1],
  ['schoolbesturen', 0.5],
  ['schoolleiding', 1],
  ['schoolplein', 2],
  ['schoolpleinen', 2],
  ['schoolkamp', 2],
  ['schoolfeest', 2],
  ['schoolbieb', 2],
  ['schoolbibliotheek', 2],
  ['schooltuin', 2],
  ['schooltuinen', 2],
  ['schoolontbijt', 2],
  ['schoolfotograaf', 2],
  ['schoolreis', 2],
  ['schoolreisje', 2],
  ['schoolreizen', 2],
  ['schoolreisjes', 2],
  ['schoolmusical', 2],
  ['schoolgids', 2],
  ['schoolplan', 2],
  ['schoolaccount', 2],
  ['schoolapp', 2],
]);

/** A parent speaking about their own child: school words near it are about the child's school, not the author's. */
export const KIN_PHRASES: readonly string[] = [
  "mijn|m'n|mn|my _1 zoon|zoontje|zoons|dochter|dochters|dochtertje|kind|kindje|kinderen|kids|jongste|oudste|middelste|tweeling|son|sons|daughter|daughters|kid|child|stepson|stepdaughter|stiefzoon|stiefdochter|neefje|nichtje|kleinkind|kleinkinderen|kleinzoon|kleindochter|grandson|granddaughter|nephew|niece",
  "onze|ons|our _1 zoon|zoontje|dochter|dochtertje|kind|jongste|oudste|middelste|tweeling|son|daughter|eldest|youngest|kinderen|kids|kids'|children",
  'kleinkinderen|kleinkind|kleinzoon|kleindochter|kleinzoontje|kleindochtertje|grandkids|grandchildren|grandson|granddaughter',
  // "bij alle drie de kinderen": one's own children, counted.
  'alle twee|drie|vier|vijf de? kinderen|kids|kinders',
  'beide kinderen|kids',
  // A parent's errands and a tutor's ad: "schoolrun", "het briefje getekend", "bijles 4 havo".
  'schoolrun|schoolrit|bijles|bijlessen|huiswerkbegeleiding',
  'briefje|formulier|toestemmingsformulier _5 getekend|tekenen|ondertekend|ingevuld',
  'the teacher|de juf|de meester|de leerkracht _4 us|ons',
  // A child coming home from school: the author is the parent ("om 15:00 kwam hij thuis met een medaille").
  'kwam|komt|kwamen|komen hij|zij|ze thuis',
  // The teacher is the author's partner ("mijn man is meester in groep 7").
  "mijn|m'n|my man|vrouw|partner|vriend|vriendin|echtgenoot|echtgenote|husband|wife|boyfriend|girlfriend is|werkt|works _2 meester|juf|leerkracht|docent|leraar|lerares|teacher",
  "zoonlief|dochterlief|son's|daughter's|kid's|child's",
  // A message from the child's school, as a parent receives it ("mail van school", "briefje uit school").
  'mail|mailtje|bericht|berichtje|brief|briefje|appje van|uit school',
];

/** The author's own school days long ago: school words in the same sentence are not about work. */
export const PAST_PHRASES: readonly string[] = [
  'vroeger|destijds|reünie|reunie|basisschooltijd',
  "in mijn|m'n schooltijd",
  'toen ik|wij|we klein|jong|nog|zelf|kind',
  'ik zat|zat ik _3 groep|klas|school|basisschool|kleuterklas|kleuters',
  'als kind|tiener',
  "in mijn|m'n tijd|jeugd",
  "mijn|m'n oude|vroegere|eerste basisschool|school|juf|meester|rapport",
  'oud-leerling*|oud-leerlingen|ex-leerling*',
  'when i was',
  'as a kid|child',
  'back in|then',
  'my old|former school|teacher',
  'growing up',
];

/** The author says they do not work in education: school words in the post are an outsider's. */
export const OUTSIDER_PHRASES: readonly string[] = [
  // The author's partner teaches: "Mijn vrouw zit drie avonden rapporten te schrijven".
  "mijn|m'n|my man|vrouw|partner|vriendin|vriend|echtgenoot|echtgenote|husband|wife _4 rapporten|toetsen|nakijken|lessen|reports|marking",
  // A pupil: "ik heb morgen spreekbeurt".
  'ik heb _2 spreekbeurt|proefwerk|repetitie|dictee|huiswerk',
  // Retired: school words are memories.
  'met|in pensioen',
  'gepensioneerd|gepensioneerde|retired',
  'reünie|reunie|reunion',
  // A journalist's or columnist's piece, a course for adults.
  'stuk|artikel|column|opiniestuk van mij|mijn in',
  'my article|piece|column in',
  'cursisten|cursist',
  'ik werk|zit _2 niet in het onderwijs',
  'ik ben _2 geen leerkracht|juf|meester|docent|leraar|lerares|onderwijzer',
  "i'm not a teacher",
  'i am not a teacher',
  "i don't work in education|schools",
  'i do not work in education|schools',
];

/**
 * The education debate: policy bodies and themes. Without a staff cue or a named school, school words in
 * such a post are about education in general ("het advies van de Onderwijsraad", "het lerarentekort").
 */
export const DEBATE_WORDS: ReadonlySet<string> = new Set([
  'onderwijsraad',
  'ministerie',
  'minister',
  'staatssecretaris',
  'kabinet',
  'kamerleden',
  'ocw',
  'kansengelijkheid',
  'kansenongelijkheid',
  'lerarentekort',
  'onderwijsbeleid',
  'bezuinigingen',
  'bezuiniging',
  'onderwijsinspectie',
  'inspectie',
  'streefniveau',
  'doorstroomtoets',
  'onderzoek',
  'rapport',
  'policy',
  'government',
  'research',
]);
