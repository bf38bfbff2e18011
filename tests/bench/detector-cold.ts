/**
 * Run by `npm run bench` in a fresh process, so the detector module is cold: times the first check after
 * module load and every later check of ~20 varied made-up posts (not from any corpus), and prints them as
 * one JSON line. `--prepare` first runs `prepareDetector` to the end and times its steps.
 */
import { check, prepareDetector } from '../../lib/detect';
import { EXAMPLE_PROFILE } from '../../lib/detect/profile';

const POSTS = [
  'Hallo',
  'ik vind die man een idioot',
  'Sanne de Vries uit groep 5 heeft dyslexie',
  'Wat een eikel is die directeur van De Horizon',
  'My colleague is pregnant and the principal is an idiot',
  'Juf Fatma is ziek, de invaller komt morgen. Groetjes meester Bram',
  "Die moeder van Daan is echt zo'n zeur, ik word gek van haar",
  'Even op persoonlijke titel: ik werk als leerkracht bij Het Anker en vind dit beleid slecht.',
  'Onze stagiaire is zwanger! Gefeliciteerd Lotte 🎉',
  'De ouders van Milan zitten in een scheiding en jeugdzorg is erbij betrokken',
  'Wat een prachtige dag op het schoolplein, de kinderen hebben genoten',
  'Those parents are the worst, lazy people who never help',
  'Bel me op 06-12345678 of mail naar j.bakker@example.nl',
  'We gaan morgen met groep 8 naar het museum in Amsterdam',
  'Mijn leerling Youssef komt uit Marokko en is moslim',
  'Zij is echt dom en lelijk, niemand gaat haar missen',
  'I work as a teacher at Oak Primary, views are my own',
  'Kijk die debiel van een vader nou weer parkeren voor de school 😂',
  'Meester Kees heeft ADHD en gaat naar de psycholoog',
  'Dat soort ouders moet je gewoon negeren, ze zijn allemaal hetzelfde',
  'Zou beter vakkenvuller kunnen worden, die juf. Ik zal hem wel even opzoeken.',
];

let prepareMs = 0;
let prepareStepMs = 0;
let prepareSteps = 0;
const slowSteps: number[] = [];
if (process.argv.includes('--prepare')) {
  let t0 = performance.now();
  const started = t0;
  for (const _ of prepareDetector(EXAMPLE_PROFILE)) {
    const now = performance.now();
    prepareStepMs = Math.max(prepareStepMs, now - t0);
    if (now - t0 > 16) slowSteps.push(prepareSteps);
    prepareSteps++;
    t0 = now;
  }
  prepareMs = performance.now() - started;
}
const times = POSTS.map((post) => {
  const t0 = performance.now();
  check(post, EXAMPLE_PROFILE);
  return performance.now() - t0;
});
console.log(
  JSON.stringify({
    firstMs: times[0],
    maxLaterMs: Math.max(...times.slice(1)),
    times,
    prepareMs,
    prepareStepMs,
    prepareSteps,
    slowSteps,
  }),
);
