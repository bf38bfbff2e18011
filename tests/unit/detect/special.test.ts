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
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';
import { phraseKeys, SPECIAL_RULES } from '@/lib/detect/rules/special';

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
      for (const source of list) expect(phraseKeys(source).length).toBeGreaterThan(0);
    expect(() => phraseKeys('(?:de )?islam')).toThrow();
  });

  it('stays fast and linear on long and repetitive input', () => {
    const long = 'Sven heeft autisme. Die juf zit vast in de file. '.repeat(1300);
    const repetitive = 'Daan heeft ADHD en '.repeat(3000);
    for (const [text, name] of [
      [long, 'Sven'],
      [repetitive, 'Daan'],
    ] as const) {
      special(text, [name]);
      const started = performance.now();
      const found = special(text, [name]);
      expect(performance.now() - started).toBeLessThan(100);
      expect(found.length).toBeLessThanOrEqual(100);
    }
  });
});
