/**
 * Special-category data about an identifiable person. Most tests record the names themselves (as the name
 * rules would) and run only the special rules, so they do not depend on how names are found; a few go
 * through check() end to end. All people, schools and addresses are made up.
 */
import { describe, expect, it } from 'vitest';
import { check } from '@/lib/detect';
import { Context } from '@/lib/detect/context';
import { SPECIAL_PHRASES } from '@/lib/detect/lexicons/special-terms';
import { normalize } from '@/lib/detect/normalize';
import { patternKeys } from '@/lib/detect/phrases';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';
import { SPECIAL_RULES } from '@/lib/detect/rules/special';

/** The special findings for a text, with the given names (and e-mail addresses) recorded beforehand. */
function special(text: string, names: string[] = [], emails: string[] = []): string[] {
  const normalized = normalize(text);
  const ctx = new Context(normalized.text, normalized.lower, EXAMPLE_PROFILE);
  for (const [type, list] of [
    ['name', names],
    ['email', emails],
  ] as const) {
    for (const value of list) {
      const start = ctx.text.indexOf(value);
      expect(start, `"${value}" is in the text`).toBeGreaterThanOrEqual(0);
      ctx.record(type, [{ start, end: start + value.length }]);
    }
  }
  const found: string[] = [];
  for (const rule of SPECIAL_RULES) {
    const spans = rule.find(ctx);
    ctx.record(rule.type, spans);
    for (const span of spans) found.push(`${rule.id}:${ctx.slice(span)}`);
  }
  return found;
}

