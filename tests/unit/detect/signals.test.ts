/**
 * The post-level signals (affiliated, roleDisclosure, opinionDisclaimer) on made-up posts, for the
 * example board and for a second, differently named board: the rules must not depend on one set of names.
 */
import { describe, expect, it } from 'vitest';
import { check, type Profile } from '@/lib/detect';
import { Context } from '@/lib/detect/context';
import { normalize } from '@/lib/detect/normalize';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';
import { schoolMentions } from '@/lib/detect/rules/affiliation';

/** A second fictional board: names with type words, titles, diacritics, an acronym and common words. */
const OTHER_PROFILE: Profile = {
  organization: { name: 'Onderwijsgroep Kinderwijs Noord', aliases: ['OKN'] },
  schools: [
    { name: 'OBS De Klimop' },
    { name: 'Kindcentrum Het Mozaïek' },
    { name: 'Koningin Julianaschool' },
    { name: "'t Startpunt" },
    { name: 'De Brug', aliases: ['Brugschool'] },
  ],
};

type Signals = [affiliated: boolean, role: boolean, disclaimer: boolean];

function signals(text: string, profile: Profile): Signals {
  const report = check(text, profile);
  return [report.affiliated.value, report.roleDisclosure.value, report.opinionDisclaimer.value];
}

function mentions(text: string, profile: Profile): string[] {
  const n = normalize(text);
  const ctx = new Context(n.text, n.lower, profile);
  return schoolMentions(ctx)
    .filter((m) => m.strong)
    .map((m) => n.text.slice(m.start, m.end));
}

describe('school and board mentions (second profile)', () => {
  it.each([
    ['Kerstmarkt op OBS De Klimop, iedereen welkom', ['OBS De Klimop']],
    ['Feest op #DeKlimop 🎉', ['DeKlimop']],
    ['Nieuwbouw voor Het Mozaiek gaat eindelijk beginnen', ['Het Mozaiek']],
    ['Sportdag van de Julianaschool was top', ['de Julianaschool']],
    ["Voorleesontbijt op 't Startpunt", ["'t Startpunt"]],
    ['Op de Brugschool zoeken ze hulpouders', ['de Brugschool']],
    ['Het bestuur van Kinderwijs Noord heeft besloten', ['Kinderwijs Noord']],
    ['Nieuws van OKN: de staking gaat door', ['OKN']],
    ['Open dag bij basisschool De Brug', ['basisschool De Brug']],
  ])('finds %j', (text, expected) => {
    expect(mentions(text, OTHER_PROFILE)).toEqual(expected);
  });

  it.each([
    'Over de brug bij de markt is het altijd druk',
    'De klimop groeit over het hele hek heen 🌿',
    'Mooi mozaïek gelegd in de badkamer',
    'We wonen in Amsterdam Noord, vlak bij de pont.',
    'okn? geen idee wat dat betekent',
    'Hij kwam als eerste over de finish bij het startpunt.',
  ])('finds nothing in %j', (text) => {
    expect(mentions(text, OTHER_PROFILE)).toEqual([]);
  });
});

