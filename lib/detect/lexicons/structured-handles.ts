/**
 * Hand-kept word classes for telling a private person's social-media handle from an organisation's or a
 * public account's (generic Dutch/English words for institutions, businesses and media; kinship and
 * school roles).
 */

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Longer institution words, matched anywhere in a handle ("@rtlnieuws", "@bibliotheekzwolle"). */
export const ORG_WORDS_ANYWHERE: readonly string[] = words(`
  school scholen onderwijs gemeente nieuws official officieel officiel bibliotheek museum stichting
  kindcentrum college lyceum gymnasium academie academy universiteit university hogeschool vereniging
  politie omroep krant ministerie overheid provincie foundation festival theater bioscoop kinderopvang
  opvang zwembad brandweer ziekenhuis jeugdzorg waterschap parochie moskee company journaal magazine
  tijdschrift dierentuin orkest partij fractie bedrijf hockey voetbal korfbal basketbal handbal atletiek
  scouting wijkteam ouderraad medezeggenschap nederland support klantenservice webshop fotografie bakkerij
  kapsalon restaurant camping apotheek huisarts tandarts praktijk fysiotherapie makelaar kinderboerderij
  speeltuin boekhandel uitgeverij reisbureau garage ocw minocw rijksoverheid inspectie`);

/** Short institution words, only as a separate part of a handle ("@team_oost", "@NOS", "@hc_tilburg"). */
export const ORG_WORDS_PART: ReadonlySet<string> = new Set(
  words(`
  team club news info bso ikc obs cbs rkbs pcbs kbs fc vv sv hc tv fm hq bv nv inc ltd org nos rtl ggd uwv
  mr gmr or po vo mbo hbo kdv bieb shop store app live daily hub gemeente nl be eu bsc crew official groep
  klas zorg kids zoo koor kerk stad dorp regio media radio sport studio winkel holland fans events service
  cafe hotel fysio bouw`),
);

/** Words in or near a handle that show it belongs to a private person ("@juf.samira", "mijn neef: @…"). */
export const PRIVATE_CUES: ReadonlySet<string> = new Set(
  words(`
  juf juffrouw meester meneer mevrouw collega collegas collega's stagiair stagiaire stagiairs neef nicht
  nichtje neefje broer broertje zus zusje zoon dochter vriend vriendin vriendje vriendinnetje buurman
  buurvrouw buurjongen buurmeisje moeder vader mama papa oom tante opa oma leerling invaller schoonzus
  zwager colleague brother sister friend cousin nephew niece son daughter neighbour neighbor intern mum mom
  dad uncle aunt teacher miss mrs mevr dhr hem haar him her`),
);

/** Words written after '@' that mean "at", not an account ("@home", "@school", "@ 14:00"). */
export const AT_WORDS: ReadonlySet<string> = new Set(
  words('home work school thuis werk all everyone iedereen allen allemaal here hier the de het night nacht'),
);
