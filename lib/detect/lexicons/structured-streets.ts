/**
 * Dutch street-name parts (closed classes), from the BAG/NEN 5825 street naming practice: the suffixes a
 * street name ends in, the words that can stand before them, and the particles inside names.
 */

const words = (list: string): string[] => list.trim().split(/\s+/);

/** A street name ends in one of these ("Dorpsstraat", "Bernhardlaan", "Oudegracht"). */
export const STREET_SUFFIXES: readonly string[] = words(`
  straatweg straat straatje laan laantje weg wegje plein pleintje gracht kade singel dijk hof hofje steeg
  steegje pad dreef plantsoen boulevard allee wal vaart haven park baan erf veld brink zoom diep`);

/** Suffixes that are safe without a capital letter ("ik woon op de dorpsstraat 14"). */
export const STRONG_SUFFIXES: ReadonlySet<string> = new Set(
  words('straat laan gracht kade singel steeg dreef plein dijk plantsoen straatweg'),
);

/** Words that end in a suffix but, with a number after them, are not a street ("onderweg 2", "sportveld 3"). */
export const NOT_STREETS: ReadonlySet<string> = new Set(
  words(`
  onderweg halfweg omweg uitweg snelweg zijweg fietspad voetpad wandelpad ruiterpad loopbaan zwembaan autobaan
  startbaan ijsbaan tennisbaan atletiekbaan sportveld speelveld voetbalveld grasveld hockeyveld trapveld
  korfbalveld slagveld werkveld blikveld middenveld krachtveld schoolplein speelplein pretpark attractiepark
  sportpark speeltuinpark schoolerf schoolhof binnenvaart zeevaart luchtvaart scheepvaart bedevaart
  hemelvaart ziekenhuispark`),
);

/** A suffix word standing alone after one of these is a street ("Oude Gracht 12", "Grote Markt 3"). */
export const STREET_ADJECTIVES: ReadonlySet<string> = new Set(
  words(`
  oude nieuwe grote kleine lange korte hoge lage brede smalle achter voor binnen buiten noord zuid oost west
  noorder zuider ooster wester`),
);

/** Standalone words that are a street after an adjective ("Grote Markt", "Oude Gracht"). */
export const STANDALONE_STREETS: ReadonlySet<string> = new Set(
  words('markt gracht kade weg dijk singel straat laan plein haven wal brink vaart steeg dreef hof'),
);

/** Capitalised words that begin a street name even at the start of a sentence ("Burgemeester de Withstraat"). */
export const STREET_PREFIXES: ReadonlySet<string> = new Set([
  ...words(`
  burgemeester burg prins prinses koning koningin graaf gravin hertog dokter dr pastoor pater kardinaal
  bisschop sint st professor prof president generaal admiraal kapitein luitenant jonkheer jhr mr meester ds
  dominee kolonel majoor wethouder minister ir ingenieur van de den der ter ten`),
  ...STREET_ADJECTIVES,
]);

/** Particles inside street names ("Laan van Meerdervoort", "Johan de Wittlaan", "Van 't Hoffstraat"). */
export const STREET_PARTICLES: ReadonlySet<string> = new Set(
  words("van de der den het 't t ter ten te la le du des 's s naar aan op over bij in"),
);

/** Street words that come first and are followed by a particle ("Laan van Meerdervoort", "Weg naar Zee"). */
export const LEADING_STREET_WORDS: ReadonlySet<string> = new Set(
  words('laan weg plein singel kade dreef dijk gracht straat park hof'),
);
