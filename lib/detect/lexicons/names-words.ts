/**
 * Closed classes of Dutch and English words around person names: titles, relation words, greetings,
 * sign-offs, surname particles, months and days, and ordinary words that also appear in the first-name
 * lists. Hand-made from Dutch/English grammar and usage (the word lists of the name rules); lower-case.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Forms of address before a name, left out of the span ("juf Anouk", "mevrouw Visser", "Fam. Yilmaz"). */
export const TITLES = words(`
  juf juffrouw juffie juffen meester meneer mevrouw mevr mvr mw dhr heer mr mrs ms miss mister mx   fam
  familie gezin coach trainer trainster zuster dokter dr   oom ome tante opa oma opi omi
`);

/** People nouns that introduce a name directly ("collega Fleur", "my friend Agnieszka", "zus Noor"). */
export const ROLES = words(`
  collega collegaatje collegaatjes colleague leerling leerlinge pupil student studente stagiair stagiaire
  intern trainee conciërge concierge mentor mentrix invaller invalkracht directeur directrice adjunct
  ib'er   ib-er begeleider werkbegeleider onderwijsassistent assistent assistente leerkracht teacher
  klassenouder   buurvrouw buurman buurjongen buurmeisje buurkind neighbour neighbor vriend vriendin
  vriendje   vriendinnetje vriendinnen friend bestie maatje klasgenoot klasgenootje classmate oppas
  babysitter   kleuter peuter baby dochter dochtertje zoon zoontje daughter son broer broertje zus zusje
  zussie sister   brother nichtje neefje nicht neef cousin niece nephew kleinzoon kleindochter grandson
  granddaughter   man vrouw husband wife partner schoonzus schoonbroer zwager schoonmoeder schoonvader
  schoonzoon   schoondochter stiefvader stiefmoeder stiefzus stiefbroer moeder vader mama papa mam pap mum
  mom dad   mother father grandma grandpa granny uncle aunt meisje jongen jongetje meid boy girl kid
  voorzitter secretaris penningmeester vrijwilliger volunteer logopedist logopediste fysiotherapeut
  vakleerkracht gymleraar gymjuf muziekjuf schoonmaker schoonmaakster overblijfmoeder overblijfkracht
  bestuurder administratief medewerker medewerkster caretaker janitor headteacher principal therapist
  librarian secretary administrator receptionist nurse assistant
`);

/** People nouns of the form "moeder van Lieke", "the mother of Sam". */
export const RELATIONS_OF = words(`
  moeder vader ouders ouder mama papa mams paps broer broertje zus zusje oma opa familie tante oom
  verzorgers verzorger pleegouders pleegmoeder pleegvader stiefvader stiefmoeder vriend vriendin vriendje
  vriendinnetje buurvrouw buurman klasgenoot klasgenoten oppas   mother father parents parent mum mom dad
  brother sister grandmother grandfather family friend
`);

/** Greetings and wishes addressed to someone ("Hoi Marieke,", "Lieve Fleur", "Dear Sam"). */
export const GREETINGS = words(`
  hoi hoii hoiii hallo hai hey hee hi hello hiya heey dear lieve liefste beste dag goedemorgen goedemiddag
  goedenavond welkom gefeliciteerd proficiat hoera congrats congratulations bedankt dankjewel dankje
  dankuwel thanks thank sterkte beterschap succes sorry sorrie felicidades felicitaties danki masha
`);

/** Groups addressed after a greeting ("Beste Ouders,", "Dear Colleagues,", "Goedemorgen Nederland!"). */
export const GROUP_ADDRESS = words(`
  ouders collega's collegas allemaal iedereen jongens meiden dames heren kinderen leerlingen lieverds
  schatten team teamleden buren vrienden mensen familie netwerk nederland wereld klas groep   parents
  colleagues everyone everybody all friends folks guys ladies gentlemen family network world   team
  linkedin facebook
`);

