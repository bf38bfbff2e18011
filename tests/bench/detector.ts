/**
 * `npm run bench`: how fast the detector is, as medians over many runs, next to a baseline measured in
 * the same run (one lower-casing regex pass over the same text), so a noisy machine still gives
 * comparable ratios. Prints a table, then the same figures as one JSON line. Exits 1 when a budget is missed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { check } from '../../lib/detect';
import { EXAMPLE_PROFILE } from '../../lib/detect/profile';

const ROOT = resolve(import.meta.dirname, '../..');

// Made-up posts in the style staff write (not from any corpus).
const SAMPLES = [
  'Wat een feest vandaag bij De Horizon! 🎉 Groep 7 heeft de musical opgevoerd en alle ouders waren er. Trots op mijn klas 💪 #DeHorizon',
  'Hoi ouders van groep 5, morgen is er gym in de sporthal. Vergeet de gymspullen niet! Vragen? Bel juf Sanne op 06-12345678 of mail s.devries@example.nl',
  "Even op persoonlijke titel: ik vind dat er meer geld naar het onderwijs moet. Als leerkracht bij Het Anker zie ik elke dag wat het lerarentekort doet met kinderen en collega's.",
  'Heerlijk weekend gehad in de Ardennen met de kids, veel gewandeld en lekker gegeten 🏕️ Maandag weer aan de slag!',
  'Daan Jansen (groep 4) woont op de Dorpsstraat 14, 1234 AB Ergens. BSN 111222333, IBAN NL91 ABNA 0417 1643 00, geboren op 3 februari 2017.',
];

function textOfLength(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${SAMPLES[i % SAMPLES.length]}\n\n`;
  return text.slice(0, length);
}

function baseline(text: string): number {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).length;
}

/** Median milliseconds of `fn`, after warming up, over at least `runs` runs and ~200 ms. */
function median(fn: () => unknown, runs: number): number {
  for (let i = 0; i < Math.min(runs, 20); i++) fn();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < runs || (performance.now() - started < 200 && times.length < runs * 20)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

interface Row {
  case: string;
  chars: number;
  medianMs: number;
  baselineMs: number;
  ratio: number;
  budgetMs: number | null;
  ok: boolean;
}

function measure(name: string, text: string, runs: number, budgetMs: number | null): Row {
  const medianMs = median(() => check(text, EXAMPLE_PROFILE), runs);
  const baselineMs = median(() => baseline(text), runs);
  return {
    case: name,
    chars: text.length,
    medianMs,
    baselineMs,
    ratio: medianMs / baselineMs,
    budgetMs,
    ok: budgetMs === null || medianMs <= budgetMs,
  };
}

const rows: Row[] = [
  measure('X post', textOfLength(280), 2000, 0.2),
  measure('LinkedIn post', textOfLength(3000), 300, 2),
  measure('Facebook maximum', textOfLength(63_206), 30, 40),
  measure('50,000 digits', '7'.repeat(50_000), 10, 50),
  measure("50,000 '@'", '@'.repeat(50_000), 10, 50),
  measure('10,000× "van de "', 'van de '.repeat(10_000), 10, 50),
  measure('50,000 spaces', `a${' '.repeat(50_000)}b`, 10, 50),
  measure('20,000 emoji', '😀👩🏽‍🏫'.repeat(4_000), 10, 50),
  measure('50,000 capitals', 'Aa '.repeat(16_667), 10, 50),
  measure('digits and dots', '1.2-3 '.repeat(8_000), 10, 50),
  measure('10,000 first names', 'Sanne '.repeat(10_000), 10, 50),
  measure('10,000 initials', 'J. '.repeat(10_000), 10, 50),
  measure('10,000× "juf "', 'juf '.repeat(10_000), 10, 50),
  measure('school name 5,000×', 'De Horizon '.repeat(5_000), 10, 50),
];

/**
 * Cold start: in fresh processes (tests/bench/detector-cold.ts), the first check after module load and the
 * slowest of ~20 later varied checks, with and without `prepareDetector` run first; medians of 3 processes.
 */
function coldRows(prepare: boolean): Row[] {
  const runs = Array.from({ length: 3 }, () => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', resolve(ROOT, 'tests/bench/detector-cold.ts'), ...(prepare ? ['--prepare'] : [])],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (child.status !== 0) throw new Error(`cold-start child failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
      firstMs: number;
      maxLaterMs: number;
    };
  });
  const mid = (values: number[]) => values.sort((a, b) => a - b)[1] ?? Number.NaN;
  const row = (name: string, ms: number, budgetMs: number): Row => ({
    case: name,
    chars: 0,
    medianMs: ms,
    baselineMs: Number.NaN,
    ratio: Number.NaN,
    budgetMs,
    ok: ms <= budgetMs,
  });
  const suffix = prepare ? ' (prepared)' : '';
  return [
    row(`cold first${suffix}`, mid(runs.map((r) => r.firstMs)), 50),
    row(`cold max later${suffix}`, mid(runs.map((r) => r.maxLaterMs)), 16),
  ];
}
rows.push(...coldRows(false), ...coldRows(true));

// Growth: cost per character at 64k against 4k; 1.0 is linear.
const small = measure('growth 4k', textOfLength(4_000), 200, null);
const large = measure('growth 64k', textOfLength(64_000), 30, null);
const growth = large.medianMs / large.chars / (small.medianMs / small.chars);

async function detectorBundleSize(): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(ROOT, 'lib/detect/index.ts'), formats: ['es'], fileName: 'detect' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const code = outputs.map((o) => ('code' in o ? o.code : '')).join('');
  return { minified: code.length, gzip: gzipSync(code).length };
}

const detector = await detectorBundleSize();
const contentScriptPath = resolve(ROOT, '.output/chrome-mv3/content-scripts/composer.js');
const contentScript = existsSync(contentScriptPath) ? readFileSync(contentScriptPath) : undefined;

const fmt = (n: number) => (n < 0.1 ? n.toFixed(4) : n < 10 ? n.toFixed(3) : n.toFixed(1));
console.log('case                        chars   median ms  baseline ms  ratio   budget ms  ok');
for (const r of [...rows, small, large]) {
  console.log(
    `${r.case.padEnd(26)} ${String(r.chars).padStart(6)}  ${fmt(r.medianMs).padStart(10)}  ${fmt(r.baselineMs).padStart(11)}  ${r.ratio.toFixed(1).padStart(6)}  ${String(r.budgetMs ?? '-').padStart(9)}  ${r.ok ? 'yes' : 'NO'}`,
  );
}
console.log(`growth (cost per char at 64k / at 4k; 1.0 = linear): ${growth.toFixed(2)}`);
console.log(
  `detector bundle: ${(detector.minified / 1024).toFixed(1)} KiB minified, ${(detector.gzip / 1024).toFixed(1)} KiB gzip`,
);
if (contentScript) {
  const total = contentScript.length;
  console.log(
    `content script: ${(total / 1024).toFixed(1)} KiB minified, ${(gzipSync(contentScript).length / 1024).toFixed(1)} KiB gzip (detector ≈ ${((100 * detector.minified) / total).toFixed(0)}%)`,
  );
}
const ok = rows.every((r) => r.ok) && growth < 1.5;
console.log(
  JSON.stringify({
    rows: [...rows, small, large],
    growth,
    detectorBundle: detector,
    contentScriptBytes: contentScript?.length ?? null,
    ok,
  }),
);
process.exitCode = ok ? 0 : 1;
