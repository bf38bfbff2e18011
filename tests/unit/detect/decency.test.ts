/**
 * Decency (A7): insults, threats, exposing, humiliating, discriminating and sexist remarks aimed at the school
 * community, and the strong words that are not (praise in slang, banter, swearing at the weather or at
 * oneself). Every text is made up; names are fictional.
 */
import { describe, expect, it } from 'vitest';
import { check, type Report } from '@/lib/detect';
import { DECENCY_PHRASES } from '@/lib/detect/lexicons/decency-phrases';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';
import { phraseKeys } from '@/lib/detect/rules/special';

function abusive(text: string): Report['abusive'] {
  return check(text, EXAMPLE_PROFILE).abusive;
}

describe('decency: what breaks the norms', () => {
  it.each([
    // insults, with creative spelling
    ['Onze teamleider is echt een totale sukkel. Hoe kan iemand zo incompetent zijn?', 'decency.insult'],
    ['Die nieuwe IB’er is zo’n luie trut, ze doet helemaal niks.', 'decency.insult'],
    ['Wat een k*nkerjoch zit er bij mij in de klas.', 'decency.insult'],
    ['Die conciërge is echt een idioooot.', 'decency.insult'],
    ['Die stagiair is een sukk3l, echt waar.', 'decency.insult'],
    ['Stelletje mongooltjes in groep 4, de wc zit weer verstopt.', 'decency.insult'],
    ['Die achterlijke moeder stond weer te schreeuwen bij het hek.', 'decency.insult'],
    ['Hoe gestoord je bent, dat je om 23:00 nog appt.', 'decency.insult'],
    ['Our new principal is useless, honestly.', 'decency.insult'],
    ['Die nieuwe invaller is een ramp. Waarom hebben ze die aangenomen?', 'decency.insult'],
    // threats
    ['Aan de vader die vanochtend zo tekeerging: ik weet waar je woont.', 'decency.threat'],
    [
      'Als die vader nog één keer mijn collega uitscheldt, sla ik hem persoonlijk in elkaar.',
      'decency.threat',
    ],
    ['To that parent in the car park: watch your back.', 'decency.threat'],
    // exposing and stalking
    ['Hebben jullie het Insta-account van de nieuwe stagiaire al gezien? 👀', 'decency.expose'],
    ['Als je nog één keer na tienen appt, zet ik al je berichten in de klassenapp.', 'decency.expose'],
    // humiliating and blackening
    ['Eindelijk vertrekt die collega. Niemand gaat haar missen.', 'decency.humiliate'],
    ['Drie keer uitgelegd, en nog niks. Die jongen wordt later vakkenvuller.', 'decency.humiliate'],
    ['Some parents should not be allowed to raise children.', 'decency.humiliate'],
    ['Jullie zijn echt de domste klas die ik ooit gehad heb.', 'decency.humiliate'],
    // discrimination
    [
      'Als ze geen Nederlands willen leren, moeten ze maar teruggaan naar hun eigen land.',
      'decency.discrimination',
    ],
    ['Die mensen moeten eerst maar eens de taal leren.', 'decency.discrimination'],
    ['Dat is geen racisme, dat is gewoon de waarheid over die ouders.', 'decency.discrimination'],
    // sexism
    ['Die nieuwe invaller 😏 zou ik ook wel eens zonder dat overhemd willen zien.', 'decency.sexism'],
    ['Meisjes kunnen nou eenmaal niet rekenen, zie je ook in groep 8.', 'decency.sexism'],
  ])('flags %j', (text, rule) => {
    const report = abusive(text);
    expect(report.value).toBe(true);
    expect(report.spans.map((s) => s.rule)).toContain(rule);
  });

  it('fires on two weak signals together, not on one', () => {
    // "Ja jij" alone is an ordinary exclamation; with a public shaming it is name-and-shame.
    expect(abusive('Wie wil er nog taart? Ja jij!').value).toBe(false);
    expect(abusive('Moeder van groep 4, ja jij: dan weet iedereen hoe je bent.').value).toBe(true);
    // A proverb alone is harmless; with a criminal record of the family it blackens a pupil.
    expect(
      abusive('De appel valt niet ver van de boom: Noor tekent net zo mooi als haar moeder 😊').value,
    ).toBe(false);
    expect(
      abusive(
        'Geen wonder dat Dylan zo druk is, zijn vader zit vast voor diefstal. Appel valt niet ver van de boom.',
      ).value,
    ).toBe(true);
  });

  it('points at the offending words', () => {
    const text = 'Onze directeur is echt een totale sukkel.';
    const spans = abusive(text).spans;
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['totale sukkel']);
    expect(check(text, EXAMPLE_PROFILE).findings.find((f) => f.type === 'abusive')).toMatchObject({
      article: 'A7',
      severity: 'high',
    });
  });

  describe('traps: strong words that break no norm', () => {
    it.each([
      ['Ziek goede presentaties vandaag van groep 8!'],
      ['Wat een kanjers zijn het toch, groep 5.'],
      ['Die toets was moordend, de kinderen lagen erbij 😵'],
      ['Beesten zijn het op het voetbalveld 🔥'],
      ['Vet goed gedaan groep 8, killing it op de musical!'],
      ['Ik ga dood van het lachen om de moppen van groep 4 😂'],
      ['Wie heeft mijn koffiemok weer gejat?? Ik vermoord je 😂'],
      ['Hot take: hagelslag is het beste ontbijt. Fight me.'],
      ['Happy birthday little brother, love you idiot 😂'],
      ['Wat ben ik een sukkel, mijn laptop op school laten liggen 🙈'],
      ['What an idiot I am, left my keys at school again.'],
      ['Kutweer, de hele sportdag in de regen. Maar de kids hadden lol!'],
      ['Die printer is echt kanker traag vandaag.'],
      ['Wat een idioot op de A12 vanochtend, sneed me bijna af.'],
      ['Die scheidsrechter was echt blind vandaag, Ajax werd bestolen.'],
      ['Deze regering is incompetent, het onderwijs verdient beter.'],
      ['Stomme printer doet het weer niet 🙄'],
      ['Wat een idioot plan van de gemeente om die weg af te sluiten.'],
      ['Die nieuwe methode voor begrijpend lezen is echt waardeloos ingedeeld.'],
      ['Deze week wordt het gestoord druk met de kerstmarkt.'],
      ['Dikke knuffel voor alle juffen van De Horizon!'],
      ['Stelletje toppers in groep 5!'],
      ['Pas op voor de gladheid morgen, strooi even zout bij de ingang.'],
      ['Kom nog eens langs, juf Anja! We missen je 💐'],
      ['Zal ik de foto’s van het schoolreisje even in de klassenapp zetten?'],
      ['Iedereen mag weten hoe trots ik ben op mijn klas!'],
      ['Ik heb het adres van de nieuwe juf nodig voor een kaartje.'],
      ['Een nieuwe leerling uit Oekraïne die nog geen woord Nederlands spreekt, maar wat een doorzetter!'],
      ['Wat een lekker ding die nieuwe koffiemachine in de personeelskamer ☕'],
      ['Mijn zoon is echt een luie puber geworden haha'],
      ['De kinderen waren vandaag zo vies na het modderspel 😂'],
      ['Niemand gaat zo hard als groep 8 op de sportdag!'],
      ['Ik ga jullie missen, lieve groep 8!'],
      ['Vluchtelingen zijn welkom bij ons op school, elk kind verdient onderwijs.'],
      ['Meester Bas is de beste leraar die ik ken ❤️'],
      [
        'Vanochtend een pittig gesprek met een vader die het niet eens was met het advies. We plannen een vervolg.',
      ],
    ])('does not flag %j', (text) => {
      expect(abusive(text)).toEqual({ value: false, spans: [] });
    });
  });

  it('has phrases that all start with a word (so they can be indexed)', () => {
    for (const list of Object.values(DECENCY_PHRASES)) {
      for (const [source] of list) expect(phraseKeys(source).length).toBeGreaterThan(0);
    }
  });

  it('stays fast and bounded on long and pathological input', () => {
    const cases = [
      'die moeder is dom en lui '.repeat(2500),
      'k*t '.repeat(12000),
      '*'.repeat(50000),
      '😂 '.repeat(20000),
      'Die juf is een sukkel! Ik weet waar je woont. '.repeat(1400),
    ];
    for (const text of cases) {
      check(text, EXAMPLE_PROFILE);
      const started = performance.now();
      const report = check(text, EXAMPLE_PROFILE);
      expect(performance.now() - started).toBeLessThan(200);
      expect(report.findings.filter((f) => f.type === 'abusive').length).toBeLessThanOrEqual(600);
    }
  });
});