/** [text, affiliated, roleDisclosure, opinionDisclaimer] */
const CASES: Array<[string, ...Signals]> = [
  // Private posts: no school link, no reminders.
  [
    'Wie heeft er tips voor een leuk vakantiehuisje in Drenthe? We gaan in de herfstvakantie.',
    false,
    false,
    false,
  ],
  ['Onze jongste had vandaag haar eerste schooldag 🥹 De juf was zo lief voor haar.', false, false, false],
  ['Ouderavond op de school van mijn zoon, twee uur over het nieuwe rekenbeleid 😴', false, false, false],
  ['Mijn dochter zit in groep 7 en moet een spreekbeurt houden over haar hobby. Tips?', false, false, false],
  ['Vroeger op de basisschool hadden we nog een schooltuin en een krijtbord.', false, false, false],
  [
    'Het lerarentekort wordt steeds erger. Kinderen krijgen les van onbevoegden, scholen sluiten.',
    false,
    false,
    false,
  ],
  ['Met ons team de Zevenheuvelenloop gelopen voor het goede doel 🏃', false, false, false],
  ['Zomervakantie! Zes weken niks, alleen boeken en zon 😎', false, false, false],
  [
    'Interesting article on reading for pleasure in schools across Europe. Worth a read.',
    false,
    false,
    false,
  ],
  ['Mijn ouders zijn vandaag 50 jaar getrouwd ❤️', false, false, false],
  ['Net een briefje van school: morgen luizencontrole 🪲🙄 kammen maar weer', false, false, false],
  ['Auto moet vandaag bij de garage worden nagekeken, dus ik fiets.', false, false, false],
  // About school, no disclosure: both reminders.
  ['Groep 4 heeft vandaag zelf soep gemaakt 🍲 Wat een koks!', true, false, false],
  ['Vandaag de laatste les over de Romeinen gegeven. Ze wilden allemaal een toga 😂', true, false, false],
  ['Rapporten schrijven tot middernacht ☕', true, false, false],
  ['De kleuters waren vandaag niet te houden, volle maan?', true, false, false],
  ["Drie zieke collega's en geen invallers. Wat een week.", true, false, false],
  ['Morgen tien-minutengesprekken tot negen uur, wens me sterkte', true, false, false],
  ['Lieve ouders, vergeet morgen de gymspullen niet! 👟', true, false, false],
  ['Parent-teacher conferences all week. Coffee, please ☕', true, false, false],
  ['My pupils wrote letters to the mayor today. He wrote back!', true, false, false],
  ['Eerste schooldag erop! 28 nieuwe gezichtjes in de klas 😊', true, false, false],
  ['Wat een sfeer op de Julianaschool vandaag tijdens de kerstviering 🎄', true, false, false],
  // Role disclosure, no disclaimer.
  ['Als leerkracht van groep 3 op OBS De Klimop zie ik elke dag kinderen leren lezen 📚', true, true, false],
  ['Ik ben juf op de Klimop en vandaag kreeg ik de mooiste tekening ooit.', true, true, false],
  ['Op de klimop, waar ik nu werk, is een nieuwe kleutergroep geopend 💚', true, true, false],
  ['Ik werk op het startpunt, de kleuters zijn geweldig.', true, true, false],
  ["Werkzaam als IB'er bij Het Mozaïek, en elke dag leer ik bij.", true, true, false],
  ['Trotse juf van groep 5 bij de Julianaschool 💛 #onderwijs', true, true, false],
  ['I teach year 8 at De Brug and today the whole class passed their swimming test.', true, true, false],
  ["Ik sta al twaalf jaar voor de klas op 't Startpunt en nog steeds elke dag blij.", true, true, false],
  ['Sinds januari werk ik bij Onderwijsgroep Kinderwijs Noord als beleidsmedewerker.', true, true, false],
  ['Mooie dag met de kinderen.\n\nGroetjes, juf Sanne (groep 6, De Brug)', true, true, false],
  ['Leerkracht groep 7 | De Klimop | OKN', true, true, false],
  // Disclaimer, no role.
  ['Op persoonlijke titel: ik vind de nieuwe toetsen voor groep 8 veel te zwaar.', true, false, true],
  ['My pupils deserve smaller classes. Views are my own.', true, false, true],
  [
    'Persoonlijke mening: de rapporten in groep 5 zijn veel te lang. Niet namens mijn werkgever.',
    true,
    false,
    true,
  ],
  // Both.
  [
    'Ik werk als leerkracht bij De Brug (onderdeel van Onderwijsgroep Kinderwijs Noord). Dit bericht plaats ik op persoonlijke titel; het is niet het standpunt van Onderwijsgroep Kinderwijs Noord.',
    true,
    true,
    true,
  ],
  [
    'I work as a teaching assistant at Het Mozaïek (part of Kinderwijs Noord). I post this in a personal capacity; it is not the position of Kinderwijs Noord.',
    true,
    true,
    true,
  ],
  ['Intern begeleider bij De Brug. Persoonlijke mening, niet namens OKN.', true, true, true],
  // Traps.
  ['Leuke vacature bij De Klimop voor een leerkracht groep 6! Delen mag 👇', true, false, false],
  ['Reünie van mijn oude basisschool De Brug, 35 jaar geleden zat ik daar in groep 3 😂', true, false, false],
  ['Als ouder van een leerling op De Klimop ben ik heel tevreden over de juf.', true, false, false],
  ['Onze directeur is weer eens ziek. #DeKlimop', true, false, false],
  ['Jullie mening telt! Ouderavond donderdag om 19:30.', true, false, false],
  ['Gisteren heeft juf Anouk van De Brug de kinderen zo mooi voorbereid.', true, false, false],
];

