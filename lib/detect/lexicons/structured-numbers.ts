/**
 * Words that label a number as something other than personal data (order, invoice, ticket and book
 * numbers), and units and short words that can follow a number like postcode letters do.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** A number right after one of these words is a reference number, not a phone number or BSN. */
export const REFERENCE_LABELS = words(`
  ordernummer order bestelnummer bestelling factuurnummer factuur kenmerk betalingskenmerk referentie
  referentienummer ref klantnummer lidnummer lidmaatschapsnummer artikelnummer artikel zaaknummer
  dossiernummer ticket ticketnummer storingsnummer meldingsnummer melding isbn issn ean kvk kvk-nummer btw
  btw-nummer polisnummer leerlingnummer studentnummer personeelsnummer registratienummer trackingnummer track
  tracking pakketnummer zendingnummer verzendnummer serienummer transactienummer transactie boekingsnummer
  reserveringsnummer vluchtnummer invoice reference serial kaartnummer pasnummer lotnummer batchnummer
  productnummer productcode code pincode pin wachtwoord rekeningnummer rekening bankrekening reknr giro
  gironummer`);

/** Two-letter units after a number ("1500 KM", "2000 GB"): postcode letters only with more context. */
export const UNIT_LETTERS = words(`
  KM CM MM DM KG MG ML CL DL GB MB KB TB PK KW HZ PX MP BC AD AM PM EU CC GR MW LB FT IN OZ HD HP FM XL MS`);

/** Two-letter words and event abbreviations that follow a year ("2025 EN", "in 2024 OP vakantie"). */
export const TWO_LETTER_WORDS = words(`
  EN OF IN OP IS AL TE ZO NU DE ME WE JE IK ZE HE ON AT TO BY MY IT AN AS OR SO NO UP GO DO BE US NL OM NA
  ER DA JA OK VS EO TV HQ KO EK WK OS NS NK BK VK UN VN AI IT HR PR MR OR DJ CD PC LO GA UW HI OH HA MA PA
  ZA`);