/** Words that close a message before the author's own name ("Groetjes juf Anouk", "Gr. Pieter"). */
export const SIGNOFFS = words(`
  groet groeten groetjes groetje gr grt grtz grtjs liefs kus kusjes knuffel knuffels mvg vg doei   cheers
  regards best love xx xxx xoxo x namens
`);

/** Words that may sit between a sign-off and the name ("Liefs van juf Anouk en meester Tim"). */
export const SIGNOFF_FILLERS = words('van en and & from vriendelijke hartelijke met kind warm warme');

/** Surname particles (tussenvoegsels and their equivalents): "de Vries", "van der Berg", "El Amrani". */
export const PARTICLES = words(
  "van von de der den te ter ten 't t het el al la le du da di dos das del della",
);

/** Months and days (Dutch and English, with the usual abbreviations). */
export const CALENDAR = words(`
  januari februari maart april mei juni juli augustus september oktober november december   jan feb febr
  mrt apr jun jul aug sept okt nov dec   maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di
  wo do vr za zo   january february march may june july august october   monday tuesday wednesday thursday
  friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
`);

/**
 * Words in the first-name lists that are ordinary Dutch or English words, places, holidays or
 * well-known non-private figures: never read as a name by themselves.
 */
export const NOT_NAMES = words(`
  de van doe alleen bel ander vallen erin dode missie kat gauw kip wit uwe helder roze kristal kas door
  mag morgen marine fan min constant el pen mei happy lane angel come guy else fine line free nine bird
  page fancy mercy row doll loan deny glad lucky heaven carry lovely tea pet gay german han em aren till
  lies mommy bride merry destiny candy cadet nanny cookie muffin bunny sunshine mon dot scout swan berry
  mill con ade ori lone silva lu armen nette juli peer divine blessing lean modest gal makin muslim adore
  bee charity easter glory gray grey honor kit patience shell nail piping meta   ede epe heino athene
  kameel florida atlanta dallas georgia virginia peru israel madison jefferson   brooklyn kenya china
  india paris london vienna asia france nasa islam   sinterklaas jezus jesus god allah tarzan zeus thor
  odin caesar cleopatra madonna elvis bono buffy barbie   xena pandora venus ares athena apollo nijntje
  pippi sherlock   allemaal iedereen everyone everybody
`);

/**
 * First names that are also everyday words: not a name at the start of a sentence without more context
 * ("Hoop dat…", "Mark je agenda", "Ben om 6 uur thuis", "Will you…").
 */
export const WORD_NAMES = words(`
  roos mark storm hoop bas jan kees merel max frans ben leen griet job wolf will hope grace bill rose
  faith joy dawn summer winter sky star honey pearl crystal august april june may frank rich art pat sue
  jack sunny harm greet joke said miles fee cherry chelsea elke bent lieve toon staf per lente adem erna
  dan ken can nat mille val trui
`);

/** Of WORD_NAMES, those that are not a name even when capitalised mid-sentence ("Storm Bert", "Max 20", "1 Jan"). */
export const WORD_NAMES_ALWAYS = words(
  'storm max jan frans may june april august summer winter piet maxima alexa mercedes',
);

/** Words before a name that make it a public, animal or fictional name ("Koning Willem", "kater Boris"). */
export const NOT_PRIVATE_BEFORE = words(`
  koning koningin prins prinses kroonprins kroonprinses minister premier president burgemeester
  wethouder kamerlid paus keizer keizerin sint st saint heilige king queen prince princess pope emperor
  zwarte storm orkaan hurricane typhoon generaal hertog hertogin lord sir tsaar farao   hond hondje
  hondjes kat katje kater poes poesje konijn konijntje cavia hamster paard pony pup puppy   dog cat kitten
  goudvis parkiet schildpad knuffel knuffelbeest pop teddybeer beer robot   boek book film movie serie
  series album lied song liedje band club merk app game voorstelling musical toneelstuk opera sprookje
  prentenboek play   by door in te near vanuit richting
`);

