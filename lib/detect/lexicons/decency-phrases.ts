/**
 * Phrasings that break the decency norms of protocol article A7 (threatening, stalking, exposing, humiliating,
 * blackening, discriminating, sexist remarks), Dutch and English. Hand-written from the protocol's list and
 * common phrasings in Dutch online harassment guidance (e.g. Stop Online Shaming, MiMi); general patterns,
 * not sentences from any corpus.
 *
 * Each entry is [regex source over lower-cased text, strength]. A source MUST start with a word or a plain
 * `(?:a|b c)` group of words (that is where the matcher tries it). Bounded quantifiers only.
 * 'strong' fires on its own; 'weak' only counts when the post has another decency signal.
 */

export type Strength = 'strong' | 'weak';
export type DecencyPhraseRule = 'threat' | 'expose' | 'humiliate' | 'discrimination' | 'sexism' | 'insult';

const W = "[\\p{L}'-]{1,20}";
const PERSON =
  "(?:moeder|vader|ouders|moeders|vaders|stagiaire|stagiair|collega|juf|meester|leerkracht|leraar|lerares|invaller|conciërge|directeur|directrice|gymleraar|gymjuf|buurvrouw|buurman|onderwijsassistent|ib'er|intern|teacher|colleague|mother|mom|mum|father|dad|principal|head teacher|boss|director)";
const ETHNIC_GROUP =
  "(?:marokkanen|turken|polen|roemenen|bulgaren|syriërs|afrikanen|surinamers|antillianen|eritreeërs|somaliërs|arabieren|moslims|joden|buitenlanders|allochtonen|asielzoekers|vluchtelingen|gelukszoekers|zigeuners|migranten|immigrants|immigrants|muslims|jews|foreigners|refugees|migrants|homo's|homos|gays)";
/** What a discriminating generalisation says about a group. */
const NEGATIVE =
  '(?:lui|dom|dommer|crimineel|criminelen|tuig|stelen|steelt|liegen|liegt|profiteren|profiteurs|uitvreters|parasieten|allemaal hetzelfde|allemaal dieven|dieven|allemaal crimineel|terug naar|oprotten|opdonderen|lazy|criminals|steal|stealing|thieves|all the same)';
const GROUP_DETERMINER = '(?:die|al die|zulke|dat soort|alle|those|these|all)';
const PLATFORM =
  '(?:klassenapp|groepsapp|ouderapp|oudergroep|klassengroep|teamapp|groep|app|facebook|fb|insta|instagram|story|tiktok|internet|socials|twitter|x|team|personeelsgroep|ouders|hele school|iedereen)';
/** What someone would not want shared: their name, address, number, photos, messages. */
const PRIVATE_THINGS =
  "(?:naam|namen|adres|adressen|nummer|telefoonnummer|gegevens|foto|foto's|berichten|appjes|screenshots|mails|filmpje|filmpjes)";
/** Person words for "the worst …": a person, a class or the school as a whole. */
const PERSON_OR_GROUP = `(?:${PERSON.slice(3, -1)}|klas|groep|kinderen|leerlingen|ouders|team|school|directie|kind|leerling|jongen|meisje|mens|vrouw|man|vent|wijf|class|parents|kids|pupils|school|staff|woman|man|person|human being|child|boy|girl|people|lichting|jaargang|generatie|bende|stel|exemplaar|types?|figuur)`;
const WORST =
  '(?:slechtste|domste|ergste|luiste|lelijkste|vervelendste|irritantste|stomste|vreselijkste|waardeloosste|achterlijkste|brutaalste|grofste|gemeenste|dikste|chagrijnigste|onbeschoftste|asociaalste|vieste|smerigste|meest incompetente|meest irritante|meest waardeloze|meest asociale|worst|dumbest|stupidest|laziest|ugliest|rudest|meanest|nastiest|fattest|most incompetent|most useless|most annoying|most arrogant)';
const NATIONALITY =
  '(?:marokkaanse|turkse|poolse|roemeense|bulgaarse|syrische|afrikaanse|surinaamse|antilliaanse|eritrese|somalische|arabische|islamitische|allochtone|buitenlandse|zwarte|oost-europese|moroccan|turkish|polish|romanian|syrian|african|muslim|foreign|immigrant)';
const PEOPLE =
  '(?:ouders|kinderen|mensen|families|gezinnen|moeders|vaders|leerlingen|jongens|meiden|meisjes|vrouwen|mannen|kids|parents|children|people|families|mothers|fathers|pupils|women|men)';

