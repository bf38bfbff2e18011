/** The shared phrase matching of lib/detect/phrases.ts: word phrases, regex phrases and token helpers. */
import { describe, expect, it } from 'vitest';
import { check, prepareDetector } from '@/lib/detect';
import { Context, tokenize } from '@/lib/detect/context';
import { normalize } from '@/lib/detect/normalize';
import {
  compilePatterns,
  compilePhrases,
  findPhrases,
  patternKeys,
  patternsAt,
  phraseAt,
  sentenceIds,
  tokenAt,
  tokenBefore,
  warmPatterns,
  withinEdits,
} from '@/lib/detect/phrases';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';

function context(text: string): Context {
  const normalized = normalize(text);
  return new Context(normalized.text, normalized.lower, EXAMPLE_PROFILE);
}

describe('word phrases', () => {
  const index = compilePhrases([
    { phrase: "mijn|m'n klas|klassen", data: 'own-class' },
    { phrase: 'oud-collega*', data: 'old-colleague' },
    { phrase: '*dag van de leraar', data: 'day' },
    { phrase: '^Juf _2 ziek', data: 'ill' },
    { phrase: '~leerkracht van?', data: 'teacher' },
  ]);
  const found = (text: string) =>
    findPhrases(index, tokenize(text)).map((hit) => `${hit.data}:${text.slice(hit.start, hit.end)}`);

  it('matches alternatives, prefixes, suffixes, case, gaps, typos and optional words', () => {
    expect(found('Ik ga met mijn klas naar het bos')).toEqual(['own-class:mijn klas']);
    expect(found("Koffie met m'n oud-collega's")).toEqual(["old-colleague:oud-collega's"]);
    expect(found('Fijne Dag van de Leraar!')).toEqual(['day:Dag van de Leraar']);
    expect(found('Juf Anna is ziek')).toEqual(['ill:Juf Anna is ziek']);
    expect(found('de juf is ziek')).toEqual([]);
    expect(found('Een leerkrcht van groep 3')).toEqual(['teacher:leerkrcht van']);
  });

  it('never crosses a sentence', () => {
    expect(found('Mijn. Klas')).toEqual([]);
    expect(found('Juf! Nu ziek')).toEqual([]);
  });

  it('prefers the earlier phrase at the same word', () => {
    const ordered = compilePhrases([
      { phrase: 'groep acht', data: 'first' },
      { phrase: 'groep', data: 'second' },
    ]);
    const tokens = tokenize('groep acht');
    expect(phraseAt(ordered, tokens, 0)?.phrase.data).toBe('first');
    expect(phraseAt(ordered, tokens, 0)?.end).toBe(2);
  });

  it('needs a fixed first word', () => {
    expect(() => compilePhrases([{ phrase: 'mijn? klas', data: 1 }])).toThrow();
  });

  it('measures typos', () => {
    expect(withinEdits('leerkrcht', 'leerkracht', 1)).toBe(true);
    expect(withinEdits('lerkrcht', 'leerkracht', 1)).toBe(false);
    expect(withinEdits('abc', 'abc', 0)).toBe(true);
  });
});

describe('regex phrases', () => {
  const index = compilePatterns([
    ['strong', ['watch your back', '(?:ik|we) (?:weet|weten) waar (?:je|jij) woont']],
    ['weak', ['(?:zit|zat) (?:al )?vast(?= voor)', 'ex']],
  ] as const);
  const at = (text: string) => {
    const ctx = context(text);
    return ctx.tokens.flatMap((token) =>
      patternsAt(index, ctx.lower, ctx.tokens, token.index).map(
        ([value, end]) => `${value}:${ctx.text.slice(token.start, end)}`,
      ),
    );
  };

  it('finds phrases that start at a word and end at a word boundary', () => {
    expect(at('Ik weet waar je woont.')).toEqual(['strong:Ik weet waar je woont']);
    expect(at('Hij zit al vast voor diefstal')).toEqual(['weak:zit al vast']);
    expect(at('Hij zit vast in de file')).toEqual([]);
    expect(at('Watch your backpack')).toEqual([]);
  });

  it('also tries the first part of a hyphenated word', () => {
    expect(at('Mijn ex-collega')).toEqual(['weak:ex']);
  });

  it('lists the start words of a phrase and rejects phrases it cannot index', () => {
    expect(patternKeys('(?:ik|we) weten')).toEqual(['ik', 'we']);
    expect(patternKeys('watch your back')).toEqual(['watch']);
    expect(() => patternKeys('(?:de )?islam')).toThrow();
    expect(() => patternKeys('(?:a|b)? c')).toThrow();
    expect(() => compilePatterns([['x', ['vast (voor)']]])).toThrow();
  });

  it('keeps list order between phrases keyed by the next words and the others', () => {
    const ordered = compilePatterns([
      ['general', ['zou (?:(?:maar|wel) ){0,2}oppassen']],
      ['specific', ['zou maar (?:oppassen|opletten)', 'zou (?:wel|best) (?:eens )?gaan']],
      ['later', ['zou (?:\\p{L}{2,8} )?gaan']],
    ] as const);
    const at = (text: string) => {
      const ctx = context(text);
      return ctx.tokens.flatMap((token) =>
        patternsAt(ordered, ctx.lower, ctx.tokens, token.index).map(
          ([value, end]) => `${value}:${ctx.text.slice(token.start, end)}`,
        ),
      );
    };
    expect(at('Je zou maar oppassen')).toEqual(['general:zou maar oppassen']);
    expect(at('Je zou maar opletten')).toEqual(['specific:zou maar opletten']);
    expect(at('Je zou wel eens gaan')).toEqual(['specific:zou wel eens gaan']);
    expect(at('Je zou snel gaan')).toEqual(['later:zou snel gaan']);
    expect(at('Je zou wel-eens gaan')).toEqual([]);
  });

  it('compiles ahead of time in steps without changing what matches', () => {
    for (const _ of warmPatterns(index, 0)) {
      // one regex per step
    }
    const ctx = context('Ik weet waar je woont');
    expect(patternsAt(index, ctx.lower, ctx.tokens, 0)).toEqual([['strong', 21]]);
  });
});

describe('prepareDetector', () => {
  it('runs to the end in small steps, after which check gives the same report', () => {
    const text = 'Juf Sanne de Vries is ziek. Die moeder is een idioot.';
    const before = check(text, EXAMPLE_PROFILE);
    let steps = 0;
    for (const _ of prepareDetector(EXAMPLE_PROFILE)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(check(text, EXAMPLE_PROFILE)).toEqual(before);
  });
});

describe('tokens and sentences', () => {
  it('numbers sentences at . ! ? and line breaks, not at a colon or an abbreviation', () => {
    const ctx = context('Hoi: Tim is ziek. Hij komt morgen!\nGroetjes');
    expect(sentenceIds(ctx)).toEqual([0, 0, 0, 0, 1, 1, 1, 2]);
  });

  it('finds the token at or after an offset, and the token before one', () => {
    const tokens = tokenize('een twee  drie');
    expect(tokenAt(tokens, 0)).toBe(0);
    expect(tokenAt(tokens, 3)).toBe(1);
    expect(tokenAt(tokens, 9)).toBe(2);
    expect(tokenAt(tokens, 99)).toBe(2);
    expect(tokenBefore(tokens, 9)).toBe(1);
    expect(tokenBefore(tokens, 0)).toBe(0);
    expect(tokenBefore(tokenize('  een'), 0)).toBe(-1);
  });
});