describe('signals on made-up posts (second profile)', () => {
  it.each(CASES)('%j', (text, affiliated, role, disclaimer) => {
    expect(signals(text, OTHER_PROFILE)).toEqual([affiliated, role, disclaimer]);
  });
});

/** A third board, with names that are ordinary words ("De Linde", "Het Palet"). */
const THIRD_PROFILE: Profile = {
  organization: { name: 'Stichting Veldwerk' },
  schools: [
    { name: 'De Zonnewijzer' },
    { name: 'Het Palet' },
    { name: 'De Linde' },
    { name: 'Sint Franciscusschool' },
  ],
};

describe('signals on made-up posts (third profile)', () => {
  it.each<[string, ...Signals]>([
    ['Gisteren een mooie zonnewijzer gekocht voor in de tuin ☀️', false, false, false],
    ['Onder de linde in het park gepicknickt, heerlijk 🌳', false, false, false],
    ["Collega's van mijn man komen vanavond eten, nog snel boodschappen doen", false, false, false],
    ['Vandaag de studiedag van mijn kinderen, dus vrij genomen. Pannenkoeken bakken!', false, false, false],
    ['Ik zat vroeger altijd achterin de klas te dromen. Nu schrijf ik boeken 📚', false, false, false],
    ["My daughter's school sent home a note about lice again. Here we go 🙄", false, false, false],
    ['Mijn persoonlijke mening over de formatie: het duurt véél te lang.', false, false, true],
    ['Pleinwacht in de stromende regen. Niemand wilde naar binnen 🌧️', true, false, false],
    ['De MR heeft gisteravond ingestemd met het nieuwe vakantierooster.', true, false, false],
    ['Report cards done. Now I can finally sleep 😴', true, false, false],
    ['Juf Fatima (groep 3, De Linde) heeft vandaag de voorleeswedstrijd gewonnen!', true, false, false],
    ['Goed gesprek gehad met directeur van De Linde over de verkeersveiligheid.', true, false, false],
    [
      'Vacature: leerkracht groep 5 op De Linde (0,8 fte). Interesse? Stuur me een bericht!',
      true,
      false,
      false,
    ],
    ['Als kinderen op De Linde beginnen, kunnen ze vaak al hun naam schrijven.', true, false, false],
    ['Bedankt voor alle lieve reacties!\nJuf Fatima (groep 3, De Linde)', true, true, false],
    ['Fijne vakantie allemaal!\n\nJuf Marieke\nGroep 5 - De Linde', true, true, false],
    [
      "Na vijf jaar bij Het Palet neem ik afscheid als leerkracht. Dank aan alle collega's!",
      true,
      true,
      false,
    ],
    ['Onze school, De Zonnewijzer, waar ik met veel plezier werk, bestaat 50 jaar!', true, true, false],
    ['Mijn werkplek: De Linde. Mijn passie: kinderen laten groeien 🌱', true, true, false],
    ['I joined De Zonnewijzer in 2019 as a teacher and I never looked back.', true, true, false],
    [
      "Hi! I'm Sanne, teacher of group 4 at De Linde. Today we started our project on space 🚀",
      true,
      true,
      false,
    ],
    ["Ik ben zo trots op mijn collega's van De Linde, wat een inzet deze week!", true, true, false],
    [
      'Ik werk op Het Palet, maar dit schrijf ik als privépersoon: het schoolplein moet groener.',
      true,
      true,
      true,
    ],
    [
      'Views are my own. As a school leader at De Zonnewijzer I see the teacher shortage every day.',
      true,
      true,
      true,
    ],
    ['Persoonlijke noot: te veel toetsen in groep 3. Dit is niet namens mijn school.', true, false, true],
  ])('%j', (text, affiliated, role, disclaimer) => {
    expect(signals(text, THIRD_PROFILE)).toEqual([affiliated, role, disclaimer]);
  });
});

describe('signals with the example profile', () => {
  it.each<[string, ...Signals]>([
    [
      'Als juf op De Horizon vind ik dit een prachtig plan, maar dit is mijn persoonlijke mening.',
      true,
      true,
      true,
    ],
    ['Aan de horizon gloort de zomervakantie 🌅', false, false, false],
    ['Het anker van onze boot is weer vastgeroest ⚓', false, false, false],
    ['Directeur van Het Anker. Views are my own.', true, true, true],
  ])('%j', (text, affiliated, role, disclaimer) => {
    expect(signals(text, EXAMPLE_PROFILE)).toEqual([affiliated, role, disclaimer]);
  });
});
