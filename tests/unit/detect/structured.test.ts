import { describe, expect, it } from 'vitest';
import { check, type Profile } from '@/lib/detect';
import { STRUCTURED } from '@/lib/detect/context';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';
import { elevenProof, ibanChecksumOk } from '@/lib/detect/rules/structured';

const STRUCTURED_TYPES = STRUCTURED;

/** The structured findings of a text, as "type:text". */
function found(text: string, profile: Profile = EXAMPLE_PROFILE): string[] {
  return check(text, profile)
    .findings.filter((f) => STRUCTURED_TYPES.includes(f.type))
    .map((f) => `${f.type}:${f.text}`);
}

/** Texts with «marks» around each expected finding, with its type before the text: «phone:06-12345678». */
function expectMarked(example: string, profile: Profile = EXAMPLE_PROFILE): void {
  const expected = [...example.matchAll(/«([a-z]+):([^»]*)»/gu)].map((m) => `${m[1]}:${m[2]}`);
  const text = example.replace(/«[a-z]+:([^»]*)»/gu, '$1');
  expect(found(text, profile).sort()).toEqual(expected.sort());
}

describe('validators', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['628194821', true],
    ['252760189', true],
    ['123456789', false],
    ['526018159', false],
    ['000000000', false],
    ['12345678', false],
  ])('11-proef %s → %s', (digits, valid) => {
    expect(elevenProof(digits)).toBe(valid);
  });

  it.each([
    ['NL91ABNA0417164300', true],
    ['NL44RABO0123456789', true],
    ['BE68539007547034', true],
    ['DE89370400440532013000', true],
    ['NL91ABNA0417164301', false],
    ['NL45RABO0123456789', false],
  ])('IBAN mod-97 %s → %s', (iban, valid) => {
    expect(ibanChecksumOk(iban)).toBe(valid);
  });
});

describe('phone numbers', () => {
  it.each([
    'Bel «phone:06-12345678» na schooltijd',
    '«phone:06 12 34 56 78» is haar nummer',
    'Mobiel: «phone:06.12.34.56.78»',
    'Bel «phone:(06) 12 34 56 78» of «phone:(020) 123 45 67»',
    'School: «phone:0297-563412», thuis «phone:010 - 123 45 67»',
    'Vanuit het buitenland «phone:+31 6 12345678» of «phone:0031 6 12345678»',
    'Met nul: «phone:+31 (0)6 1234 5678»',
    'Oma in Polen: «phone:+48 601 234 876», oom in Londen «phone:+44 20 7946 0958»',
    'Gratis: «phone:0800-1234», betaald: «phone:0900-1234567»',
    'Lijst:\nFam. A «phone:0612345678»\nFam. B «phone:0687654321»',
    'Bel «phone:06-12345678» / «phone:06-87654321»',
    'Via de app: wa.me/«phone:31612345678»',
    'De moeder van X («phone:06-41234567») regelt het',
  ])('finds %j', (example) => expectMarked(example));

  it.each([
    'De les begint om 08:30 en eindigt om 14:30.',
    'Schooljaar 2025-2026 en beleidsplan 2026-2030.',
    'Hij is geboren op 06-11-2017 10:15 in het ziekenhuis.',
    'Spreekuur 08.30-09.00 in lokaal 0.14',
    'Kosten: € 0,50 per kopie, € 12,50 per boek.',
    'Bestelnummer 0612345678 is onderweg.',
    'ISBN 0-306-40615-2 en ISBN 978-90-214-6203-1 zijn besteld.',
    'Storing gemeld onder nummer 4471-209.',
    'Postcode 1234 AB, huisnummer 12.',
  ])('leaves alone %j', (text) => {
    expect(found(text).filter((f) => f.startsWith('phone:'))).toEqual([]);
  });
});