/** Works whose maker is named after "van"/"by": "het dagboek van Anne Frank", "a book by Roald Dahl". */
export const WORKS = words(`
  boek boeken dagboek roman romans verhaal verhalen gedicht gedichten lied liedje liedjes nummer album
  film films serie musical schilderij schilderijen theatershow voorstelling podcast column muziek
  kunstwerk kunstwerken stijl   book books novel novels story stories poem poems song songs painting
  paintings movie show music style
`);

/** Words about pupils, parents and colleagues: a full name in the same sentence is a private person's. */
export const PRIVATE_CONTEXT = words(`
  ouders ouder moeder vader gesprek oudergesprek oudergesprekken leerling leerlingen klas groep collega
  collega's rapport intake dossier aanmelding invaller vervanger verlof jarig ouderavond stagiair stagiaire
  juf meester kleuters klasgenoot klasgenoten zoon dochter buurvrouw buurman teamuitje parents parent
  colleague colleagues pupil pupils classmate students student mentor mentorleerling tutor toetsweek
  dyslexieverklaring dyslexie dyscalculie adhd autisme verzuim leerplicht cito opp eindtoets toetsuitslag
  toetsuitslagen leerlingdossier
`);

/** Animals: a name shortly after one of these is probably the pet's ("We hebben een puppy! Ze heet Saar"). */
export const ANIMALS = words(`
  hond honden hondje puppy pup pups reu reutje teef teefje labrador labradoodle kat katten katje kater
  poes   poesje kitten konijn konijntje cavia hamster muis rat paard paarden pony veulen merrie ruin
  goudvis   vis parkiet kip kippen haan schildpad geit schaap dog dogs puppies cat cats kitty rabbit horse
  pony   guinea hamster fish
`);

/** Words after a name that make it a work, brand, building or event rather than a person. */
export const NOT_PRIVATE_AFTER = words(`
  boek boeken book books film movie serie series show album song lied liedje concert tour musical   school
  basisschool college lyceum museum huis stichting foundation prijs award trofee cup beker park   stadion
  arena zaal theater straat laan weg plein syndroom syndrome effect methode fonds fund   winkel shop store
  bakkerij restaurant hotel cafe café
`);

/**
 * Endings of streets, schools and buildings: a name inside one is not a person ("Willem de Zwijgerlaan").
 * Not -kerk, -kade, -park or -singel: surnames end like that (Verkerk, Verkade).
 */
export const PLACE_SUFFIXES = [
  'school',
  'college',
  'lyceum',
  'straat',
  'laan',
  'plein',
  'gracht',
  'museum',
  'stadion',
  'theater',
  'ziekenhuis',
  'kliniek',
  'bibliotheek',
  'centrum',
] as const;

/** Words before a name that mark the start of an organisation or place ("obs Willem Alexander"). */
export const PLACE_BEFORE = words(`
  basisschool obs cbs rkbs pcbs ikc kindcentrum school stichting sportpark sporthal zwembad   supermarkt
  restaurant hotel camping straat   bakkerij slagerij kapsalon kapper garage autobedrijf boekhandel
  bloemist tuincentrum kwekerij boerderij kinderboerderij manege dansschool muziekschool zwemschool
  rijschool sportschool praktijk tandartspraktijk huisartsenpraktijk fysiotherapie eetcafé cafe café
  kinderopvang peuterspeelzaal bso kdv vereniging winkel schildersbedrijf bouwbedrijf installatiebedrijf
  hoveniersbedrijf
`);

/** Self-introductions: "ik ben …", "ik heet …", "mijn naam is …", "my name is …", "I'm …". */
export const SELF_INTRO: readonly (readonly string[])[] = [
  ['ik', 'ben'],
  ['ik', 'heet'],
  ['naam', 'is'],
  ['name', 'is'],
  ['i', 'am'],
  ["i'm"],
  ['im'],
];