export const DECENCY_PHRASES: Record<DecencyPhraseRule, ReadonlyArray<readonly [string, Strength]>> = {
  threat: [
    [
      '(?:zou|zal|is) (?:(?:wel|toch|echt) )?(?:zonde|jammer|erg) (?:zijn )?als (?:daar|er|je|jouw|die|jullie|uw) (?:[\\p{L}]{2,10} )?(?:iets|wat) (?:mee )?(?:gebeurt|gebeurde|overkomt)',
      'strong',
    ],
    [
      '(?:ik|we) (?:weet|weten) (?:(?:ook|precies|heus|wel) ){0,2}(?:welke|waar) (?:fiets|auto|huis|kind|kinderen|school|scooter) (?:van jou|van je|jij|je|van u|u)(?= )',
      'strong',
    ],
    [
      '(?:je|jouw|uw) (?:adres|huis|woonadres|woonplaats) (?:komt|krijg ik|vind ik|heb ik) (?:ook |straks |zo )?(?:nog )?(?:wel|snel)',
      'strong',
    ],
    [
      '(?:ik|we) (?:heb|hebben) (?:je|jouw|uw|zijn|haar) (?:kenteken|adres|nummer|gegevens|werkadres)',
      'weak',
    ],
    [
      "dan (?:zal|zul|gaat|zullen|gaan) (?:hij|zij|ze|die|jij|je|jullie) (?:het|dat|'t) (?:nog )?(?:weten|merken|voelen|bezuren)",
      'weak',
    ],
    ['wacht (?:maar|jij maar|maar af)(?= ?[.!,;😡🤬]| ?$)', 'weak'],
    // "… dat d'r dochter het hier niet leuk meer gaat krijgen": a veiled threat through someone's child.
    [
      'het (?:hier |op school |in de klas |bij ons )?niet (?:meer )?(?:leuk|makkelijk|prettig|gezellig|fijn) (?:meer )?(?:gaat|gaan|zal|zou) (?:krijgen|hebben)',
      'strong',
    ],
    [
      'dan (?:weet|voelt|merkt) (?:hij|zij|ze) (?:ook |meteen |eindelijk )?(?:eens )?hoe dat (?:voelt|is)',
      'weak',
    ],
    [
      "(?:sla|slaan|trap|trappen|schop|schoppen|ram|rammen|mep|meppen|timmer|beuk) (?:ik|we) (?:je|jouw|zijn|haar|z'n|d'r|hun|die) (?:tanden|kop|hersens|hersenpan|kaak|neus|ribben|benen|smoel|gezicht) (?:[\\p{L}]{2,8} ){0,2}?(?:uit|in|door|kapot|eraf|in elkaar|uit (?:zijn|haar|z'n|d'r|je) (?:bek|mond|kop))",
      'strong',
    ],
    [
      "(?:moet|moeten|verdient|verdienen|mag|mogen|heeft|hebben|krijgt|krijgen) (?:(?:gewoon|eens|echt|een keer|nodig|wel|maar) ){0,3}(?:een )?(?:pak slaag|pak rammel|pak op (?:zijn|haar|z'n|d'r|hun) (?:donder|lazer|sodemieter|falie)|draai om (?:zijn|haar|z'n|d'r|de) oren|schop onder (?:zijn|haar|z'n|d'r|de) (?:kont|hol|reet)|(?:flinke |harde )?(?:klap|mep|lel|hengst|oplawaai)(?= ?[.!,;]| ?$| (?:voor|tegen|dan)))",
      'strong',
    ],
    // veiled threats: "ik zou maar oppassen als ik jou was", "daar ga je spijt van krijgen", "dat gaat je opbreken"
    [
      '(?:zou|zal) (?:(?:maar|wel|goed|even) ){0,2}(?:oppassen|uitkijken|opletten) als ik (?:jou|u|haar|hem) (?:was|ben)',
      'strong',
    ],
    ["(?:i'd|i would) (?:watch out|be careful) if i were (?:you|her|him)", 'strong'],
    [
      '(?:je|jij|jullie|u|hij|zij|ze) (?:(?:gaat|gaan|zal|zult|zullen|krijgt|krijgen) ){1,2}(?:hier |daar |er |nog |echt |zeker |wel ){0,3}spijt (?:van )?(?:krijgen|hebben|krijgt)',
      'strong',
    ],
    [
      '(?:dat|dit) (?:gaat|zal) (?:je|jou|jullie|u|hem|haar) (?:nog |echt |zeker |wel ){0,2}(?:opbreken|duur komen te staan|berouwen)',
      'strong',
    ],
    ['(?:je|jij|jullie|u) (?:hoort|horen) (?:nog |echt |zeker )?(?:van mij|van ons|nog van me)', 'strong'],
    ['(?:dit|dat) is (?:nog )?(?:lang )?niet (?:voorbij|afgelopen|klaar)', 'weak'],
    [
      '(?:dit|dat) (?:krijg|krijgt|krijgen) (?:je|jij|jullie|u|hij|zij|ze) (?:nog )?(?:terug|betaald)',
      'strong',
    ],
    [
      "(?:ik|we) (?:maak|maken) (?:je|jouw|haar|zijn|z'n|d'r|hun|jullie) (?:leven )?(?:zuur|een hel|kapot|onmogelijk)",
      'strong',
    ],
    ['(?:let|kijk) (?:jij |jullie )?(?:maar|nou maar) (?:op|uit)(?= ?[.!,;]| ?$)', 'weak'],
    ['reken (?:daar |er )?maar (?:op|niet op)(?= ?[.!,;😡🤬]| ?$)', 'weak'],
    [
      "(?:mag|mogen) (?:van mij |wat mij betreft )?(?:(?:wel|best|gerust|een keer|eens|flink|lekker) ){0,3}(?:op (?:haar|zijn|z'n|d'r|hun|je) (?:bek|plaat|smoel|muil|gezicht) gaan|doodvallen|dood neervallen|oprotten|opdonderen|verrekken|stikken|creperen|wegrotten|onder een bus lopen)",
      'strong',
    ],
    [
      'als (?:hij|zij|ze|die|die [\\p{L}]{2,15}|de [\\p{L}]{2,15}) (?:nog|ooit nog) (?:één|een|1) keer',
      'weak',
    ],
    [
      '(?:gooi|trap|schop|smijt|zet|sleur|sleep) (?:ik|we) (?:haar|hem|ze|je|jou|jullie|die [\\p{L}]{2,15}) (?:(?:er|eigenhandig|persoonlijk|zelf|wel|meteen|gewoon) ){1,3}(?:uit|buiten|af)',
      'weak',
    ],
    [
      '(?:eens|even) kijken of (?:hij|ze|zij|die|je|jij) (?:dan |nog |ook |nog steeds )?zo (?:stoer|brutaal|dapper|groot|sterk)',
      'weak',
    ],
    [
      'als ik (?:bij (?:hem|haar|jou|je|ze) )?(?:aanbel|voor de deur sta|op de stoep sta|langskom|aan de deur kom)',
      'weak',
    ],
    [
      "(?:sla|slaan|mep|meppen|trap|trappen|schop|schoppen|timmer|timmeren|beuk|beuken|ram|rammen|hengst|hengsten) (?:ik|we) (?:je|jou|jullie|hem|haar|die [\\p{L}]{2,15}) (?:[\\p{L}]{2,14} ){0,2}?(?:op|voor|tegen|in) (?:zijn|haar|je|z'n|d'r|de|hun|jullie) (?:bek|kop|muil|smoel|gezicht|neus|harses|tanden|ogen|porem|tronie)",
      'strong',
    ],
    [
      "(?:kan|kun|kunt|mag|gaat|zal) (?:je|jij|hij|zij|ze|u) (?:(?:je|jouw|zijn|haar|z'n|d'r|uw|wel|echt|meteen|dan|gedag|fluiten) ){0,3}(?:naar )?(?:baan|job|contract|vaste aanstelling|aanstelling|carrière|plek hier) (?:wel )?(?:vergeten|gedag zeggen|op (?:je|zijn|haar) buik schrijven|kwijt|verliezen)",
      'strong',
    ],
    [
      "(?:you can|you'll|you will) (?:kiss|say goodbye to|forget) (?:your|that) (?:job|career|contract)",
      'strong',
    ],
    [
      "(?:krijgt|krijg|krijgen|geef|geven|verkoop|verkopen|verkoopt) (?:(?:ze|hij|zij|je|jij|jullie|ik|we|hem|haar|die|u|dan|wel|echt|gewoon|zo|een|keer|nog) ){0,4}(?:een |'n )?(?:klap|dreun|mep|knal|tik|schop|oplawaai|lel|hengst|pak slaag|pak rammel|trap|vuist) (?:voor|tegen|op|in) (?:haar|zijn|z'n|d'r|je|jouw|de|hun|die) (?:kop|bek|hoofd|smoel|muil|harses|kanis|gezicht|neus|snufferd|tronie|porem)",
      'strong',
    ],
    [
      "(?:i|we) (?:hope|wish) (?:that )?(?:she|he|they|that [\\p{L}]{2,12}) (?:[\\p{L}']{1,12} ){0,4}?(?:dies|die|gets hit|falls down|chokes|rots|gets fired|gets cancer|gets run over)",
      'strong',
    ],
    [
      "(?:hoop|hopen|hoopte|hopelijk|wens|wensen|gun|gunnen) (?:(?:ik|we|echt|stiekem|dan|maar|gewoon|oprecht|zo) ){0,3}(?:dat )?(?:die|dat|hij|zij|ze|jullie|je|jij) (?:[\\p{L}']{1,12} ){0,6}?(?:van de trap (?:valt|flikkert|dondert|lazert|pleurt|sodemietert)|onder een (?:bus|trein|auto|vrachtwagen|tram)|(?:flikkert|lazert|pleurt|sodemietert|kapotgaat|crepeert|creperen|verrekt|verrekken|stikt|stikken|doodgaat|doodgaan|dood neervalt|verongelukt|verzuipt|kanker krijgt|een ongeluk krijgt|een ongeluk krijgen|in elkaar geslagen wordt|een klap krijgt))",
      'strong',
    ],
    [
      '(?:ik|we|wij) (?:wens|wensen|gun|gunnen) (?:haar|hem|hen|ze|jullie|je|jou|die [\\p{L}]{2,15}) (?:(?:echt|alle|de|oprecht|gewoon) ){0,2}(?:pest|tering|tyfus|kanker|kolere|kolera|ziekte|ellende|ergste) (?:toe|aan (?:de|het|haar|zijn) (?:lijf|hals))',
      'strong',
    ],
    [
      '(?:dan|zal|zullen|gaat|gaan) (?:(?:hij|zij|ze|die|je|jij|jullie|u|wel|echt|nog|dan|eens) ){1,4}anders (?:piepen|praten|kijken|lachen)',
      'weak',
    ],
    [
      '(?:ik|we|wij) (?:ga|gaan|zal|zullen) (?:haar|hem|je|jou|jullie|die [\\p{L}]{2,15}|ze) (?:[\\p{L}]{2,12} ){0,3}?(?:opwachten|opzoeken|opsporen|te grazen nemen|een lesje leren|in elkaar slaan|in elkaar rammen|afmaken)',
      'strong',
    ],
    [
      '(?:ik|wij|we) (?:weet|weten) (?:(?:precies|heus|heel goed|dondersgoed|best|echt|wel|ook|nog|allang|prima|goed) ){0,3}(?:waar (?:je|jij|jullie|u|hij|zij|ze|die [\\p{L}]{2,15}|de [\\p{L}]{2,15}) (?:woont|wonen|woon|werkt|werken|slaapt|slapen)|(?:je|jou|jullie|hem|haar|u) (?:wel )?te vinden|wie (?:je|jij) bent|waar (?:je|jouw|jullie) (?:auto|kind|kinderen|huis) (?:staat|zit|zitten|woont))',
      'strong',
    ],
    [
      '(?:i|we) (?:(?:also|still|already) )?(?:know|knows) (?:exactly )?(?:where (?:you|he|she) (?:live|lives|work|works|park|parks)|where to find you|who you are)',
      'strong',
    ],
    ["(?:i'll|i will|we'll|we will) (?:find|get|hurt|make) (?:you|him|her)(?: pay)?", 'strong'],
    ['watch your back', 'strong'],
    ["(?:you'll|you will) (?:regret|pay for) (?:this|that|it)", 'strong'],
    ["(?:you've|you have) been warned", 'strong'],
    ["(?:i'm|i am) coming for you", 'strong'],
    ["(?:je|jij) (?:zult|zal|gaat) (?:het|dat|'t) (?:nog )?(?:voelen|bezuren|berouwen)", 'strong'],
    ["(?:je|jij) (?:zult|zal|gaat) (?:het|dat|'t) (?:nog )?(?:merken|weten|zien)", 'weak'],
    ['(?:dat|dit) (?:ga|zal|gaat) (?:je|jij|jullie) (?:nog )?(?:voelen|bezuren|berouwen)', 'strong'],
    ['(?:dat|dit) (?:ga|zal|gaat) (?:je|jij|jullie) (?:nog )?merken', 'weak'],
    ["dan (?:zul|zal|ga) (?:je|jij) (?:het|dat|'t) (?:voelen|bezuren)", 'strong'],
    ["dan (?:zul|zal|ga) (?:je|jij) (?:het|dat|'t) (?:merken|zien)", 'weak'],
    ['(?:je|jij|jullie) (?:gaat|gaan) eraan', 'strong'],
    ['(?:je|jij|jullie) (?:bent|zijn) (?:hierbij )?gewaarschuwd', 'strong'],
    ['(?:je|jij) bent (?:nog )?niet van (?:me|mij|ons) af', 'strong'],
    ['(?:je|jij) bent de (?:lul|klos|sjaak)', 'strong'],
    ['(?:ik|we) (?:krijg|krijgen) (?:je|jou|jullie|hem|haar) (?:nog|wel|heus)', 'strong'],
    [
      '(?:ik|we|wij) (?:maak|maken|sla|slaan|trap|trappen|schop|schoppen) (?:je|jou|jullie|hem|haar) (?:af|kapot|verrot|in elkaar|helemaal kapot|de kop in|de hersens in|bont en blauw)',
      'strong',
    ],
    [
      '(?:sla|trap|schop|maak) (?:ik|we) (?:je|jou|jullie|hem|haar) (?:[\\p{L}]{2,14} )?(?:verrot|in elkaar|kapot|af|de hersens in|de kop in|bont en blauw)',
      'strong',
    ],
    [
      '(?:ik|we) (?:kom|komen) (?:je|jou|jullie|hem|haar) (?:nog |wel )?(?:halen|opzoeken|thuis opzoeken)',
      'strong',
    ],
    [
      '(?:ik|we|wij) (?:sta|staan|stond|kom|komen) (?:(?:morgen|straks|vanavond|zo|echt|gewoon|dan|wel|meteen|persoonlijk) ){0,3}bij (?:je|jou|jullie|u|hem|haar|hen|ze|die [\\p{L}]{2,15}) (?:thuis )?(?:op de stoep|voor de deur|aan de deur|op de mat|in de tuin|aan de bel)',
      'strong',
    ],
    [
      '(?:sta|staan|kom|komen) (?:ik|we|wij) (?:(?:morgen|straks|vanavond|zo|echt|gewoon|dan|wel|meteen|persoonlijk) ){0,3}bij (?:je|jou|jullie|u|hem|haar|hen|ze|die [\\p{L}]{2,15}) (?:thuis )?(?:op de stoep|voor de deur|aan de deur|op de mat|in de tuin|aan de bel)',
      'strong',
    ],
    // "volgende keer wacht ik je op na schooltijd": waiting for someone is a threat only in company.
    [
      '(?:wacht|wachten) (?:ik|we|wij) (?:je|jou|jullie|hem|haar|die [\\p{L}]{2,15}) (?:(?:wel|gewoon|zelf|persoonlijk) )?op(?= (?:na|bij|buiten|voor|na afloop|om)| ?[.!,;]| ?$)',
      'weak',
    ],
    [
      "(?:kijken|zien) (?:we|wij|ik) (?:(?:wel|eens|dan) ){0,2}hoe (?:groot|stoer|brutaal) (?:je|jouw|zijn|haar|z'n|d'r) (?:mond|bek|smoel|praatjes)",
      'weak',
    ],
    [
      'als ik (?:je|jou|hem|haar|die [\\p{L}]{2,15}) (?:nog eens |ooit |nog een keer )?(?:te pakken krijg|tegenkom)',
      'strong',
    ],
    ['(?:dat|dit) (?:zet|zetten) (?:ik|we) (?:je|jou|jullie|hem|haar) (?:nog )?betaald', 'strong'],
    ['(?:zet|zetten) (?:ik|we) (?:je|jou|jullie|hem|haar) (?:nog )?betaald', 'strong'],
    ['(?:vermoord|vermoorden|wurg|wurgen) (?:ik )?(?:je|jou|jullie|hem|haar)', 'weak'],
    ["(?:i'll|i will|gonna) (?:kill|strangle|murder) (?:you|him|her)", 'weak'],
    [
      'pas (?:jij |jullie |nou |dan |maar )?(?:maar )?op(?= ?[.!,;]| ?$| (?:want|anders|hoor|of je|wat je))',
      'weak',
    ],
    [
      "(?:kom|doe|zeg|appt|app|bel|mail|scheld) (?:je |jij |het |dat |dit |u )?(?:nog (?:één|een|1) keer|nog eens|ooit nog)(?: [\\p{L}'-]{1,15}){0,6}?,? (?:en|dan) (?:je|jij|ik|we|u|zal|zul|krijg)",
      'weak',
    ],
    ['als (?:je|jij|u) nog (?:één|een|1) keer', 'weak'],
    ["nog (?:één|een|1) keer (?:zo'n|zulke|zo een|zoiets)(?= )", 'weak'],
    ['(?:je|jij) (?:hebt|mag) (?:nog )?(?:geluk|blij zijn) dat', 'weak'],
    ['or else', 'weak'],
    [
      '(?:zal|gaat|zullen|gaan) (?:die [\\p{L}]{2,15}|ze|hij|zij|jij|je|jullie|u) (?:nog |eens |wel |dan ){0,3}wat van (?:me|mij|ons) (?:horen|merken|zien)',
      'strong',
    ],
    ['(?:weet|weten) (?:nog )?niet wat (?:haar|hem|je|jou|hen|jullie|u) te wachten staat', 'strong'],
    [
      '(?:zorg|zorgen) (?:er )?(?:wel |persoonlijk )?(?:voor )?dat (?:je|jij|hij|zij|ze|jullie) (?:ontslagen|geschorst|eruit gegooid|eruit getrapt|van school gestuurd|van school getrapt) (?:wordt|worden)',
      'strong',
    ],
    [
      '(?:ik|we) (?:ga|gaan) (?:je|jou|hem|haar|jullie) (?:kapotmaken|kapot maken|aanpakken|slopen|afmaken|te grazen nemen|pakken)',
      'strong',
    ],
    ['wacht (?:jij |jullie )?maar af', 'weak'],
    ['(?:je|jij) (?:zal|zult) (?:het )?zien', 'weak'],
    [
      '(?:ga|gaan) (?:ik|we) (?:haar|hem|je|jou|jullie|die [\\p{L}]{2,15}) (?:thuis |persoonlijk |eens |wel )?(?:opzoeken|opwachten|bezoeken|halen)',
      'strong',
    ],
    [
      '(?:ik|we) (?:ga|gaan) (?:haar|hem|je|jou|jullie|die [\\p{L}]{2,15}) (?:thuis |persoonlijk |eens |wel )?(?:opzoeken|opwachten)',
      'strong',
    ],
    ['als ik nog (?:één|een|1) keer', 'weak'],
    [
      '(?:weet|weten) (?:ik|we|wij) (?:je|jou|hem|haar|jullie|u) (?:wel |heus |best |echt )?te vinden',
      'strong',
    ],
    [
      "(?:i|we) know (?:your|where your) (?:face|car|house|address|kids?|kid's|children|school|class|wife|husband)",
      'strong',
    ],
    [
      "(?:ik|wij|we) (?:weet|weten) (?:(?:precies|heus|heel goed|dondersgoed|best|echt|wel|ook|nog|allang|prima|goed) ){0,3}waar (?:[\\p{L}']{1,15} ){1,7}?(?:woont|wonen|werkt|werken|parkeert|parkeren|slaapt|staat geparkeerd|sport|boodschappen doet)",
      'weak',
    ],
    [
      '(?:krasje|kras|lekke band|lekke banden|ongelukje|ruitje) (?:is|zijn|heb je) (?:zo|snel|zomaar) (?:gemaakt|gebeurd|gezet)',
      'weak',
    ],
    [
      '(?:een lesje|een les|een pak slaag|een dreun|een klap) (?:dat|die|wat) (?:hij|zij|ze|je|jij|jullie) (?:nooit|niet) (?:meer )?(?:vergeet|vergeten|zal vergeten)',
      'strong',
    ],
    ['(?:krijgt|krijg|krijgen) (?:hij|zij|ze|je|jij|jullie) (?:het )?(?:echt )?van mij', 'weak'],
  ],
  expose: [
    [
      '(?:ga|gaan|loop|lopen) (?:(?:gerust|maar|allemaal|even|eens|gewoon) ){1,3}(?:langs|op bezoek|aanbellen)',
      'weak',
    ],
    // "Bel hem maar allemaal even op": a number shared for others to harass someone with.
    [
      "(?:bel|app|mail|spam|bericht|sms) (?:hem|haar|ze|die [\\p{L}]{2,15}) (?:(?:maar|dan|gerust|even|eens|gewoon) ){0,3}(?:allemaal|met z'n allen|met zijn allen|massaal|plat)",
      'strong',
    ],
    [
      '(?:zodat|dan kan|dan kunnen) (?:heel de|de hele|iedereen (?:op|van) de|heel het|het hele) (?:school|klas|dorp|team|wereld|internet) (?:kan |het kan |het |mee )?(?:meelachen|lachen|uitlachen)',
      'strong',
    ],
    [
      "(?:ik|we|wij) (?:stuur|sturen|deel|delen|zet|zetten|forward|gooi|gooien|post|posten) (?:[\\p{L}']{2,12} ){0,3}?(?:screenshots?|appjes|berichten|mails|chats|whatsapps|dm's) (?:van|of) (?:haar|hem|die|dat|deze|zijn|hun|her|him)",
      'weak',
    ],
    [
      "(?:ik|we|wij) (?:stuur|sturen|deel|delen|zet|zetten|forward|gooi|gooien|post|posten) (?:(?:gewoon|meteen|straks|dan|wel|al) ){0,2}(?:haar|zijn|z'n|d'r|hun|her|his|their) (?:appjes|berichten|mails|chats|whatsapps|dm's|messages|texts)",
      'weak',
    ],
    [
      `(?:foto|foto's|fotootje|filmpje|video|opname|picture|photo|video) (?:van|of) (?:die|dat|deze|that|this) (?:${W} )?${PERSON} (?:${W} ){0,2}?(?:gemaakt|geschoten|genomen|opgenomen|taken|made)`,
      'weak',
    ],
    [
      '(?:zet|post|gooi|deel|plaats) (?:ik|we) (?:het |hem |die |dat |ze |deze )?(?:(?:morgen|straks|vanavond|gewoon|zo|meteen|dan|wel) ){0,2}(?:op|in) (?:fb|facebook|insta|instagram|tiktok|twitter|x|internet|de groep|de klassenapp|de oudergroep|de groepsapp|de teamapp|de buurtapp)',
      'weak',
    ],
    [
      "(?:moet|moeten) (?:je|jullie) (?:die|dat|deze|haar|zijn|z'n|d'r) (?:[\\p{L}']{2,15} ){0,2}?(?:eens |even )?(?:zien|lezen|horen|bekijken)",
      'weak',
    ],
    [
      `(?:in|op) (?:de|het|onze|mijn) ${PLATFORM} (?:gezet|gegooid|gedeeld|gepost|geplaatst|doorgestuurd|rondgestuurd)`,
      'weak',
    ],
    [
      '(?:gaat|gaan|stuur|stuurt|sturen|gooi|gooien) (?:alles|het|dit|dat|ze|die) (?:[\\p{L}]{2,10} ){0,2}?naar de (?:krant|pers|media|omroep|telegraaf|roddelbladen)',
      'weak',
    ],
    [
      '(?:dossier|lijstje|zwartboek) (?:over|van|bij) (?:die|dat|haar|hem|de|zijn) (?:[\\p{L}]{2,15} )?(?:bijgehouden|aangelegd|gemaakt|bij)',
      'weak',
    ],
    [
      '(?:op|via) (?:tinder|grindr|bumble|badoo|onlyfans|een datingsite|een datingapp|lexa|parship|happn|hinge) (?:gevonden|gezien|gespot|tegengekomen|ontdekt|staan)',
      'weak',
    ],
    [
      '(?:stuur|stuurt|app|deel|forward) (?:het |hem |die |dat |ze |it |them )?(?:even |maar |gerust |snel |ff |door |on )?(?:door|rond|on|around)(?= ?[.!?]| ?$)',
      'weak',
    ],
    [
      `(?:filmpje|filmpjes|foto|foto's|video|video's|screenshot|screenshots|opname) van (?:juf|meester|mevrouw|meneer|mrs|mr|miss|de moeder van|de vader van) `,
      'weak',
    ],
    [
      "wie wil (?:er )?(?:een |de |het |die |dat )?(?:screenshot|screenshots|foto|foto's|fotootje|filmpje|filmpjes|video|link|nummer|profiel)",
      'weak',
    ],
    [
      '(?:hij|zij|ze|die) (?:[\\p{L}]{2,10} ){0,3}?(?:stomdronken|straalbezopen|ladderzat|dronken|lam|bezopen|stoned|high) (?:op|bij|tijdens|in|stond|was|zat|lag)',
      'weak',
    ],
    [
      `(?:ik|we|wij) (?:zet|zetten|gooi|gooien|deel|delen|post|posten|plaats|plaatsen|stuur|sturen|hang|hangen) (?:(?:gewoon|meteen|straks|al|dan|morgen|echt|wel|nu|zo) ){0,3}(?:(?:je|jouw|haar|zijn|z'n|d'r|hun|die) (?:${W} ){0,3}?${PRIVATE_THINGS}|(?:de|het) ${PRIVATE_THINGS} van (?:die|deze|dat|haar|zijn|hun) (?:${W} ){1,2}?)(?: (?:en|\\+|met|,) (?:${W} ){0,2})? ?(?:online|op (?:facebook|fb|insta|instagram|internet|tiktok|x|twitter|linkedin|het net|marktplaats)|in (?:de|het|alle|onze) (?:groep|klassenapp|oudergroep|groepsapp|appgroep|teamapp|buurtapp|ouderapp|krant|nieuwsbrief))`,
      'strong',
    ],
    [
      `(?:ik|we|wij) (?:stuur|sturen|zet|zetten|gooi|gooien|deel|delen|post|posten|plaats|plaatsen) (?:ze|die|deze|het|dat|dit|hem|haar) (?:(?:wel|even|gewoon|straks|zo|meteen|maar|dan|ook|morgen) ){0,2}(?:door |rond )?(?:in|op|naar|met) (?:de |het |onze |mijn |alle )?${PLATFORM}`,
      'weak',
    ],
    [
      `(?:zet|zetten|gooi|gooien|deel|delen|post|posten|plaats|plaatsen|stuur|sturen) (?:ik|we|wij) (?:al |alle |gewoon |meteen |straks )?(?:je|jouw|jullie|haar|zijn|z'n|d'r|hun|u) (?:${W} ){0,2}?(?:berichten|appjes|apps|foto's|fotos|screenshots|gegevens|naam|adres|nummer|chats|filmpjes|video's|mails|gedrag|streken)`,
      'strong',
    ],
    [
      `(?:zal|zullen|moet|moeten|kan|zou|zouden) (?:ik|we|wij) (?:[\\p{L}'-]{1,20} ){1,9}?(?:in|op|naar) (?:de |het |onze |mijn )?${PLATFORM} (?:zetten|gooien|delen|posten|plaatsen|sturen|doorsturen)`,
      'weak',
    ],
    [
      `(?:zal|zullen|moet|moeten|kan|zou|zouden) (?:ik|we|wij) (?:ze|die|deze|het|dat|hem|haar|dit) (?:even |eens |maar |gewoon |dan ){0,2}(?:delen|posten|zetten|gooien|plaatsen|doorsturen|rondsturen) (?:in|op|naar) (?:de |het |onze |mijn )?${PLATFORM}`,
      'weak',
    ],
    ['(?:kan|dan kan|zodat) iedereen (?:eens )?(?:zien|lezen|weten) (?:hoe|wat|wie)', 'weak'],
    ['(?:dan|zo) weet iedereen (?:meteen )?(?:hoe|wat|wie)', 'weak'],
    ['iedereen (?:moet|mag|gaat|zal) (?:maar |nu |ook )?(?:weten|horen|zien) (?:dat|hoe|wat|wie)', 'weak'],
    ['(?:everyone|everybody) (?:should|needs to|must|will) (?:know|see) (?:what|how|who|that)', 'weak'],
    ['(?:naming|name) and (?:shaming|shame)', 'strong'],
    ['(?:looking|kijk) (?:at you|naar jou)', 'weak'],
    ['ja (?:jij|u|jullie)(?= ?[:!,.])', 'weak'],
    ['(?:yes|yeah) (?:you)(?= ?[:!,.])', 'weak'],
    ['(?:je|jij) weet (?:zelf )?(?:wel )?wie (?:je|jij|ik) (?:bent|bedoel)', 'weak'],
    ['you know who you are', 'weak'],
    [
      '(?:in de krant|op facebook|online|op internet|op insta|in de klassenapp|in de groep) (?:met naam en toenaam|met naam en foto|met foto en al)',
      'strong',
    ],
    ['met naam en toenaam', 'weak'],
    [
      "(?:appjes|berichten|mails|chats|whatsapps|sms'jes|dm's) van (?:juf|meester|de|die|onze|mijn) (?:[\\p{L}']{1,15} ){0,2}?(?:aan|naar|met) (?:haar|zijn|z'n|d'r) (?:vriend|vriendin|man|vrouw|minnaar|minnares|ex|lover)",
      'weak',
    ],
    [
      "(?:wat voor|what kind of) (?:een )?(?:moeder|vader|mens|leraar|juf|meester|collega|ouder|mother|father|person|teacher|parent|woman|man) (?:[\\p{L}']{1,15} ){0,3}?(?:eigenlijk |really |echt )?(?:is|was|zijn)",
      'weak',
    ],
    ['iedereen (?:mag|moet|zal|gaat) het (?:horen|weten|zien|lezen)', 'weak'],
    [
      '(?:weet|weten) (?:precies |heus |wel |best |echt )?wie (?:ik bedoel|er bedoeld wordt|ik heb bedoeld)',
      'weak',
    ],
    [
      "(?:weet|weet er) iemand of (?:de|die|onze) (?:nieuwe )?[\\p{L}']{3,15} (?:getrouwd|single|vrijgezel|bezet|vrij) is",
      'weak',
    ],
    ['(?:i mean you|ik bedoel jou|ik bedoel jullie|ik bedoel u|jij bent bedoeld|you know who)', 'weak'],
    ['(?:stripper|escort|prostituee|onlyfans|pornoster|pornoactrice|callgirl)', 'weak'],
    [
      '(?:tinder|grindr|bumble|badoo|dating|datingsite|onlyfans)(?:-| )?(?:profiel|account|profile|profieltje)',
      'weak',
    ],
    [
      `(?:privé-insta|privé-account|privéaccount|privé-facebook|insta|instagram|tiktok|facebook|snapchat) van (?:de|die|onze|mijn|dat) (?:${W} )?${PERSON} (?:${W} ){0,2}?(?:gevonden|opgezocht|gestalkt|bekeken|doorgespit)`,
      'weak',
    ],
    [
      "(?:adres|huisadres|nummer|telefoonnummer|profiel|insta|facebook|linkedin|werkgever) (?:van (?:die|de|haar|hem|zijn|onze|dat) (?:[\\p{L}']{2,15} ){0,2})?(?:opgezocht|gegoogeld|gevonden|achterhaald|uitgezocht)",
      'weak',
    ],
    [
      "(?:screenshot|screenshots|foto|foto's|filmpje|filmpjes|video) (?:[\\p{L}']{1,15} ){0,3}?(?:staat|staan|zit|zitten|gaat|gaan|komt|komen) (?:al |nu |straks |morgen )?(?:in|op) (?:de|onze|het|mijn) (?:groep|app|klassenapp|oudergroep|groepsapp|appgroep|teamapp|story|insta|facebook)",
      'weak',
    ],
    [
      "(?:heb|hebben) (?:de|die|haar|zijn|z'n|d'r) (?:foto's|fotos|filmpjes|video's|berichten|appjes) (?:al )?(?:gezien|gevonden|gelezen)",
      'weak',
    ],
    [
      "(?:ik heb het|ik had het|i'm talking|i am talking) (?:hier |dus |wel )?(?:over|about) (?:jou|jullie|you|de familie van|de moeder van|de vader van|de ouders van)",
      'weak',
    ],
    ['iedereen weet (?:het|dat|hoe|wat)(?= ?[.!,]| ?$| (?:toch|al|wel))', 'weak'],
    ['ik (?:zeg|noem) (?:verder )?(?:niks|niets|geen namen),? maar', 'weak'],
    [
      "(?:heb|hebben|heeft) (?:een |het |dat )?(?:filmpje|filmpjes|foto|fotootje|foto's|video|video's|screenshot)(?: van (?:haar|hem|hen))?,? (?:wie|wil|zal|moet|hoor|hoor!|haha)",
      'weak',
    ],
    ['wie wil (?:hem|het|ze|die|dat|haar) (?:ook )?(?:zien|hebben)', 'weak'],
    [
      `(?:zag|zagen|gezien|spotted|saw) (?:ik |we )?(?:onze|de|die|mijn|our|the|my) (?:nieuwe |new )?${PERSON} (?:${W} ){0,5}?(?:lam|dronken|bezopen|stoned|stomdronken|straalbezopen|drunk|wasted|high)`,
      'weak',
    ],
    [
      '(?:hang|hangen|plak|plakken|zet|zetten|print|printen) (?:ik|we) (?:ze|die|het|dat|hem|haar|deze) (?:[\\p{L}]{2,12} ){0,2}?(?:op het prikbord|op de deur|in de hal|bij de ingang|op het schoolplein|in de personeelskamer|op de koelkast)',
      'weak',
    ],
    ['(?:gescreenshot|gescreenshott|screenshot gemaakt|screenshots gemaakt|screenshotjes gemaakt)', 'weak'],
    [
      '(?:delen|posten|doorsturen|rondsturen|zetten) (?:in|op|naar) (?:de|het|onze) (?:oudergroep|klassenapp|groepsapp|ouderapp|teamapp|personeelsgroep|appgroep)',
      'weak',
    ],
    ['(?:helemaal|compleet|straal|stom)(?: )?(?:lam|bezopen|dronken|stoned)', 'weak'],
    [
      "(?:sending|send|post|posting|share|sharing|putting|put|forwarding) (?:it|this|them|these|that) (?:to|in|on|with) (?:the |all the )?(?:parents?|parents'|class|staff|school|team|whole)? ?(?:group|chat|app|facebook|insta|instagram|school)",
      'weak',
    ],
    [
      `(?:photo|photos|picture|pictures|video|videos|screenshot|screenshots|foto|foto's|filmpje) (?:of|van) (?:our|my|the|that|onze|mijn|de|die) (?:new |nieuwe )?${PERSON}`,
      'weak',
    ],
    [
      '(?:vreemdgaat|vreemdgaan|vreemd gaat|vreemdging|vreemd ging|een affaire|een affaire heeft|scharrelt|scharrelen)',
      'weak',
    ],
    [
      '(?:vertel|zeg|deel|vertellen|zeggen|delen|stuur|doorsturen) (?:het|dit|dat) (?:maar |gerust |vooral |even )?(?:aan|tegen|met|naar) iedereen',
      'weak',
    ],
    [
      `(?:wist|weet|wisten|weten) (?:je|jij|jullie) (?:al |eigenlijk |trouwens |dat )?(?:al |eigenlijk |trouwens )?dat (?:juf|meester|de moeder van|de vader van|de ouders van|onze|die|mijn collega|de nieuwe)`,
      'weak',
    ],
    [
      'op (?:facebook|fb|insta|instagram|tiktok|twitter|x|internet|marktplaats|linkedin|snapchat) (?:gezet|gegooid|gedeeld|gepost|geplaatst|gezet)',
      'weak',
    ],
    [
      `(?:nummer|adres|adresgegevens|gegevens|telefoonnummer|huisadres|insta|instagram|snap|snapchat) van (?:die|dat) (?:${W} )?${PERSON}`,
      'weak',
    ],
    [
      `(?:insta|instagram|facebook|fb|tiktok|tinder|snapchat|snap|linkedin|dating|privé)(?:-| )?(?:account|accounts|profiel|profielen|pagina|page|profile|foto's) van (?:de|die|onze|mijn|het|dat|haar|zijn) (?:${W} )?${PERSON}`,
      'strong',
    ],
    ['(?:gestalkt|stalken|stalk|stalking|stalked|gestalked)', 'weak'],
    ["(?:privéfoto's|bikinifoto's|naaktfoto's|nudes|naaktfoto)", 'weak'],
    [
      "(?:screenshot|screenshots|screenshotjes) (?:[\\p{L}']{1,15} ){0,9}?(?:rondsturen|doorsturen|delen|in de (?:groep|app|klassenapp|oudergroep|groepsapp))",
      'weak',
    ],
  ],
  humiliate: [
    [
      'daar (?:heb|hebt|heeft) (?:je|jij|ze|hij|zij) (?:wel |namelijk )?(?:hersenen|hersens|verstand|een brein|een iq) (?:voor )?nodig',
      'strong',
    ],
    ['(?:you|u) (?:need|needs) (?:a )?(?:brain|brains|brain cells) for that', 'strong'],
    [
      "(?:apen|een aap|mijn hond|mijn kat|mijn dochter van \\d|mijn zoon van \\d|mijn kleuter|monkeys|a monkey|my dog|my \\d{1,2} ?yo|my \\d{1,2}-year-old|my toddler) (?:[\\p{L}']{1,12} ){0,5}?(?:beter|better)",
      'weak',
    ],
    [
      '(?:vakkenvuller|vakkenvullen|vuilnisman|stratenveger|shelf stacker) (?:[\\p{L}]{2,12} ){0,4}?(?:worden|wordt|maar|be)(?= |[.!,;]|$)',
      'strong',
    ],
    // Scare quotes around someone's role or work: "'teacher'", "zijn 'essay'", "kwam 'klagen'", "Onze 'Professor'".
    [
      "(?:onze|mijn|zijn|haar|die|de|a|our|her|his|their|the new [\\p{L}]{2,8}'s|kwam|came) ['‘\"“](?:teacher|leraar|lerares|juf|meester|collega|professor|prof|expert|deskundige|essay|werkstuk|lesson plan|lesplan|les|klagen|optreden|hulp|help|werk|work|parenting|opvoeding|genie|genius)['’\"”]",
      'weak',
    ],
    [
      "(?:voor de hele klas|voor heel de klas|voor de klas|in het openbaar|voor iedereen|in de groepsapp) (?:[\\p{L}']{2,12} ){0,2}?(?:afzeiken|afkraken|uitlachen|belachelijk maken|te kijk zetten|vernederen|afbranden|voor schut zetten)",
      'strong',
    ],
    [
      '(?:hoofd|kop|hoofdje|gezicht|neus|smoel) als een (?:aardappel|pompoen|varken|paard|ezel|bal|meloen|emmer|vis)',
      'weak',
    ],
    [
      'stelletje (?:amateurs|prutsers|klunzen|beunhazen|sukkels|idioten|debielen|randdebielen|apen|ezels|losers|mislukkelingen|hypocrieten|zeurpieten|zeikerds)',
      'strong',
    ],
    [
      "(?:you're|you are|he's|she's|he is|she is) (?:a |an )?(?:total |complete |absolute |fucking )?(?:parasite|leech|disgrace|joke|waste of oxygen|snake|rat|pig|cow)",
      'strong',
    ],
    [
      '(?:wordt|worden|word) (?:(?:echt|nooit|toch|zeker|dus|gewoon|never) ){0,2}(?:geen|never a) (?:wiskundige|rekenwonder|genie|professor|einstein|schrijver|kunstenaar|dokter|mathematician|genius|scientist|writer)',
      'weak',
    ],
    ['moet je zien hoe (?:dit|die|dat|deze) (?:kind|jongen|meisje|joch|kid|leerling|moeder|vader)', 'weak'],
    [
      "(?:ik|we|wij) (?:noem|noemen) (?:[\\p{L}\\p{N}'-]{1,15} ){1,4}?(?:voortaan|gewoon|maar|vanaf nu)(?= (?:gewoon )?['‘\"“])",
      'weak',
    ],
    ['(?:lege doos|leeg vat|hersenloze|hersenloos|brainless)', 'weak'],
    [
      '(?:iemand|jullie|wie) (?:moet|moeten|zou|zouden|mag) (?:haar|hem|die [\\p{L}]{2,15}) (?:(?:echt|nou|eens|toch|maar|gewoon) ){0,3}een spiegel (?:geven|kopen|voorhouden|cadeau doen)',
      'strong',
    ],
    ['maten te (?:klein|krap|strak)', 'weak'],
    // A diagnosis in scare quotes: "heeft 'dyslexie'. Jaja."
    [
      '(?:heeft|hebben|had|met|zogenaamd|zogenaamde) [\'‘"“](?:dyslexie|adhd|add|autisme|dyscalculie|hoogbegaafd|hoogbegaafdheid|faalangst|burn-out|burnout|hsp|migraine|allergie)[\'’"”]',
      'strong',
    ],
    [
      '(?:crimineel|crimineeltje|crimineeltjes|criminelen|boefje|boefjes|tokkie|tokkies|junkie|junk|dief|dieven|hooligan) in de dop',
      'strong',
    ],
    [
      '(?:weggelopen|ontsnapt|gevlucht|uitgebroken|ontslagen) uit (?:een|de|het) (?:inrichting|gesticht|dierentuin|circus|gekkenhuis|psychiatrie)',
      'strong',
    ],
    ['(?:drama queen|dramaqueen|drama-queen|aandachtshoer|aandachtstrekker)', 'strong'],
    ['(?:little|piece of|stuk) (?:shit|stront)', 'strong'],
    ['(?:brain dead|braindead|brain-dead|hersendood)', 'strong'],
    ['(?:waste|zonde|verspilling) (?:of space|of oxygen|of a salary|van de zuurstof|van zuurstof)', 'strong'],
    [
      '(?:beter|best) (?:zijn |wezen )?(?:als|dat|if) (?:je|jij|ze|hij|zij|you|she|he) (?:(?:gewoon|maar|nou|eens|gewoon|just|simply) ){0,2}(?:ontslag (?:nam|neemt|zou nemen)|stopt|stopte|zou stoppen|vertrok|vertrekt|opstapte|wegging|ophield|quit|quits|resigned|left)',
      'strong',
    ],
    [
      '(?:moet|moeten|hoort|horen|mag|mogen|zou|zouden) (?:(?:je|jij|ze|zij|hij|die|ook|gewoon|echt|eigenlijk|toch|dus|nooit) ){0,3}(?:niet|nooit) (?:voor de klas|in het onderwijs|op een school|met kinderen) (?:willen |mogen |te )?(?:staan|werken)',
      'weak',
    ],
    [
      '(?:is|was|ben|bent|zijn) (?:(?:echt|gewoon|zo|zó|ook|nu|toch|wel) ){0,2}(?:zo |zó |so )(?:dik|vet|lelijk|dom|lui|fat|ugly|stupid|dumb|lazy) (?:dat |that )?(?:ze|hij|zij|die|je|jij|she|he|they|you)',
      'strong',
    ],
    [
      '(?:bent|ben|is|zijn|was|blijft) (?:(?:echt|gewoon|zo|nogal|een|wel|toch) ){0,3}(?:schande|blamage|aanfluiting|lachertje|smet|disgrace) (?:voor|op|for) (?:het|de|ons|onze|this|the|our) ?(?:onderwijs|vak|school|beroep|team|profession|school)?',
      'weak',
    ],
    [
      '(?:ga|gaan|kan|kun|kunnen|zou|zouden|moet|moeten) (?:(?:je|jij|ze|zij|hij|die|toch|maar|lekker|beter|gewoon|echt|eens|nou|dan) ){1,4}(?:gaan )?(?:iets anders (?:gaan )?doen|vakken (?:gaan )?vullen|vakkenvullen|schoonmaken bij|ander werk zoeken|een ander vak zoeken|een andere baan zoeken|stoppen met lesgeven|ontslag nemen|bij de appie|achter de kassa)',
      'strong',
    ],
    [
      '(?:niemand|nobody|no one) (?:in het team |hier |op school |van ons |in de klas |uit het team |here |in the team |at school )?(?:gaat|zal|will|is going to|gonna) (?:haar|hem|jou|je|die [\\p{L}]{2,15}|her|him|you) (?:ook maar |echt )?(?:missen|miss)',
      'strong',
    ],
    ['good riddance', 'strong'],
    ['opgeruimd staat netjes', 'strong'],
    ['eindelijk (?:van (?:haar|hem|die|dat|jou) (?:[\\p{L}]{2,15} )?af|is (?:ze|hij) weg)', 'strong'],
    [
      "(?:met|door) (?:haar|zijn|z'n|d'r|jouw|je|hun) (?:eeuwige |constante |continue |eindeloze |irritante )?(?:gezeur|gezeik|gejammer|gejank|gemekker|gezanik|geklaag|gedrein|gezever|gezwets|geouwehoer|gedoe|drama)",
      'weak',
    ],
    ['(?:sfeer|dag|les|vergadering|stemming) (?:\\p{L}{2,10} ){0,2}?verpest', 'weak'],
    [
      '(?:wordt|worden|word|eindigt|eindigen|belandt|belanden) (?:later |toch |vast |gewoon |ook |straks |echt |zeker |sowieso |dus ){0,3}(?:als |in de )?(?:vakkenvuller|vakkenvullers|niks|niets|nooit wat|nooit iets|werkloos|crimineel|bijstandstrekker|zwerver|straatveger|bijstand|goot|gevangenis)',
      'strong',
    ],
    ['komt (?:nooit|never) (?:ergens|verder)', 'strong'],
    // "zelfs mijn hond tekent beter": a pupil's work held below an animal's or a toddler's.
    [
      "(?:mijn|m'n|onze) (?:hond|kat|cavia|hamster|goudvis|konijn|peuter|baby|dochter van twee|zoon van twee|oma) (?:tekent|schrijft|leest|rekent|zingt|speelt|kleurt|praat|spelt|kan|doet) (?:dat |het )?(?:nog )?beter",
      'weak',
    ],
    [
      '(?:too|so) (?:thick|stupid|dumb|dim|slow|lazy) to (?:teach|be taught|learn|understand anything|pass)',
      'strong',
    ],
    [
      '(?:te|zo) (?:dom|dommig|traag|sloom|lui) om (?:les aan te geven|les te geven|les te krijgen|iets te leren|te leren|te onderwijzen|mee te werken)',
      'strong',
    ],
    // "Dat joch is gewoon te stom om te poepen": said of someone else (not "ik ben te moe om …").
    [
      '(?:is|was) (?:(?:gewoon|echt|veel|zo|nog|ook|dus|nou|werkelijk|gewoonweg) ){0,3}te (?:dom|stom|achterlijk|debiel|dwaas) om(?= )(?<!(?:het|dat|dit|er) (?:is|was) [^.!?]{0,40})',
      'strong',
    ],
    [
      '(?:heeft|hebben|had) (?:(?:echt|gewoon|duidelijk|meer) ){0,2}(?:meer )?(?:make-up|mascara|lippenstift|botox|spieren|tattoos|praatjes|haar|mond) dan (?:hersens|hersenen|verstand|hersencellen|iq)',
      'strong',
    ],
    [
      '(?:has|have|had) (?:more|less) (?:make-up|makeup|muscle|muscles|botox|mouth) than (?:brains|brain cells|sense)',
      'strong',
    ],
    [
      '(?:will|gonna|is going to) (?:end up|be) (?:stacking shelves|on benefits|in prison|a nobody|nothing|nowhere)',
      'strong',
    ],
    ["(?:never|won't) amount to (?:anything|much)", 'strong'],
    [
      'dom als (?:het achtereind van )?(?:een|het) (?:varken|koe|ezel|krent|stoeptegel|deur|brood|emmer|achterwerk|het achtereind)',
      'strong',
    ],
    ['dommer dan (?:het achtereind|een|zijn|haar|het)', 'strong'],
    ['licht is aan maar (?:er is )?niemand (?:is )?thuis', 'strong'],
    ['(?:lights are on|the lights are on) but nobody', 'strong'],
    ['iq (?:van een|lager dan|of a)', 'strong'],
    ['(?:heeft|hebben) geen (?:hersens|hersenen|hersencellen)', 'strong'],
    [
      "(?:zit|zitten) (?:niks|niets|geen hersens|stro|lucht) in (?:dat|die|zijn|haar|z'n|d'r) (?:hoofd|kop|bovenkamer|hoofdje)",
      'strong',
    ],
    [
      '(?:wat|hoe) (?:er )?(?:in|door) (?:dat|die|zijn|haar) (?:hoofd|kop|bovenkamer|hoofdje) (?:van [\\p{L}]{2,15} )?(?:omgaat|gaat)',
      'weak',
    ],
    [
      '(?:snapt|begrijpt|kan) (?:hij|zij|ze|die) (?:echt |nog steeds |nog |gewoon |helemaal )?(?:niks|niets|er niks van|er niets van|er geen bal van|er geen moer van|geen bal)',
      'weak',
    ],
    ['(?:snapt|snappen) (?:hij|zij|ze|die) (?:nog )?(?:steeds )?niet dat', 'weak'],
    ['not the sharpest (?:tool|knife|pencil)', 'strong'],
    ['(?:dumb|thick) as a', 'strong'],
    ['(?:has|have) the brains of', 'strong'],
    ['appel valt niet ver van de boom', 'weak'],
    ['zo (?:vader|moeder),? zo (?:zoon|dochter)', 'weak'],
    [
      'geen wonder dat (?:hij|zij|ze|die|dat kind|die jongen|dat meisje|[\\p{L}]{2,15} (?:uit|van) (?:groep|gr|klas))',
      'weak',
    ],
    [
      "wat wil je (?:ook )?met (?:zo'n|zulke|die) (?:moeder|vader|ouders|familie|gezin|thuissituatie)",
      'strong',
    ],
    [
      "(?:should|shouldn't) (?:honestly |really |just |even |seriously )?(?:not )?be allowed to (?:raise|have|breed) (?:children|kids)",
      'strong',
    ],
    [
      '(?:mogen|zouden|moeten|mag|zou|moet) (?:eigenlijk |echt |gewoon |helemaal )?geen (?:kinderen|kids) (?:mogen )?(?:krijgen|hebben|opvoeden|nemen)',
      'strong',
    ],
    [
      '(?:mogen|zouden|moeten|mag|zou|moet) (?:eigenlijk |echt |gewoon )?niet (?:mogen )?(?:voortplanten|opvoeden)',
      'strong',
    ],
    ['tuig van de richel', 'strong'],
    [
      `(?:die|dat|deze) ${PERSON} (?:van ${W} )?(?:moet|moeten|mag|mogen|zou|zouden) (?:eens |echt |nodig |gewoon |maar |zich ){0,4}(?:normaal doen|haar bek houden|zijn bek houden|d'r bek houden|z'n bek houden|haar kop houden|zijn kop houden|opdonderen|oprotten|ontslagen worden|eruit|opgesloten|leren opvoeden|schamen|kapot schamen|dood)`,
      'strong',
    ],
    ['(?:hou|houd) (?:je|jij|jullie) (?:bek|kop|smoel|muil|waffel)', 'strong'],
    ['schaam (?:je|jij|jullie) (?:kapot|dood|diep)', 'strong'],
    [
      '(?:zet|zette|zetten|gezet) (?:hem|haar|je|jou|die [\\p{L}]{2,15}) (?:\\p{L}{2,10} ){0,2}?voor (?:gek|schut|lul|aap)',
      'weak',
    ],
    ['(?:lach|lachen|lachte|lachten) (?:hem|haar|hen) (?:\\p{L}{2,10} ){0,2}?uit', 'weak'],
    [
      '(?:is|was) (?:echt |gewoon |een )?(?:een )?(?:lachertje|aanfluiting|blamage|schande) (?:voor|als)',
      'weak',
    ],
    [
      '(?:is|was) (?:such |an? )?(?:absolute |total |complete )?(?:joke|disgrace|embarrassment) (?:as|of a)',
      'weak',
    ],
    [
      '(?:word|wordt|worden) (?:echt |zo |helemaal )?(?:gek|knettergek|gestoord|horendol|doodziek|ziek) van (?:dat mens|die vrouw|die man|die vent|dat wijf|die moeder|die vader|die collega|die juf|die meester|die stagiaire|die directeur|die ouders|haar|hem|jou|jullie)',
      'weak',
    ],
    [
      '(?:dat|die) (?:mens|vent|wijf|gozer|kerel)(?= ?[.!?,;]| ?$| (?:is|moet|kan|heeft|snapt|doet|weet|denkt|zou|van))',
      'weak',
    ],
    [
      '(?:ben|zijn|is) (?:haar|hem|hen|jullie|die [\\p{L}]{2,15}) (?:echt |zo |helemaal |nu |zwaar )?(?:klaar mee|spuugzat|strontzat|kotsbeu|zat)',
      'weak',
    ],
    [
      '(?:kan|kunnen|kon) (?:(?:hij|zij|ze|die) )?(?:niet eens|nog geen|nog niet eens)(?! (?:geloven|beschrijven|wachten|bevatten|zeggen|vertellen|zien|uitleggen))',
      'weak',
    ],
    ["(?:can't|cannot) even", 'weak'],
    [
      '(?:stinkt|stinken|stonk) (?:echt |zo |gewoon |altijd )?(?:een uur in de wind|naar (?:zweet|pis|drank|rook|de kroeg)|als een)',
      'weak',
    ],
    ['(?:wassen|wast) (?:ze|hij|zij|die) (?:zich )?(?:thuis )?(?:nooit|niet)', 'weak'],
    ['(?:word|wordt) (?:eens |nou |toch |nu )?volwassen', 'weak'],
    ['grow up(?= ?[.!,;]| ?$)', 'weak'],
    ['te (?:janken|zeiken|zeuren|miepen|mekkeren|blèren|jammeren)', 'weak'],
    [
      'wat (?:denkt|denken) (?:die|dat|hij|zij|ze) (?:[\\p{L}]{2,15} ){0,3}?(?:wel niet|eigenlijk wel)',
      'weak',
    ],
    [
      '(?:zou|zouden) (?:een stuk |veel |wat )?beter (?:functioneren|werken|lesgeven) als (?:hij|zij|ze)',
      'weak',
    ],
    ['(?:moet|moeten|mag) (?:echt |nodig |eindelijk |maar )?met pensioen', 'weak'],
    [
      '(?:what|wat voor) (?:kind of|sort of|een) (?:mother|father|person|teacher|parent|moeder|vader|mens|leraar|juf) (?:she|he|ze|hij|zij) (?:really |echt |eigenlijk )?(?:is|was)',
      'weak',
    ],
    [
      "(?:i'll|i will|ik zal|ik ga) (?:make sure|ervoor zorgen|zorgen) (?:that )?(?:everyone|everybody|all the|iedereen|alle)",
      'weak',
    ],
    [
      '(?:dat|this) (?:kunnen|doen|willen) (?:ze|zij) (?:blijkbaar|kennelijk|toch|nou eenmaal|nu eenmaal) niet',
      'weak',
    ],
    [
      "(?:op het strand|in (?:haar|zijn|d'r|z'n) (?:bikini|badpak|zwembroek|ondergoed)|in bikini|in badpak|in zwemkleding|in lingerie) (?:(?:al|ook|nou|nu|toevallig|gisteren|allemaal) ){0,2}(?:gezien|gespot|gefotografeerd|bekeken)",
      'weak',
    ],
    ['(?:tijd|hoog tijd) voor een dieet', 'weak'],
    ['niemand (?:zit|zat|zitten) (?:op (?:haar|hem|jou|jullie|die [\\p{L}]{2,15}) )?te wachten', 'strong'],
    [
      '(?:word|wordt|worden) (?:echt |zo |helemaal |kots)?(?:misselijk|ziek|kotsmisselijk|doodmoe|moe) van (?:die|dat) (?:[\\p{L}]{2,12} )?(?:collega|moeder|vader|juf|meester|stagiaire|directeur|vrouw|man|vent|mens|ouders|invaller|conciërge)',
      'weak',
    ],
    ['(?:slijmen|slijmt|slijmde|slijmbal|hielenlikker|hielenlikken|kontlikker)', 'weak'],
    ['(?:niks|niets) (?:kunnen|kan|kunnen ze|kan ze|kan hij)(?= ?[.!,]| ?$)', 'weak'],
    ['veel [\\p{L}]{3,12} en weinig (?:actie|besluiten|doen|daden|resultaat|werk)', 'weak'],
    [
      '(?:kan|kunnen) (?:echt |helemaal |gewoon |nog steeds )?(?:niks|niets|geen bal|geen reet|er niks van|er niets van|er geen bal van)(?= ?[.!,]| ?$| (?:en|maar|hoor|die|dat))',
      'weak',
    ],
    ["(?:lopen|loopt|liepen) (?:helemaal |gewoon )?over (?:haar|hem|d'r|z'n) heen", 'weak'],
    ['te (?:huilen|grienen|snotteren)', 'weak'],
    [
      '(?:wat doet|wat moet|wat zoekt) (?:zo iemand|zo een|die|hij|zij|ze) (?:eigenlijk |in godsnaam |überhaupt )?(?:in het onderwijs|voor de klas|hier|op school|in dit vak)',
      'weak',
    ],
    [
      '(?:zijn|is) (?:net zo|niks beter|niets beter|niet beter|niet veel beter|precies hetzelfde)(?= ?[.!,;]| ?$)',
      'weak',
    ],
    [
      '(?:veel|vooral) (?:praten|vergaderen|vergaderingen|gekakel|geklets|gepraat) en (?:weinig|geen|nooit) (?:besluiten|doen|daden|actie)',
      'weak',
    ],
    [
      '(?:niet|never) (?:kunnen |kan |can |could )?(?:opvoeden|raise (?:their|your) (?:kids|children))',
      'weak',
    ],
    ['(?:nul komma nul|zero) (?:inzet|effort|moeite)', 'weak'],
    [
      '(?:waarom|hoe) (?:krijgt|verdient|krijgen|verdienen) (?:hij|zij|ze|die) (?:eigenlijk |überhaupt |nog |zelfs )?(?:salaris|geld|betaald|een salaris)',
      'weak',
    ],
    ['salaris (?:op ?strijken|opstrijken|binnenharken|vangen)', 'weak'],
    [
      '(?:the definition of|het toonbeeld van|de definitie van) (?:incompetence|laziness|stupidity|failure|incompetentie|luiheid|domheid|falen)',
      'strong',
    ],
    [
      '(?:zijn|is|are) niet (?:de|het|the) (?:slimste|snuggerste|scherpste|helderste|sharpest|brightest)',
      'weak',
    ],
    ["op (?:haar|zijn|z'n|d'r|je|jouw) (?:plek|nummer) zetten", 'weak'],
    [
      "waar (?:iedereen|alle ouders|alle kinderen|de hele klas|het hele team|alle collega's|everyone) (?:bij|by) (?:staat|staan|is|zit|zitten)",
      'weak',
    ],
    [
      '(?:publiekelijk|openlijk|in het openbaar|publicly) (?:afzeiken|afbranden|vernederen|uitlachen|te kijk zetten|humiliate|shame)',
      'strong',
    ],
    ['een lesje leren', 'weak'],
    ['teach (?:her|him|them) a lesson', 'weak'],
    [
      '(?:ongeleid projectiel|ongeleide projectielen|rotte appel|hopeloos geval|verwend nest|verwende nesten|verwend kreng)',
      'weak',
    ],
    ['(?:hopeloze gevallen|hopeloze geval|lost cause|lost causes)', 'weak'],
    [
      '(?:denkt|denken) dat (?:ze|hij|die|zij) (?:het )?(?:allemaal |altijd )?(?:beter|alles) (?:weet|weten)',
      'weak',
    ],
    ['(?:praatjes|praatjesmaker|hbo-praatjes|grote mond|grote bek)', 'weak'],
    ['wat voor (?:nest|gezin|familie|milieu) (?:die|dat|hij|zij|ze)', 'weak'],
    [
      '(?:moeder|vader|ouders|pa|ma|mams|paps) (?:is |zijn |zit |zitten )?(?:aan de drank|aan de drugs|aan de coke|werkloos|in de bijstand|altijd dronken)',
      'weak',
    ],
    ['lekker makkelijk (?:leven|werken|hoor|he|hè)', 'weak'],
    ['veel (?:praten|lullen|kletsen|blaten),? (?:en )?(?:niks|niets|weinig) doen', 'weak'],
    [
      '(?:is|was|are|were) (?:such |an? )?(?:absolute |total |complete |utter )?(?:joke|disgrace|embarrassment|clown|clowns|disaster)',
      'weak',
    ],
    [
      'is (?:echt |gewoon )?een (?:totale |complete |wandelende )?(?:grap|lachertje|aanfluiting|schande|blamage)',
      'weak',
    ],
    ['(?:embarrassing|pathetic|gênant|sneu|triest|zielig|tragisch)(?= ?[.!]| ?$)', 'weak'],
    [
      '(?:zou|zouden|kan|kun|kunnen|moet|moeten) (?:beter|maar|gewoon|echt|eens) (?:vakkenvuller|caissière|schoonmaker|iets anders|een ander vak|ander werk|stoppen met lesgeven|ontslag nemen|een andere baan)',
      'strong',
    ],
    [
      '(?:should|needs to|need to) (?:find|get|look for) (?:another|a different|a new) (?:job|career|profession)',
      'strong',
    ],
    [
      '(?:is|zijn|was) (?:echt |gewoon |totaal |helemaal )?(?:niet|on)geschikt (?:voor|als) (?:het onderwijs|leerkracht|juf|meester|leraar|dit vak|dit werk|directeur|het vak|teaching)',
      'strong',
    ],
    ['(?:richt|richten) (?:ze|hij|zij) (?:tenminste |dan )?geen schade aan', 'weak'],
    ['(?:loopt|lopen|liep) (?:er )?(?:[\\p{L}]{2,10} ){0,3}?(?:erbij|bij) als (?:een|de|het)', 'weak'],
    [
      '(?:loopt|lopen|liep|ziet|zien|zag) (?:er )?(?:[\\p{L}]{2,10} ){0,3}?(?:erbij|bij|eruit|uit) (?:als|alsof) (?:een|de|het|ze|hij) (?:zwerver|dakloze|tokkie|hoer|slet|sloerie|del|junk|junkie|vogelverschrikker|zak aardappelen|varken)',
      'strong',
    ],
    [
      'iemand (?:moet|zou) (?:haar|hem|die [\\p{L}]{2,15}) (?:eens |toch |echt )?(?:vertellen|zeggen|duidelijk maken) dat',
      'weak',
    ],
    ['(?:moeten|moet|zouden|zou|mogen|mag) zich (?:[\\p{L}]{2,10} )?schamen', 'weak'],
    ['(?:should|ought to) be ashamed', 'weak'],
    [
      '(?:hopeloos|lachwekkend|belachelijk|ridiculous|hopeless|pathetisch|armzalig|dieptriest)(?= ?[.!]| ?$)',
      'weak',
    ],
    [
      "(?:met|with) (?:zo'n|zulke|such an?) (?:vader|moeder|ouders|familie|gezin|father|mother|parents|family)",
      'weak',
    ],
    [
      "(?:haar|zijn|z'n|d'r|hun|jouw|je) (?:eeuwige|eindeloze|constante|dagelijkse) (?:mailtjes|mails|appjes|vragen|klachten|geklaag|gezeur|gezeik|gemekker|gedoe|praatjes|verhalen)",
      'weak',
    ],
    ['(?:een leven krijgen|een leven zoeken|get a life)', 'weak'],
    ['(?:niks|niets|weinig|nothing) (?:van )?(?:te )?(?:verwachten|expect)', 'weak'],
    ['hoe (?:is|heeft|kan|kon) (?:die|hij|zij|ze|zo iemand) (?:ooit|überhaupt)', 'weak'],
    ['(?:ben ik de enige die|am i the only one who)', 'weak'],
    ['(?:eruitziet|eruit ziet|ziet eruit|uitziet|looks like) (?:als|alsof|like)', 'weak'],
    [
      'alsof (?:ze|hij|zij) (?:net )?uit (?:bed|de goot|de kroeg|de kliko|een asielzoekerscentrum) (?:komt|kwam)',
      'weak',
    ],
    ["typisch (?:weer )?(?:zo'n|zo een|die)", 'weak'],
    [
      '(?:need|needs|moeten|moet) (?:honestly |echt |eens |nodig |really )?(?:a parenting course|een opvoedcursus|opvoedcursus|parenting classes|een cursus opvoeden|opvoedles)',
      'weak',
    ],
    ['(?:hem|haar) (?:eruit|weg|ontslagen) (?:te )?(?:gooien|krijgen|werken|trappen|hebben)', 'weak'],
    [`(?:de|het|jullie zijn de|je bent de|jij bent de|the) ${WORST} (?:${W} )?${PERSON_OR_GROUP}`, 'strong'],
    [
      `(?:what a|such a|a) (?:bunch|pack|load) of (?:clowns|idiots|morons|losers|fools|muppets|incompetents|amateurs)`,
      'strong',
    ],
  ],
  discrimination: [
    [
      '(?:eerst|first) (?:maar |zelf |eens |even ){0,2}(?:nederlands|dutch|de taal|fatsoenlijk nederlands) (?:leren|spreken|learn|speak)',
      'strong',
    ],
    [
      'zal (?:wel )?aan (?:de|hun|die|hun eigen) (?:cultuur|afkomst|achtergrond|opvoeding|religie|geloof) (?:thuis )?(?:liggen|te wijten zijn)',
      'strong',
    ],
    [
      "(?:moeders|vaders|ouders|vrouwen|mannen|kinderen|meisjes) met (?:een |zo'n |die )?(?:hoofddoek|hoofddoekje|hoofddoeken|keppeltje|tulband|boerka|niqab) (?:[\\p{L}]{2,10} ){0,3}?(?:nooit|altijd|toch)",
      'strong',
    ],
    [
      '(?:go back|get back|fuck off back) (?:home|to your (?:own )?country|where you came from|where you belong)',
      'strong',
    ],
    [
      "(?:typical|typisch|typische|echt zo'n) (?:polish|moroccan|turkish|romanian|muslim|pools|poolse|marokkaans|marokkaanse|turks|turkse|roemeens|roemeense|allochtoon|allochtone) (?:guy|bloke|woman|family|familie|gezin|gedrag|vent|wijf|jongen|meisje|moeder|vader|ding)",
      'weak',
    ],
    [
      '(?:spreekt|praat|kent) (?:hier |straks |op school |in de klas )?(?:niemand|geen mens|geen kind) meer (?:nederlands|dutch)',
      'strong',
    ],
    [
      "(?:zo'n|zo een|zulke|een|die|such an?) (?:homo|homo's|lesbo|lesbienne|moslim|moslima|buitenlander|allochtoon|marokkaan|turk|zwarte|neger|transgender|transvrouw|transman|jood|hoofddoek|hoofddoekje|gay|muslim|foreigner) (?:als|as a|as) (?:juf|meester|leraar|leerkracht|gymleraar|gymjuf|directeur|directrice|collega|docent|teacher|invaller|stagiair|stagiaire|conciërge|ib'er|leider|trainer|overblijfmoeder|begeleider|principal|coach)",
      'strong',
    ],
    [
      '(?:alsof|of) (?:hij|ze|zij|die|je|jij|they|he|she) (?:[\\p{L}]{2,12} ){0,3}?(?:uit|in|from|out of) (?:de|het|the) (?:jungle|oerwoud|rimboe|bush|bomen|boom|woestijn|grot|trees|desert|cave)',
      'strong',
    ],
    [
      "(?:zulke|dat soort|die|zo'n|zulk|such|those|these) (?:kinderen|kind|ouders|mensen|types|type|leerlingen|gezinnen|families|figuren|lui|kids|people|children|parents|pupils) (?:[\\p{L}']{1,12} ){0,3}?(?:horen|hoort|hoorde|belong|belongs) (?:(?:gewoon|echt|eigenlijk|toch|ook|hier|dus|just|really) ){0,3}(?:niet|nergens|not|nowhere)",
      'strong',
    ],
    [
      "(?:zulke|dat soort|zo'n|zulk|such|those|these) (?:kinderen|kind|ouders|mensen|types|type|leerlingen|gezinnen|families|figuren|lui|kids|people|children|parents|pupils) (?:[\\p{L}']{1,12} ){0,3}?(?:moeten|mogen|zouden|kunnen|should|shouldn't|can't|must) (?:(?:gewoon|echt|eigenlijk|toch|ook|hier|maar|allemaal|not|be|just) ){0,3}(?:niet|nergens|weg|eruit|not|out|gone|elsewhere|naar (?:het )?speciaal)",
      'weak',
    ],
    [
      "(?:die|de|al die|zulke|dat soort|those|these) (?:(?:kinderen|jongens|meiden|mensen|ouders|families|gezinnen|kids|people) (?:(?:uit|van) (?:het|de) (?:azc|woonwagen|woonwagenkamp|kamp|asielzoekerscentrum)) )?(?:marokkanen|turken|polen|roemenen|bulgaren|syriërs|afrikanen|surinamers|antillianen|eritreeërs|somaliërs|arabieren|mocro's|mocros|zigeuners|tatta's|woonwagenbewoners|asielzoekers)",
      'weak',
    ],
    [
      "(?:zo'n|die|dat|een|weer een|nog een|weer zo'n|nog zo'n|such a|another) (?:(?:klein|kleine|nieuw|nieuwe|echt|typisch) ){0,2}(?:marokkaantje|turkje|polakje|negertje|buitenlandertje|allochtoontje|zigeunertje|syriërtje|afrikaantje|bruintje|zwartje|mocrootje)",
      'strong',
    ],
    [
      '(?:terug|teruggaan|terug gaan|terugkeren|oprotten|opdonderen|opzouten|opsodemieteren|rot|ga|gaan|go|send) (?:\\p{L}{2,10} ){0,3}?(?:naar|to) (?:hun|je|jullie|their|your|his|her|eigen) (?:eigen |own )?(?:land|landje|country|apenland)',
      'strong',
    ],
    [
      '(?:terug|teruggaan|terug gaan|terugkeren|terugsturen|ga|gaan|go|sent|send) (?:\\p{L}{2,10} ){0,2}?(?:naar|to) (?:waar|where) (?:ze|jullie|je|hij|zij|they|you|he|she) (?:\\p{L}{2,8} )?(?:vandaan (?:komen|komt|kwamen|kwam)|came from|come from)',
      'strong',
    ],
    [
      `${ETHNIC_GROUP} (?:${W} ){0,3}?(?:zijn|doen|kunnen|willen|moeten|horen|hebben|komen|are|do|can't|won't|should) (?:${W} ){0,4}?${NEGATIVE}`,
      'strong',
    ],
    [`${GROUP_DETERMINER} ${ETHNIC_GROUP} (?:${W} ){0,3}?${NEGATIVE}`, 'strong'],
    [
      `(?:die|deze|zulke|dat soort|al die|those|these) (?:mensen|lui|types|figuren|volk|people) (?:${W} ){0,1}?(?:moeten|moet|horen|kunnen|should|need to|must) (?:eerst |gewoon |maar |eens |ook |nou |just |first ){0,5}(?:${W} ){0,3}?(?:de taal leren|nederlands leren|aanpassen|integreren|learn the language|learn dutch|adapt|integrate|go back)`,
      'strong',
    ],
    [
      '(?:typisch|typical|typically) (?:marokkaans|marokkanen|turks|turken|pools|polen|buitenlands|buitenlanders|allochtoon|allochtonen|moslim|moslims|zigeuners|muslim|foreigners)',
      'strong',
    ],
    [
      '(?:neger|negers|nikker|nikkers|makak|makakken|spleetoog|spleetogen|poepchinees|kutmarokkaan|kutmarokkanen|kankermarokkaan|geitenneuker|geitenneukers|nigger|niggers|faggot|faggots|tranny|paki|kike|zandneger|zandnegers)',
      'strong',
    ],
    [
      "(?:vieze|vuile|kut|kanker|kk|stomme|domme) (?:homo|homo's|mocro|mocro's|buitenlander|buitenlanders|allochtoon|allochtonen|moslim|moslims|jood|joden|turk|turken|polak|polakken|marokkaan|marokkanen|zigeuner|zigeuners)",
      'strong',
    ],
    ["(?:that's|thats|zo|wat) (?:so )?(?:gay|homo)(?= ?[.!]| ?$)", 'weak'],
    ['geen woord nederlands', 'weak'],
    ['aanpassen of (?:wegwezen|oprotten|opdonderen|vertrekken|opzouten|opsodemieteren)', 'strong'],
    ['nederland is (?:niet meer|geen|allang geen) nederland', 'weak'],
    [
      `(?:klas|groep|school|wijk|buurt) (?:vol|met alleen|met alleen maar) (?:kinderen van )?(?:${ETHNIC_GROUP.slice(3, -1)})`,
      'weak',
    ],
    ['(?:marokkaantjes|turkjes|polakjes|negertjes|buitenlandertjes|allochtoontjes)', 'weak'],
    [
      '(?:zit|ligt) (?:gewoon |nou eenmaal |nu eenmaal )?(?:in hun|in het|in de) (?:bloed|genen|aard|cultuur)',
      'strong',
    ],
    ['zit er (?:gewoon |nou eenmaal |nu eenmaal )?in bij (?:die|zulke|hun|dat soort|deze)', 'weak'],
    [
      "(?:ouders|mensen|kinderen|families|gezinnen|moeders|vaders|parents|people|kids) (?:in|uit|from|in) (?:deze|die|zo'n|dit soort|zulke|that|this|those) (?:wijk|buurt|wijken|buurten|neighbourhood|neighborhood|area)",
      'weak',
    ],
    [
      "(?:dat is geen racisme|dit is geen racisme|ik ben geen racist(?:,)? maar|niet racistisch bedoeld(?:,)? maar|not racist,? but|i'm not racist|i am not racist|not being racist)",
      'strong',
    ],
    [
      '(?:zijn|are|is) (?:gewoon |nou eenmaal |nu eenmaal |simply |just )?(?:minder slim|dommer|minder intelligent|less intelligent|stupider|less smart)',
      'weak',
    ],
    [
      `(?:${ETHNIC_GROUP.slice(3, -1)}|vrouwen|women) (?:horen|mogen|moeten|don't belong|shouldn't be|should not be) (?:echt |gewoon |eigenlijk )?(?:niet|geen|not)? ?(?:voor de klas|op school|in het onderwijs|in nederland|hier|in this country|in schools|teaching|in the classroom)`,
      'strong',
    ],
    [
      "(?:als|if) (?:ze|jullie|they|you|die mensen) (?:het )?(?:hier )?(?:niet )?(?:naar (?:hun|je|jullie) zin (?:hebben|heeft)|bevalt|don't like it)[^.!?]{0,30}?(?:vertrekken|opdonderen|oprotten|terug|weggaan|leave|go back)",
      'strong',
    ],
    [
      '(?:spreken|praten|kunnen|spreekt|praat) (?:nooit|geen|niet eens|nog steeds geen) (?:een woord |één woord |woord )?nederlands',
      'weak',
    ],
    [
      `${NATIONALITY} ${PEOPLE} (?:${W} ){0,3}?(?:zijn|doen|kunnen|willen|snappen|komen|spreken|hebben|horen|begrijpen|are|do|can't|won't|never|always) (?:${W} ){0,3}?(?:${NEGATIVE.slice(3, -1)}|nooit|niks|niets|never|nothing)`,
      'strong',
    ],
    [
      `(?:die|al die|zulke|dat soort|typisch|those|these|typical) ${NATIONALITY} ${PEOPLE} (?:${W} ){0,3}?(?:${NEGATIVE.slice(3, -1)}|nooit|niks|niets|never|nothing|altijd)`,
      'strong',
    ],
    ['(?:die|al die|zulke|dat soort) (?:buitenlanders|allochtonen|gelukszoekers)', 'weak'],
    [`(?:die|al die|zulke|dat soort|typisch) ${NATIONALITY} ${PEOPLE}`, 'weak'],
  ],
  sexism: [
    [
      "(?:met|with) (?:zo'n|zulke|such a|that) (?:kont|kontje|lijf|lijfje|decolleté|borsten|tieten|benen|ass|body|butt|rack)",
      'weak',
    ],
    [
      '(?:aangenomen|gekozen|binnengehaald|hired|promoted) (?:[\\p{L}]{2,12} ){0,3}?(?:omdat|because) (?:ze|zij|she) (?:er )?(?:leuk|goed|knap|lekker|mooi|hot|good|pretty) (?:uitziet|looks)',
      'strong',
    ],
    [
      "(?:dat|die|haar|d'r|met|in) (?:(?:strakke|strak|korte|kort|kleine|mini) )(?:broekje|broek|rokje|rok|jurkje|topje|legging|bikini|shirtje)",
      'weak',
    ],
    [
      "(?:domme|dom|typisch|typische|echte|zo'n) (?:blondine|blondje|blondjes|blondines|wijf|wijven|vrouwtje|trut|doos)",
      'strong',
    ],
    [
      "(?:vrouwen|wijven|meiden|women) (?:[\\p{L}',]{1,15} ){0,12}?(?:gaan|beginnen|gaat|begint|start|start to) (?:ze |zij |they )?(?:te )?(?:janken|grienen|zeuren|krijsen|jammeren|whine|whining)",
      'strong',
    ],
    [
      "(?:mums|moms|mothers|moeders|mama's|mamas|juffen|collega's|moms) (?:[\\p{L}'-]{1,15} ){0,4}?(?:get|are|zijn|worden) (?:getting |steeds |elk jaar |ieder jaar )?(?:hotter|hot|sexier|sexy|heter|geiler)(?= ?[.!,;😏🥵🤤]| ?$| (?:every|each|this|dit|elk|ieder|vandaag|today))",
      'strong',
    ],
    // "Our new female head of maths thinks she can run a department": a woman's competence in doubt for being one.
    [
      '(?:female|woman|vrouwelijke|nieuwe vrouwelijke) (?:head|boss|director|principal|manager|leader|teacher|colleague|directeur|leidinggevende|baas|collega|teamleider) (?:of [\\p{L}]{2,12} )?(?:thinks|believes|denkt) (?:that )?(?:she|ze|zij|dat ze|dat zij) (?:can|could|kan|kon)(?= )',
      'strong',
    ],
    [
      '(?:sweetheart|sweetie|darling|honey|schatje|meisje|liefje|poppetje),? (?:go back to|stick to|ga maar terug naar|blijf maar bij|hou je maar bij)',
      'strong',
    ],
    [
      '(?:ze|zij|hij|die) (?:is|was) (?:(?:echt|zo|best|wel|toch|gewoon|super|mega) ){0,2}(?:lekker|heet|geil|sexy|hot|een lekker ding|een stuk|een lekker stuk)(?= ?[.!,;😏🤤🥵]| ?$| (?:hoor|zeg|man|joh|wil|en|die|om))',
      'weak',
    ],
    [
      "(?:haar|d'r|die|zijn|z'n) (?:borsten|tieten|tietjes|memmen|billen|kontje|decolleté|boobs|tits)",
      'weak',
    ],
    [
      "(?:haar|d'r|die|met) (?:nepborsten|neptieten|neplippen|nepkont|siliconen|siliconenborsten|siliconentieten)",
      'strong',
    ],
    ['(?:mee uit (?:nemen|vragen)|ask (?:her|him) out)', 'weak'],
    [
      "(?:zou|wil|zouden|willen|would|wanna) (?:ik |we |hem |haar |die |dat |ze |him |her |to see him |to see her ){0,3}(?:ook |wel |best |graag |eens |even |'s |nog ){0,4}(?:zonder|in (?:haar|zijn|d'r|z'n) (?:bikini|ondergoed|zwembroek|badpak|string|boxer|beha|lingerie)|without) (?:[\\p{L}']{1,15} ){0,3}?(?:willen zien|zien|bekijken|see)",
      'strong',
    ],
    [
      '(?:lekker|geil|geile|heet|hete|sexy|lekkere) (?:wijf|wijfie|kontje|kont|lijf|lijfje|mokkel|moppie|chickie|chick|milf|billen|tieten)',
      'strong',
    ],
    ['(?:geil|geile|sexy) (?:ding|dingetje|stuk)', 'strong'],
    ['(?:lekker|lekkere|strak|strakke|heet|hete) (?:ding|dingetje|stuk)', 'weak'],
    ['(?:hot|sexy|fit) (?:teacher|mom|mum|milf|intern|colleague|new teacher|ass)', 'strong'],
    ['milf', 'strong'],
    [
      '(?:mooie|lekkere|grote|dikke|kleine|strakke|nice|big) (?:tieten|borsten|kont|reet|billen|tits|boobs|ass)',
      'strong',
    ],
    ['(?:zeker|vast|zal wel|is zeker) (?:ongesteld|ongesteld zijn|aan het menstrueren)', 'strong'],
    ['(?:ongesteld|pms|hormonen) (?:zeker|vast|of zo|ofzo)', 'strong'],
    [
      '(?:voor een|for a) (?:vrouw|meisje|meid|woman|girl) (?:best|heel|nog|redelijk|niet slecht|not bad|pretty|quite)',
      'strong',
    ],
    [
      "(?:vrouwen|meisjes|meiden|wijven|women|girls) (?:kunnen|horen|moeten|zijn|can't|belong|should) (?:gewoon |nou eenmaal |eenmaal |toch |nu eenmaal |nou |just )?(?:niet (?:rekenen|autorijden|leiden|leidinggeven|inparkeren)|in de keuken|thuis|achter het aanrecht|slechter|dommer|in the kitchen|at home)",
      'strong',
    ],
    ['(?:hoort|hoor|belongs) (?:in de keuken|achter het aanrecht|in the kitchen)', 'strong'],
    ['(?:naar|to) (?:het aanrecht|the kitchen)', 'weak'],
    ['(?:zou|zouden) (?:ik|we) (?:wel )?(?:doen|pakken|nemen|willen)(?= ?[.!?😏🤤🥵])', 'weak'],
    [
      '(?:strakke|korte|sexy|uitdagende|doorzichtige|laag uitgesneden|tight|short|revealing) (?:jurk|jurkje|rok|rokje|broek|legging|topje|shirt|bloes|bloesje|decolleté|outfit|dress|skirt|top)',
      'weak',
    ],
    [
      "(?:maakt|maken|maakte) (?:de |alle |die )?(?:vaders|mannen|jongens|moeders|papa's|dads|men) (?:helemaal |echt )?gek",
      'weak',
    ],
    ['(?:mee uit vragen|versieren|verleiden|op date|flirten met)', 'weak'],
    [
      '(?:een|weer een) vrouw als (?:directeur|baas|leidinggevende|teamleider|bestuurder|schoolleider)',
      'weak',
    ],
    [
      "(?:zien|see) wat (?:er )?(?:onder|under) (?:dat|die|haar|zijn|z'n|d'r|that|her|his) (?:shirt|rok|rokje|jurk|broek|blouse|bloes|trainingspak|skirt|dress|trousers) (?:zit|is)",
      'strong',
    ],
    ['dronken (?:te )?(?:voeren|voert|maken)', 'weak'],
    [
      '(?:is|zijn) (?:een )?(?:vrouw|vrouwen|meisje|meid),? dus (?:ik verwacht|dat wordt|reken maar op|verwacht maar|je weet het al)',
      'weak',
    ],
    [
      "(?:zou|wil|zouden|willen) (?:ik )?(?:hem|haar|die|ze) (?:wel |graag |best )?(?:eens |even )?(?:in de (?:bezemkast|kast|douche|kleedkamer|berging|gymzaal)|in (?:mijn|m'n) bed|alleen|onder vier ogen) (?:willen )?(?:tegenkomen|zien|hebben|pakken|spreken)",
      'weak',
    ],
    ['(?:hoerenbuurt|hoerig|hoerige|sletterig|sletterige|hoerenjurk|slutty)', 'strong'],
    ['(?:als|like) (?:een|a) (?:hoer|slet|slut|whore)', 'strong'],
    [
      '(?:vrouwen|wijven|meiden|women) (?:in|op|als|aan) (?:het |de )?(?:management|leiding|directie|top|stuur|leadership|charge)',
      'weak',
    ],
    [
      '(?:minder make-up|minder makeup|langere rok|langer rokje|kortere rok|korter rokje|less make-up|longer skirt|shorter skirt)',
      'weak',
    ],
    [
      '(?:nemen|neemt|take|takes) (?:de vaders|de mannen|de ouders|ze|they|the dads|the men) (?:je|haar|you|her) (?:misschien |wel |pas |eindelijk |maybe |finally )?(?:serieus|seriously)',
      'weak',
    ],
    [
      "(?:de|alle|die) (?:vaders|mannen|jongens|moeders|papa's|dads|men) (?:helemaal |echt )?gek (?:maakt|maken|maakte)",
      'weak',
    ],
  ],
  insult: [
    [
      '(?:useless|pathetic|lazy|incompetent|clueless|stupid|dumb|idiotic) (?:bunch|lot|pack|load|group|crowd) of',
      'strong',
    ],
    [
      "(?:dumb|thick|stupid) as (?:[a-z']{1,8} ){0,2}?(?:brick|bricks|rock|rocks|plank|planks|post|mince|pigshit|shit|hammers|doorknob|potato|a bag|a box)",
      'strong',
    ],
    ['(?:white trash|trailer trash|asociaal tuig|aso tuig|aso-tuig)', 'strong'],
    [
      '(?:kanker|kk|kkr|tyf|tief|tyfus|flikker|sodemieter|pleur|opsodemieter) (?:toch |nou |maar |gewoon |jij |jullie )?op',
      'strong',
    ],
    [
      '(?:rot|donder|duvel) (?:toch |nou |maar |gewoon )?op(?= ?[!.,]| (?:jij|jullie|met je|met jouw))',
      'weak',
    ],
    ['fuck (?:you|u|off|jou|je|jullie)', 'strong'],
    ['(?:luie|vuile|vieze) (?:zak|donder|varken|zwijn|hond)', 'strong'],
    ['(?:lui|vies|vet) stuk (?:vreten|vlees|ongeluk|chagrijn)', 'strong'],
    ['(?:domme|stomme) (?:koe|muts|gans|geit|doos)', 'strong'],
    ['shut (?:up|the fuck up|the f up)', 'weak'],
  ],
};

/** Emoji that carry anger at someone: they add weight to another signal, never fire alone. */
export const ANGER = /[🤬😡😠🖕😈👿]/u;

/** Emoji that leer: near a colleague or parent they add weight to another signal. */
export const LEER = /[😏🤤🥵👅🍑🍆]/u;
