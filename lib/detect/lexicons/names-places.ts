/**
 * Dutch and Flemish towns, provinces and islands (hand-kept from general knowledge of the municipalities):
 * after "in/naar/bij/uit/te…" such a word is a place, also when it is a first name too ("bij Lisse",
 * "naar Ede", "in Laren"). Lower-case, one entry per space.
 */
export const PLACES: ReadonlySet<string> = new Set(
  `
  amsterdam rotterdam utrecht eindhoven groningen tilburg almere breda nijmegen apeldoorn haarlem arnhem
  enschede amersfoort zaanstad zaandam haarlemmermeer hoofddorp zoetermeer zwolle leiden maastricht
  dordrecht ede emmen westland venlo delft deventer leeuwarden alkmaar helmond heerlen hilversum oss
  amstelveen sittard geleen hengelo purmerend roosendaal schiedam lelystad leidschendam voorburg
  gouda vlaardingen almelo alphen spijkenisse hoorn velsen ijmuiden veenendaal katwijk zeist nieuwegein
  assen roermond capelle hardenberg doetinchem barneveld gooise veldhoven soest vlissingen middelburg
  terneuzen goes zierikzee hulst veere domburg zoutelande oosterhout bergen heerhugowaard kampen
  woerden houten rijswijk wassenaar noordwijk lisse hillegom sassenheim voorschoten oegstgeest
  bodegraven waddinxveen gorinchem leerdam culemborg tiel zaltbommel wijchen druten boxmeer cuijk
  uden veghel boxtel vught best waalwijk dongen oisterwijk valkenswaard weert venray horst tegelen
  kerkrade landgraaf brunssum valkenburg vaals meerssen maasbracht echt susteren stein beek
  wageningen rhenen renkum oosterbeek wolfheze zevenaar duiven westervoort didam doesburg zutphen
  lochem borculo eibergen winterswijk groenlo aalten lichtenvoorde ulft gendringen terborg
  epe heerde hattem elburg harderwijk ermelo putten nijkerk baarn laren blaricum huizen bussum
  naarden weesp muiden diemen abcoude maarssen breukelen bilthoven doorn driebergen wijk
  nunspeet oldebroek wezep dalfsen ommen raalte olst wijhe rijssen holten nijverdal hellendoorn
  oldenzaal losser denekamp ootmarsum tubbergen haaksbergen neede goor delden borne
  meppel steenwijk giethoorn hoogeveen coevorden beilen westerbork zuidlaren roden peize haren
  veendam winschoten stadskanaal delfzijl appingedam hoogezand sappemeer leek grootegast zuidhorn
  sneek drachten heerenveen harlingen franeker dokkum bolsward joure wolvega lemmer workum
  emmeloord urk dronten zeewolde biddinghuizen texel vlieland terschelling ameland schiermonnikoog
  enkhuizen medemblik schagen castricum heiloo uitgeest beverwijk heemskerk zandvoort bloemendaal
  heemstede aalsmeer uithoorn ouderkerk monnickendam edam volendam wormerveer krommenie
  maassluis ridderkerk barendrecht hellevoetsluis brielle rozenburg zwijndrecht papendrecht
  sliedrecht alblasserdam krimpen lekkerkerk schoonhoven nieuwerkerk moordrecht
  gent antwerpen brussel brugge leuven mechelen hasselt genk kortrijk oostende aalst lier
  turnhout geel mol knokke blankenberge ieper roeselare namen luik bergen
  brabant limburg friesland fryslan zeeland drenthe gelderland overijssel flevoland groningen
  veluwe achterhoek twente betuwe zuid-holland noord-holland noord-brabant
`
    .trim()
    .split(/\s+/),
);

/** Places of two words ("Den Haag", "Den Bosch", "De Bilt"), as "first second". */
export const TWO_WORD_PLACES: ReadonlySet<string> = new Set([
  'den haag',
  'den bosch',
  'den helder',
  'den burg',
  'de bilt',
  'de lier',
  'de meern',
  'de koog',
  'ter apel',
  'het gooi',
]);