/** Function words: never part of a name, and not a surname after an initial ("C. Daarna"). */
export const FUNCTION_WORDS = words(`
  de het een en of maar ik jij je u hij zij ze wij we jullie hun hen mij me mijn m'n jouw zijn haar ons
  onze   dit dat die deze daar hier er wat wie waar wanneer hoe waarom welke niet geen wel ook nog al toch
  dus want   omdat als dan toen nu straks morgen vandaag gisteren daarna daarom verder eerst met voor na
  naar van in   op aan uit bij om over door tot tegen zonder tussen onder boven achter is was ben bent
  waren heb hebt   heeft hebben had hadden wordt worden werd kan kun kunt kunnen mag mogen moet moeten wil
  wilt willen   zal zult zullen ga gaat gaan ging komt komen kwam doe doet doen deed graag even echt heel
  erg ja nee   oké ok okay the a an and or but i you he she it we they me my your his her its our their
  this that these   those there here what who where when how why which not no yes also still just so
  because if then now   today tomorrow yesterday with for to of on at from by about as is was are were be
  been am have has had   do does did can could will would shall should may might must please
`);

/** Words after which a name is a form value ("Naam: Amira Benali"). */
export const LABELS = words('naam name voornaam leerling kind contactpersoon tnv');
/** School subjects and words after "juf"/"meester" that are not a name ("juf Engels"). */
export const NOT_AFTER_TITLE = words(`
  engels nederlands frans duits gym muziek rekenen taal spelling groep klas english dutch french german
  maths music
`);
/** Nouns before a capital letter that make it a label, not an initial ("groep B. Daarna"). */
export const NOT_BEFORE_INITIAL = words(`
  groep klas lokaal vitamine vitamin plan bijlage optie fase punt type blok niveau route vak deel
  hoofdstuk les week group class room grade level part chapter option team diploma
`);
/** Words that may open a sign-off before the greeting itself ("Met vriendelijke groet", "Veel liefs"). */
export const LEADING_SIGNOFF = words(`
  met vriendelijke hartelijke veel lieve warme warm kind dikke hele
`);
/** The word before a colon that opens a list or form of people ("Nieuwe leerling in groep 6: …", "Afwezig: …"). */
export const LIST_LABELS = words(`
  leerling leerlingen leerlinge kind kinderen naam namen groep gr klas winnaar winnaars pupil pupils
  student students nieuw nieuwe new collega invaller contactpersoon ouder ouders moeder vader aanwezig
  afwezig ziek jarig rijouder rijouders chauffeur chauffeurs maandag dinsdag woensdag donderdag vrijdag
  zaterdag zondag
`);

/**
 * Words for a public role right before a name ("schrijfster Tosca Menten", "minister Bruins", "olympisch
 * kampioene …"): the name is a public figure's, not a private person's.
 */
export const PUBLIC_ROLES = words(`
  schrijver schrijfster auteur dichter dichteres illustrator illustratrice tekenaar tekenares
  kinderboekenschrijver kinderboekenschrijfster kinderboekenauteur zanger zangeres rapper rapster acteur
  actrice cabaretier cabaretière komiek presentator presentatrice kampioen kampioene wereldkampioen
  wereldkampioene atleet atlete schaatser schaatsster wielrenner wielrenster voetballer voetbalster
  tennisser tennisster zwemmer zwemster turner turnster coureur sprinter sprintster bondscoach minister
  premier staatssecretaris kamerlid burgemeester wethouder gedeputeerde president koning koningin prins
  prinses kroonprins kroonprinses keizer keizerin paus politicus politica partijleider lijsttrekker
  fractievoorzitter kunstenaar kunstenares componist filosoof wetenschapper hoogleraar professor historicus
  youtuber vlogger influencer artiest muzikant regisseur journalist columnist nieuwslezer astronaut
  ontdekkingsreiziger uitvinder   author writer novelist poet illustrator singer rapper actor actress
  comedian presenter champion athlete skater cyclist footballer swimmer gymnast minister president king
  queen prince princess senator mayor chancellor pope painter composer philosopher scientist professor
  youtuber journalist astronaut explorer inventor
`);