describe('special: sensitive data about someone identifiable', () => {
  it.each([
    [
      'Voor de invaller: Bente vindt veranderingen lastig ivm haar autisme.',
      ['Bente'],
      'special.health:autisme',
    ],
    [
      'Wat een pech: Olivier heeft bij de gymles zijn pols gebroken 😢',
      ['Olivier'],
      'special.health:zijn pols gebroken',
    ],
    ['Goed nieuws, de dyslexieverklaring van Mats is binnen!', ['Mats'], 'special.health:dyslexieverklaring'],
    [
      'Jolien gaat mee op kamp. Ze heeft diabetes type 1 en moet om 12:00 prikken.',
      ['Jolien'],
      'special.health:diabetes type 1',
    ],
    [
      'Hamid en Sofia gaan niet mee naar de kerk, hun ouders zijn moslim.',
      ['Hamid', 'Sofia'],
      'special.belief:moslim',
    ],
    [
      'De ouders van Lars zitten midden in een scheiding, let een beetje op hem.',
      ['Lars'],
      'special.family:midden in een scheiding',
    ],
    ['Gisteren een gesprek met jeugdzorg en de ouders van Ruben.', ['Ruben'], 'special.family:jeugdzorg'],
    [
      'Geen wonder dat Jordy zo onrustig is, zijn oom zit vast voor diefstal.',
      ['Jordy'],
      'special.criminal:zit vast voor diefstal',
    ],
    [
      'Meester Wessel ligt in het ziekenhuis met een longontsteking.',
      ['Wessel'],
      'special.health:in het ziekenhuis',
    ],
    [
      'Onze juf Ilse is met zwangerschapsverlof, haar vervanger begint maandag.',
      ['Ilse'],
      'special.health:zwangerschapsverlof',
    ],
  ])('flags %j', (text, names, expected) => {
    expect(special(text, names)).toContain(expected);
  });

  it('needs no name when the post singles someone out', () => {
    expect(special('Mijn collega is zwanger! Vanaf maart met verlof.')).toEqual(['special.health:zwanger']);
    expect(special('Een leerling van mij heeft sinds kort de diagnose dyscalculie.')).not.toEqual([]);
    expect(special('De enige jongen in mijn klas met een rolstoel won vandaag de race.')).not.toEqual([]);
    expect(special('The only girl in my class with dyslexia got the best score.')).not.toEqual([]);
    expect(
      special('Onze nieuwe stagiaire heeft epilepsie, dus weet wat je moet doen bij een aanval.'),
    ).not.toEqual([]);
  });

  it('counts an e-mail address (or other personal data) as making someone identifiable', () => {
    const text = 'Vader: p.demir@example.nl, moeder: s.aksoy@example.nl (ze wonen niet meer samen).';
    expect(special(text, [], ['p.demir@example.nl', 's.aksoy@example.nl'])).toEqual([
      'special.family:wonen niet meer samen',
    ]);
  });

  it('follows a pronoun a sentence or two back, or one ahead', () => {
    expect(special('Wat ben ik trots op Noor! Ze zit sinds de zomer in een rolstoel.', ['Noor'])).not.toEqual(
      [],
    );
    expect(special('Ze is zwanger!! Onze Kim gaat mama worden 🥹', ['Kim'])).not.toEqual([]);
    // Far away and without a pronoun: not about Noor.
    expect(
      special(
        'Gefeliciteerd Noor! De koffie is op. Het regent al dagen. Autisme komt vaker voor dan je denkt.',
        ['Noor'],
      ),
    ).toEqual([]);
  });

  describe('traps', () => {
    it.each([
      ['Veel kinderen hebben dyslexie, en dat is helemaal niet erg.'],
      ['Whether it is dyslexia, ADHD or a difficult home situation: we start with what a child can do.'],
      ['Passend onderwijs met 28 kinderen en een wachtlijst bij de jeugdzorg: zo houd je het niet vol.'],
      ['Twaalf kinderen ziek, drie collega’s ziek, de koffie op. Het is pas dinsdag 🤧'],
      ['Een gepensioneerde die na een scheiding alles kwijtraakte, komt elke week langs bij de voedselbank.'],
      ['Ziek goede presentaties vandaag van groep 8!'],
      ['Ik zat vanochtend een uur vast in de file op de A12.'],
      ['Wouter zit vast wel te slapen, hij reageert niet.'],
      ['Gescheiden afval inzamelen: groep 6 maakte er een poster over.'],
      ['Our team ran 10k for cancer research this weekend, thanks to every sponsor!'],
      ['Vandaag een studiedag over dyslexie en dyscalculie voor het hele team.'],
      ['Kerstviering in de kerk donderdag, alle ouders zijn welkom.'],
      ['Ik ben vandaag helaas ziek, de invaller neemt het over.'],
      ['Our school celebrates Eid, Diwali and Christmas with everyone.'],
    ])('does not flag %j', (text) => {
      expect(special(text)).toEqual([]);
    });

    it('does not flag a general statement in a post that also names someone', () => {
      expect(
        special('Bedankt Priya voor de inspirerende workshop over autisme in de klas!', ['Priya']),
      ).toEqual([]);
      expect(special('Kinderen met ADHD hebben baat bij structuur, zegt Sanne altijd.', ['Sanne'])).toEqual(
        [],
      );
      expect(special('Koen rende de hele gymles als een speer, wat een doorzetter!', ['Koen'])).toEqual([]);
    });

    it('does not take a curse for an illness', () => {
      expect(special('Kanker Bram, doe normaal.', ['Bram'])).toEqual([]);
      expect(special('De oma van Bram heeft kanker, hij is er stil van.', ['Bram'])).not.toEqual([]);
    });
  });

  it('works end to end with the name rules', () => {
    const report = check(
      'Kun je morgen rekening houden met Jesse? Hij heeft diabetes type 1.',
      EXAMPLE_PROFILE,
    );
    expect(report.findings.filter((f) => f.type === 'special').map((f) => f.text)).toEqual([
      'diabetes type 1',
    ]);
    expect(report.findings.find((f) => f.type === 'special')?.article).toBe('A2');
  });

  it('maps spans back to the original text', () => {
    const text = 'Onze collega\u00A0Fleur is \u200Bzwanger! 🤰';
    const found = check(text, EXAMPLE_PROFILE).findings.filter((f) => f.type === 'special');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['zwanger']);
  });

  it('has phrases that all start with a word (so they can be indexed)', () => {
    for (const list of Object.values(SPECIAL_PHRASES))
      for (const source of list) expect(patternKeys(source).length).toBeGreaterThan(0);
    expect(() => patternKeys('(?:de )?islam')).toThrow();
  });
});

