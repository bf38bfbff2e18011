/**
 * First names, from the @zxcvbn-ts language packages (MIT) plus a small hand list (names-extra.ts) for
 * backgrounds no package covers. Only the single first-name files are imported, never a package index,
 * so the large common-word and wikipedia lists stay out of the bundle. The Italian list (75 kB, mostly
 * rare historical forms) and all surname lists are left out for size: a surname is recognised by its
 * place after a first name, an initial or a title instead.
 */
import arFirst from '@zxcvbn-ts/language-ar/dist/firstnames.json.esm.js';
import deFirst from '@zxcvbn-ts/language-de/dist/firstnames.json.esm.js';
import enFirst from '@zxcvbn-ts/language-en/dist/firstnames.json.mjs';
import esFirst from '@zxcvbn-ts/language-es-es/dist/firstnames.json.mjs';
// The French package's "lastnames" file holds first names (and "firstnames" holds surnames).
import frFirst from '@zxcvbn-ts/language-fr/dist/lastnames.json.mjs';
import idNames from '@zxcvbn-ts/language-id/dist/names.json.mjs';
import nlBoys from '@zxcvbn-ts/language-nl-be/dist/boysFirstnames.json.esm.js';
import nlGirls from '@zxcvbn-ts/language-nl-be/dist/girlsFirstnames.json.esm.js';
import plFemale from '@zxcvbn-ts/language-pl/dist/femaleFirstnames.json.esm.js';
import plMale from '@zxcvbn-ts/language-pl/dist/maleFirstnames.json.esm.js';
import { EXTRA_FIRST_NAMES } from './names-extra';
import { NOT_NAMES } from './names-words';

function build(): ReadonlySet<string> {
  const names = new Set<string>();
  for (const list of [
    nlBoys,
    nlGirls,
    deFirst,
    plMale,
    plFemale,
    arFirst,
    enFirst,
    frFirst,
    esFirst,
    idNames,
  ]) {
    for (const name of list) {
      const lower = name.toLowerCase();
      // Only single words of letters (the lists also hold "zsa zsa", "autres noms"…).
      if (lower.length >= 2 && /^[\p{L}'-]+$/u.test(lower) && !NOT_NAMES.has(lower)) names.add(lower);
    }
  }
  for (const name of EXTRA_FIRST_NAMES) {
    names.add(name);
    // Also without the marks ("Cagla", "Sukru"), as people often type them.
    if (!/^[a-z'-]*$/.test(name)) names.add(name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/gu, 'i'));
  }
  return names;
}

/** Lower-cased first names, built once at module load. */
export const FIRST_NAMES: ReadonlySet<string> = build();