/** Endings of compound public roles ("kinderboekenschrijfster", "oud-premier", "topschaatser", "popzanger"). */
export const PUBLIC_ROLE_ENDINGS = [
  'schrijver',
  'schrijfster',
  'auteur',
  'dichter',
  'dichteres',
  'zanger',
  'zangeres',
  'atleet',
  'atlete',
  'schaatser',
  'schaatsster',
  'renner',
  'renster',
  'voetballer',
  'voetbalster',
  'minister',
  'premier',
  'presentator',
  'presentatrice',
  'illustrator',
  'acteur',
  'actrice',
  'cabaretier',
] as const;

/** Words that may stand between a public role and the name ("de bekende Vlaamse schrijfster …"). */
export const PUBLIC_ROLE_FILLERS = words(`
  de het een the a an nederlandse vlaamse belgische bekende beroemde wereldberoemde olympisch olympische
  oud voormalig voormalige huidige nieuwe jonge legendarische regerend regerende europees nederlands
  dutch famous former olympic world legendary great late van en and &
`);

/**
 * Words that put a sentence in the public sphere (television, politics, top sport, the arts): a full
 * name in it is a public figure's unless something marks it as a pupil's, parent's or colleague's.
 */
export const PUBLIC_CONTEXT = words(`
  tv televisie journaal jeugdjournaal talkshow uitzending aflevering debat kamerdebat kabinet partij
  verkiezingen medaille medailles goud zilver brons gouden olympische olympisch wk ek wereldkampioenschap
  wereldrecord kampioenschap race gp concert album songfestival eurovisie tournee netflix youtube podcast
  interview bestseller roman romans kinderboek kinderboeken jeugdboek jeugdboeken prentenboek
  prentenboeken kinderboekenweek keynote spreker gastspreker congres webinar   episode debate parliament medal medals gold silver bronze
  olympic olympics championship concert album novel bestseller interview netflix podcast keynote speaker
  conference webinar
`);

/** Words for reading and works: a name after "van"/"uit" near one of these is a work's maker or title. */
export const READING = words(`
  lezen lees leest las lazen gelezen voorlezen voorgelezen voorlees voorleest herlezen herlees herlas
  uitgelezen uitlezen leesboek boek boeken boekje verhaal verhalen gedicht gedichten prentenboek
  prentenboeken kinderboek kinderboeken jeugdboek fragment hoofdstuk citaat quote luisterboek serie
  read reading reads story stories book books poem chapter
`);

/** Words before "van"/"of" that make a following name someone's idol ("fan van Enzo Knol"). */
export const FAN_OF = words('fan fans idool held heldin fangirl fanboy');

/** Words before "over"/"about" that make a following name the subject of a lesson ("les over Rosa Parks"). */
export const TOPIC_BEFORE = words(`
  les lessen spreekbeurt spreekbeurten werkstuk werkstukken project presentatie documentaire film boek
  gepraat geleerd praten leren verteld vertellen vertelde verhaal verhalen bijbelverhaal quiz lesson
  lessons talk presentation project documentary learned learning story
`);

/** Words before "aan"/"voor"/"to" that thank or praise the person named next ("Dank aan …", "thanks to …"). */
export const THANKS = words(`
  dank bedankt dankjewel dankjewel dankuwel complimenten compliment hulde applaus felicitaties knuffel
  knuffels shoutout shout-out thanks thank credit kudos congratulations congrats props
`);

/** Prepositions of place: a capitalised pair after them is a place or a business ("naar Rotterdam Ahoy"). */
export const PLACE_PREPOSITIONS = words(`
  in naar te richting vanuit nabij langs via bij uit op into towards near at
`);