describe('special: varied phrasings', () => {
  // Posts written for these tests: health, pregnancy, learning disorders, disability, religion, origin,
  // orientation, criminal matters, youth care and home situations, each about someone named. Made up.
  it.each([
    [
      'Kun je Finn vandaag een beetje in de gaten houden? Hij heeft sinds gisteren een hersenschudding.',
      ['Finn'],
      'special.health:hersenschudding',
    ],
    [
      'Yara uit groep 5 is met haar ouders gevlucht uit Syrië en slaapt nog steeds slecht.',
      ['Yara'],
      'special.belief:gevlucht uit Syrië',
    ],
    [
      'Mila (gr 4) komt uit Polen en spreekt nog weinig Nederlands, wie heeft tips?',
      ['Mila'],
      'special.belief:komt uit Polen',
    ],
    [
      'De moeder van Stijn is vorige week overleden aan kanker, hij is er deze week niet.',
      ['Stijn'],
      'special.health:kanker',
    ],
    [
      'Juf Marieke zit thuis met een burn-out, de invalpool zoekt vervanging.',
      ['Marieke'],
      'special.health:thuis met een burn-out',
    ],
    [
      'Luuk gaat sinds kort op woensdag naar speltherapie, hij mist dan de gymles.',
      ['Luuk'],
      'special.health:speltherapie',
    ],
    [
      'Noa woont sinds de zomer in een pleeggezin, houd er rekening mee bij het vaderdagcadeau.',
      ['Noa'],
      'special.family:pleeggezin',
    ],
    [
      'Sem is vorige week uit huis geplaatst, niet verder vertellen aub.',
      ['Sem'],
      'special.family:uit huis geplaatst',
    ],
    [
      'De ouders van Daan zijn aan het scheiden, hij is erg stil.',
      ['Daan'],
      'special.family:zijn aan het scheiden',
    ],
    ['Collega Petra is in verwachting van een tweeling! 🎉', ['Petra'], 'special.health:in verwachting'],
    ['Tim uit mijn groep heeft TOS, dus praat rustig en kort tegen hem.', ['Tim'], 'special.health:TOS'],
    [
      'Gijs vergeet vaak zijn Ritalin, kan iemand om 10 uur even herinneren?',
      ['Gijs'],
      'special.health:Ritalin',
    ],
    [
      'Fenna uit groep 8 heeft een eetstoornis, ze wordt nu behandeld.',
      ['Fenna'],
      'special.health:eetstoornis',
    ],
    ['Onze collega Karim is homo en trouwt in juni met zijn vriend 🌈', ['Karim'], 'special.belief:homo'],
    [
      'De vader van Ravi is gisteren gearresteerd, Ravi is bij oma.',
      ['Ravi'],
      'special.criminal:gearresteerd',
    ],
    [
      'Lotte heeft een depressie en komt de komende weken niet werken.',
      ['Lotte'],
      'special.health:depressie',
    ],
    ['De moeder van Jens is verslaafd, hij staat er vaak alleen voor.', ['Jens'], 'special.health:verslaafd'],
    [
      'Het gezin van Mees is afhankelijk van de voedselbank, kunnen we iets regelen voor het schoolreisje?',
      ['Mees'],
      'special.family:afhankelijk van de voedselbank',
    ],
    [
      'Ibrahim woont met zijn moeder in het azc en komt vanaf maandag bij ons in groep 6.',
      ['Ibrahim'],
      'special.belief:azc',
    ],
    ['Mijn collega Anja heeft MS en werkt daarom halve dagen.', ['Anja'], 'special.health:heeft MS'],
    ['Lisa uit groep 2 is doof, de tolk komt dinsdag kennismaken.', ['Lisa'], 'special.health:doof'],
    [
      'Jamal is gisteravond door de politie thuisgebracht na een vechtpartij.',
      ['Jamal'],
      'special.criminal:door de politie thuisgebracht',
    ],
    [
      'Onze oude conciërge Henk heeft een taakstraf gekregen, wist je dat?',
      ['Henk'],
      'special.criminal:taakstraf',
    ],
    [
      'De stiefvader van Emma heeft een straatverbod, hij mag niet op het plein komen.',
      ['Emma'],
      'special.criminal:straatverbod',
    ],
    ['Our colleague Dan is going through chemo, cards are welcome.', ['Dan'], 'special.health:chemo'],
    [
      'Lily in my class was diagnosed with type 1 diabetes last week.',
      ['Lily'],
      'special.health:type 1 diabetes',
    ],
    [
      "Jake's parents are divorcing, so please be gentle with him this week.",
      ['Jake'],
      'special.family:parents are divorcing',
    ],
    ['Rens heeft dyslexie, geef hem bij toetsen extra tijd.', ['Rens'], 'special.health:dyslexie'],
    ['Sarah is Joods, dus geen varkensvlees bij de lunch.', ['Sarah'], 'special.belief:Joods'],
    [
      'Bilal is van Marokkaanse afkomst en helpt de nieuwe leerling met vertalen.',
      ['Bilal'],
      'special.belief:van Marokkaanse afkomst',
    ],
    [
      'De Turkse moeder van Elif wil graag een tolk bij het gesprek.',
      ['Elif'],
      'special.belief:Turkse moeder',
    ],
    [
      'Er loopt een onderzoek van de kinderbescherming naar het gezin van Julia.',
      ['Julia'],
      'special.family:kinderbescherming',
    ],
    [
      'We hebben over Kayleigh een melding bij Veilig Thuis gedaan.',
      ['Kayleigh'],
      'special.family:Veilig Thuis',
    ],
    [
      'Voor Dani is een ondertoezichtstelling uitgesproken, de gezinsvoogd belt je.',
      ['Dani'],
      'special.family:ondertoezichtstelling',
    ],
    ['De gezinsvoogd van Jason komt morgen om 10 uur.', ['Jason'], 'special.family:gezinsvoogd'],
    [
      'De ouders van Timo hebben grote schulden, het schoolreisje lukt niet.',
      ['Timo'],
      'special.family:hebben grote schulden',
    ],
    ['Juf Sanne is opgenomen in het ziekenhuis na een val.', ['Sanne'], 'special.health:in het ziekenhuis'],
    [
      'Meester Frank heeft gisteren een hartaanval gehad, hij ligt op de IC.',
      ['Frank'],
      'special.health:hartaanval',
    ],
    ['Collega Ilse is hoogzwanger en stopt vrijdag.', ['Ilse'], 'special.health:hoogzwanger'],
    ['Noah heeft ADD en raakt snel afgeleid, zet hem vooraan.', ['Noah'], 'special.health:ADD'],
    ['Het broertje van Sara is vorige week overleden aan leukemie.', ['Sara'], 'special.health:leukemie'],
    [
      'Thijs zijn ouders zijn gescheiden, hij is om de week bij zijn vader.',
      ['Thijs'],
      'special.family:zijn ouders zijn gescheiden',
    ],
    ['Onze leerling Alex is transgender en heet vanaf nu Alexa.', ['Alex'], 'special.belief:transgender'],
    [
      'Amir is een vluchteling uit Afghanistan en zit sinds januari bij ons.',
      ['Amir'],
      'special.belief:vluchteling',
    ],
    [
      'Meike is geadopteerd uit China, ze vindt het leuk om erover te vertellen.',
      ['Meike'],
      'special.belief:geadopteerd uit China',
    ],
    [
      'Onze collega Ruud is bipolair, dus als hij er even niet is weet je waarom.',
      ['Ruud'],
      'special.health:bipolair',
    ],
    [
      'Bij Sven thuis is sprake van huiselijk geweld, de wijkagent is ingeschakeld.',
      ['Sven'],
      'special.family:huiselijk geweld',
    ],
    [
      'Zijn broer Kevin zit in de jeugdgevangenis voor een overval.',
      ['Kevin'],
      'special.criminal:in de jeugdgevangenis',
    ],
    [
      'Voor de overblijfouders: Jurre heeft epilepsie, in zijn tas zit een noodmedicijn.',
      ['Jurre'],
      'special.health:epilepsie',
    ],
    [
      'Wil iemand even opletten dat Femke haar hoortoestel in doet na de gym?',
      ['Femke'],
      'special.health:hoortoestel',
    ],
    ['Yes! Onze Marloes is zwanger van de tweede 🥳', ['Marloes'], 'special.health:zwanger'],
    [
      'Thomas heeft sinds vorige maand officieel de diagnose ADHD, zijn ouders zijn opgelucht.',
      ['Thomas'],
      'special.health:diagnose ADHD',
    ],
    [
      'De ouders van Lieke zijn sinds de zomer gescheiden, ze woont nu om de week bij papa.',
      ['Lieke'],
      'special.family:zijn sinds de zomer gescheiden',
    ],
    [
      'De vader van Kai zit in de gevangenis, dat weet de klas niet.',
      ['Kai'],
      'special.criminal:in de gevangenis',
    ],
    [
      'Meester Hamza is moslim en doet mee aan de ramadan, dus geen koffie voor hem deze maand.',
      ['Hamza'],
      'special.belief:moslim',
    ],
    [
      'Nieuwe leerling Semhar komt uit Eritrea en spreekt Tigrinya en een beetje Engels.',
      ['Semhar'],
      'special.belief:komt uit Eritrea',
    ],
    [
      'Onze collega Nina is lesbisch en gaat trouwen met haar vriendin Eva!',
      ['Nina', 'Eva'],
      'special.belief:lesbisch',
    ],
    [
      'Bij het gezin van Tygo is jeugdzorg betrokken, hou hem een beetje in de gaten.',
      ['Tygo'],
      'special.family:jeugdzorg',
    ],
    [
      'Mijn leerling Ruben is autistisch en heeft moeite met harde geluiden.',
      ['Ruben'],
      'special.health:autistisch',
    ],
    [
      'De moeder van Isa heeft borstkanker, Isa is daarom wat stiller de laatste tijd.',
      ['Isa'],
      'special.health:borstkanker',
    ],
    [
      'Sophie uit groep 6 heeft dyscalculie, ze mag een rekenkaart gebruiken.',
      ['Sophie'],
      'special.health:dyscalculie',
    ],
    [
      "Aya's Syrische ouders spreken nog geen Nederlands, ik regel een tolk.",
      ['Aya'],
      'special.belief:Syrische ouders',
    ],
    ['Dean is een pleegkind, vraag dus niet naar zijn echte ouders.', ['Dean'], 'special.family:pleegkind'],
    [
      'Gisteren is de oudste broer van Milan opgepakt voor drugshandel.',
      ['Milan'],
      'special.criminal:opgepakt voor drugshandel',
    ],
    ['Onze stagiaire Rivka is Joodse en viert volgende week Chanoeka.', ['Rivka'], 'special.belief:Joodse'],
    ['Collega Bart is al weken depressief en zit thuis.', ['Bart'], 'special.health:depressief'],
    [
      'Met Ilias op schoolreis? Hij heeft diabetes, zijn pomp piept soms.',
      ['Ilias'],
      'special.health:diabetes',
    ],
    [
      'Juf Karin is aan het herstellen van een alcoholverslaving, steun haar een beetje.',
      ['Karin'],
      'special.health:alcoholverslaving',
    ],
    [
      'Our colleague Jenny has breast cancer and will be off until summer.',
      ['Jenny'],
      'special.health:cancer',
    ],
    [
      'Max in Year 5 is dyslexic, so please print his worksheets in a larger font.',
      ['Max'],
      'special.health:dyslexic',
    ],
    ['Miss Owens is pregnant with twins!', ['Owens'], 'special.health:pregnant'],
    ['Liam lives with a foster family since March.', ['Liam'], 'special.family:foster family'],
    [
      'De opa van Fleur ligt op sterven, ze is vandaag bij hem. Wil iemand haar huiswerk bewaren?',
      ['Fleur'],
      'special.health:ligt op sterven',
    ],
    [
      'Collega Jan heeft vorige week een hersenbloeding gehad en revalideert nu.',
      ['Jan'],
      'special.health:hersenbloeding',
    ],
    [
      'Bente gaat elke zondag met haar ouders naar de kerk, daarom kan ze niet mee naar het toernooi.',
      ['Bente'],
      'special.belief:elke zondag met haar ouders naar de kerk',
    ],
    [
      'Onze stagiair Daan vertelde dat hij op jongens valt, super dat hij zich veilig voelt bij ons.',
      ['Daan'],
      'special.belief:op jongens valt',
    ],
    [
      'De broer van Yusuf dealt drugs in het park, de wijkagent weet ervan.',
      ['Yusuf'],
      'special.criminal:dealt drugs',
    ],
    ['Liam staat onder toezicht van de jeugdbescherming.', ['Liam'], 'special.family:staat onder toezicht'],
    ['Mira woont met haar moeder tijdelijk in de opvang.', ['Mira'], 'special.family:in de opvang'],
    [
      'Juul is slechtziend en heeft een vergrootloep nodig bij het lezen.',
      ['Juul'],
      'special.health:slechtziend',
    ],
    ["Pas op bij de traktatie: Stan is allergisch voor pinda's.", ['Stan'], 'special.health:allergisch'],
    ['Juf Demi gaat in maart met zwangerschapsverlof 🍼', ['Demi'], 'special.health:zwangerschapsverlof'],
    [
      'Vanaf volgende week zit Jayden in een rolstoel na zijn operatie.',
      ['Jayden'],
      'special.health:in een rolstoel',
    ],
    [
      'Ik heb de Marokkaanse moeder van Sami gevraagd om te helpen bij het suikerfeest.',
      ['Sami'],
      'special.belief:Marokkaanse moeder',
    ],
    [
      'Noor heeft vanmiddag een epileptische aanval gehad tijdens het buitenspelen.',
      ['Noor'],
      'special.health:epileptische aanval',
    ],
    [
      'Zijn ADHD-medicatie is op, kan moeder van Kees nieuwe brengen?',
      ['Kees'],
      'special.health:ADHD-medicatie',
    ],
    [
      'De ouders van Vera liggen in scheiding, dus er komen twee oudergesprekken.',
      ['Vera'],
      'special.family:scheiding',
    ],
    [
      'Sarah is onder behandeling bij een psycholoog vanwege angstklachten.',
      ['Sarah'],
      'special.health:onder behandeling bij een psycholoog',
    ],
    ['Onze collega Priya is hindoe en viert Divali met de klas.', ['Priya'], 'special.belief:hindoe'],
    ['Meester Kevin is al drie weken ziek thuis, we missen hem.', ['Kevin'], 'special.health:ziek thuis'],
    ['Lucas wordt gepest omdat hij homo is, we grijpen in.', ['Lucas'], 'special.belief:homo'],
    ['Vader van Jelle is gisteren gearresteerd bij een inval.', ['Jelle'], 'special.criminal:gearresteerd'],
  ] as const)('flags %j', (text, names, expected) => {
    expect(special(text, [...names])).toContain(expected);
  });

  // The same words in general statements, about public figures, things, or the writer themselves.
  it.each([
    ['Week tegen kanker: groep 7 verkoopt pannenkoeken voor KWF 🥞', []],
    ['We zoeken een leerkracht voor groep 4, zwangerschapsvervanging vanaf oktober.', []],
    ['Sinterklaas komt uit Spanje met zijn stoomboot, de kinderen zijn door het dolle heen!', []],
    ['Onze nieuwe methode komt uit Finland en is echt fantastisch.', []],
    ['Vandaag de ouderavond over passend onderwijs, ADHD en autisme: heel leerzaam.', []],
    ['Kinderen met dyslexie krijgen bij ons extra tijd, dat staat in het protocol.', []],
    ['Ik ben zelf zwanger en geniet van de laatste weken voor mijn verlof 🤰', []],
    ['Mijn opa kwam in 1965 uit Italië om in de mijnen te werken.', []],
    ['De politie kwam vandaag op bezoek bij groep 8 voor een les over veiligheid.', []],
    ['Onze school doet mee aan de Paarse Vrijdag, iedereen mag zijn wie hij is 💜', []],
    ["Lieve collega's, fijne ramadan aan iedereen die meedoet!", []],
    ['Een leerling vroeg vandaag wat een gevangenis is, wat een mooi gesprek.', []],
    ['Het boek over Anne Frank was indrukwekkend voor de hele klas.', []],
    ['Messi komt uit Argentinië en is de beste voetballer ooit.', []],
    ['Wie gaat er mee naar de voorstelling over autisme in het theater?', []],
    ['Ik heb een gebroken hart na de finale van gisteren 💔', []],
    ['De kinderen uit groep 5 hebben een spreekbeurt gehouden over hun land van herkomst.', []],
    ['Wist je dat één op de tien kinderen dyslexie heeft?', []],
    ['Tim zit vast in de file, hij is er om 9 uur.', ['Tim']],
    ['Sanne heeft een gebroken telefoonscherm, wie kent een goede reparateur?', ['Sanne']],
    ['We gaan met de hele school naar de kerk voor de kerstviering.', []],
    ["Veel kinderen zijn allergisch voor noten, dus geen pinda's bij traktaties.", []],
    ['Onze school heeft een nieuwe rolstoeltoegankelijke ingang!', []],
    ['Onze stagiair Daan valt op door zijn enthousiasme, wat een aanwinst.', ['Daan']],
    ['De politie deelde flyers uit over veilig fietsen.', []],
    ['Het thema van de week: religies van de wereld. Vandaag het hindoeïsme.', []],
    ['Wist je dat een op de vijf kinderen in Nederland opgroeit in armoede?', []],
    ['Ik ben zelf ook gescheiden en weet hoe zwaar het is voor kinderen.', []],
    ['Mijn moeder heeft vroeger ook op deze school gewerkt.', []],
    ['Het ziekenhuis in de buurt zoekt vrijwilligers voor de kinderafdeling.', []],
  ] as const)('does not flag %j', (text, names) => {
    expect(special(text, [...names])).toEqual([]);
  });
});