describe('BSN', () => {
  it.each([
    'BSN «bsn:111222333»',
    'Op het formulier: «bsn:1112.22.333»',
    'bsn «bsn:123 456 782»',
    'BSN «bsn:123.456.782» klopt dat?',
  ])('finds %j', (example) => expectMarked(example));

  it.each([
    'BSN 123456789 wordt niet geaccepteerd.',
    'Ordernummer 111222333 is verzonden.',
    'Kenmerk 628194821 op de parkeerbon.',
  ])('leaves alone %j', (text) => {
    expect(found(text).filter((f) => f.startsWith('bsn:'))).toEqual([]);
  });

  it('is not sought inside a phone number', () => {
    expectMarked('Bel «phone:+31 628194821» voor info');
    expectMarked('Bel «phone:06 1112 2233» als er iets is');
  });
});

describe('IBAN', () => {
  it.each([
    'Overmaken op «iban:NL91 ABNA 0417 1643 00» t.n.v. de OR',
    'Naar «iban:NL44RABO0123456789» graag',
    'lowercase: «iban:nl44 rabo 0123 4567 89»',
    'Duitse rekening «iban:DE89 3704 0044 0532 0130 00».',
    'Belgisch: «iban:BE68 5390 0754 7034»',
  ])('finds %j', (example) => expectMarked(example));

  it('leaves a mistyped IBAN alone, also its digits', () => {
    expect(found('Niet NL91 ABNA 0417 1643 01 maar het andere nummer.')).toEqual([]);
  });
});

describe('postcodes and addresses', () => {
  it.each([
    'We wonen op de «address:Bernhardlaan 12A», «postcode:7412 CD» Plaats',
    'Adres: «address:Dorpsstraat 14», «postcode:3732HJ» Dorp',
    'Nieuw adres: «address:Laan van Voorbeeld 120-B»',
    'Kaartjes naar «address:Burgemeester de Jonghstraat 3», «postcode:1234 ab» Ergens',
    'Voer «postcode:1442 EV» in je navigatie in',
    'adres: «address:kerkstraat 7»',
    'Verzamelen bij «address:Oude Gracht 44»',
    'Kom langs op «address:Lindenlaan 17»',
  ])('finds %j', (example) => expectMarked(example));

  it.each([
    'De ouderavond is in lokaal 12, groep 7 zit in lokaal 14.',
    'Omgeving Lindenlaan/Parkweg is afgesloten.',
    'De garage aan de Van Goghstraat is duur.',
    'Ik fietste al 1500 KM dit jaar.',
    'In 2025 EN 2026 gaan we op kamp.',
    'Sem is geboren op 4 juni 2018 in Den Haag.',
    'De Kerstmarkt 18 december is gezellig.',
    'Het Vondelpark 3 uur lang rondgelopen.',
  ])('leaves alone %j', (text) => {
    expect(found(text).filter((f) => /^(?:postcode|address):/.test(f))).toEqual([]);
  });

  it('does not read a configured school name as a street', () => {
    expect(found('Groep 4 van De Vlinderhof 2 keer gewonnen')).toEqual([]);
    expect(found('Op De Vlinderhof 3 nieuwe collega’s!').filter((f) => f.startsWith('address:'))).toEqual([]);
  });
});

describe('dates of birth', () => {
  it.each([
    'Nieuwe leerling: Tim, geb. «birthdate:04-05-2019».',
    'Geboortedatum «birthdate:09-03-2018», BSN volgt.',
    'Op «birthdate:12 maart 2024» om 03:12 is ons zoontje geboren.',
    'Geboren: Fenne, «birthdate:3 maart 2025», 3480 gram.',
    'Happy birthday to my brother, born «birthdate:14 August 1995»!',
    'DOB: «birthdate:2011-09-03»',
    'Mijn verjaardag is «birthdate:12 mei 1985».',
  ])('finds %j', (example) => expectMarked(example));

  it.each([
    'De schoolfotograaf komt op 18 maart.',
    'Zaterdag 12 april geeft ze een feestje voor haar 7e verjaardag.',
    'Nieuwe leerling per 1 september, hij is geboren in Utrecht.',
    'Vanaf 1 september start hij in groep 3, hij is geboren in Utrecht.',
    'Opa werd geboren in 1950 en overleed op 3 mei 2020.',
    'Kinderen geboren in 2018 mogen gratis mee op 21 juni.',
  ])('leaves alone %j', (text) => {
    expect(found(text).filter((f) => f.startsWith('birthdate:'))).toEqual([]);
  });
});

