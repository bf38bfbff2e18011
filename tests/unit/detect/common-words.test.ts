import { describe, expect, it } from 'vitest';
import { ENGLISH_COMMON_WORDS } from '@/lib/detect/lexicons/common-words-en';

describe('the generated English common-word list', () => {
  it('is the head of the package list, so regenerating it changes nothing', async () => {
    const { default: all } = await import('@zxcvbn-ts/language-en/dist/commonWords.json.mjs');
    const expected = all
      .slice(0, 20_000)
      .map((w: string) => w.toLowerCase())
      .filter((w: string) => /^[a-z'-]+$/.test(w));
    expect(ENGLISH_COMMON_WORDS.split(' ')).toEqual(expected);
  });
});
