/**
 * Ordinary Dutch and English words, to tell a name or a school name from an everyday word.
 * Dutch: all 16,000 words of @zxcvbn-ts/language-nl-be's commonWords (MIT). English: the 20,000 most
 * frequent words of @zxcvbn-ts/language-en (MIT), pre-cut into common-words-en.ts by common-words.gen.mjs
 * so the content script does not ship all 55,000. Built once, at module load (a few ms), so that no check
 * pays for it while the user types.
 */
import nlCommon from '@zxcvbn-ts/language-nl-be/dist/commonWords.json.esm.js';
import type { Lang } from '../types';
import { ENGLISH_COMMON_WORDS } from './common-words-en';

const dutch: ReadonlySet<string> = new Set(nlCommon.map((w) => w.toLowerCase()));
const english: ReadonlySet<string> = new Set(ENGLISH_COMMON_WORDS.split(' '));

/** Whether `lower` (lower-cased) is a common word of `lang`. */
export function isCommonWordOf(lang: Lang, lower: string): boolean {
  return lang === 'nl' ? dutch.has(lower) : english.has(lower);
}

/** Whether `lower` (lower-cased) is a common Dutch or English word. */
export function isCommonWord(lower: string): boolean {
  return isCommonWordOf('nl', lower) || isCommonWordOf('en', lower);
}