describe('e-mail and handles', () => {
  it.each([
    'Mail naar «email:j.devries@voorbeeld.nl» of «email:info@horizon-onderwijs.nl»',
    'Zijn adres: «email:k.vos [at] mailtje [dot] nl»',
    'Volg collega «handle:@meester.tom.leest» op Insta',
    'Dit is hem: «handle:linkedin.com/in/joris-van-dam-1998»',
    'Mijn neef «handle:@tekenaar_bram» verdient meer volgers',
    'Mijn zus («handle:@EvaDeGroot») heeft de taart gebakken',
    'Kijk op «handle:tiktok.com/@danceanna»',
  ])('finds %j', (example) => expectMarked(example));

  it.each([
    'Trots! @HorizonOnderwijs #SHO',
    'Mooie dag op @StWillibrordschool',
    'Volg ook @HorizonScholen en @ankerschool_nl',
    'Goed stuk van @NOS en @NOSnl',
    'Dank aan @gemeente_voorbeeld en @bibliotheek_west',
    'Wat een race van @MaxRacer33 vandaag',
    'Ik ben @home, we zien elkaar @ 14:00',
    'linkedin.com/company/horizon-onderwijs en facebook.com/groups/ouders',
  ])('leaves alone %j', (text) => {
    expect(found(text).filter((f) => f.startsWith('handle:'))).toEqual([]);
  });

  it('does not take an e-mail address for a handle', () => {
    expect(found('Mail naar a.smit@voorbeeld.nl')).toEqual(['email:a.smit@voorbeeld.nl']);
  });

  it('matches the configured organisation loosely', () => {
    const profile: Profile = {
      organization: { name: 'Stichting Rivierland', aliases: ['Rivierland'] },
      schools: [{ name: 'Sint Maartenschool' }, { name: 'De Zeester' }],
    };
    expect(found('@StMaartenschool @RivierlandScholen @zeester_groep8', profile)).toEqual([]);
    expect(found('Volg @pieter.tekent', profile)).toEqual(['handle:@pieter.tekent']);
  });
});

describe('evasion', () => {
  it('sees a phone number in full-width digits, with zero-width characters inside', () => {
    const text = 'Bel \uFF10\uFF16-\uFF11\uFF12\u200B\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18 vanavond';
    const report = check(text, EXAMPLE_PROFILE);
    const phone = report.findings.find((f) => f.type === 'phone');
    expect(phone?.text).toBe('\uFF10\uFF16-\uFF11\uFF12\u200B\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18');
  });

  it('sees a BSN with zero-width joiners and mathematical digits', () => {
    const text = 'BSN 111\u200D222\u2060333 en 𝟏𝟏𝟏𝟐𝟐𝟐𝟑𝟑𝟑';
    const bsns = check(text, EXAMPLE_PROFILE).findings.filter((f) => f.type === 'bsn');
    expect(bsns.map((f) => f.text)).toEqual(['111\u200D222\u2060333', '𝟏𝟏𝟏𝟐𝟐𝟐𝟑𝟑𝟑']);
  });

  it('sees digits spaced out one by one, en dashes and non-breaking spaces', () => {
    expect(found('bel 0 6 1 2 3 4 5 6 7 8')).toEqual(['phone:0 6 1 2 3 4 5 6 7 8']);
    expect(found('bel 06\u201312345678')).toEqual(['phone:06\u201312345678']);
    expect(found('IBAN NL91\u00A0ABNA\u00A00417\u00A01643\u00A000')).toEqual([
      'iban:NL91\u00A0ABNA\u00A00417\u00A01643\u00A000',
    ]);
  });
});

describe('licence plates', () => {
  it.each(['Auto «licenseplate:GV-123-B» staat voor de uitgang', 'Kenteken «licenseplate:12-TBN-3»'])(
    'finds %j',
    (example) => expectMarked(example),
  );

  it('leaves dates, group numbers and other codes alone', () => {
    expect(found('Groep 7-8 op 12-03-2025, COVID-19, A-4-B')).toEqual([]);
  });
});
