/**
 * Command-line check, for developers and for IT staff trying out wordings.
 *
 *   npm run --silent check -- --org ORG.json --jsonl POSTS.jsonl   one JSON line per post (score.mjs reads it)
 *   npm run --silent check -- --org ORG.json "tekst"               the findings, readably
 *
 * Bad input gives a one-line error naming the problem (and line) and exit code 2; other lines are still checked.
 */
import { readFileSync } from 'node:fs';
import { check, type Profile, type Report } from '../detect';
import { organisationProblem } from '../detect/profile';

const USAGE =
  'usage: npm run --silent check -- --org ORG.json (--jsonl POSTS.jsonl | "tekst")   [--lang nl|en]';

class InputError extends Error {}

function readJson(path: string, what: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`cannot read ${what} file: ${path}`);
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new InputError(`${what} file is not valid JSON: ${path}`);
  }
}

function readProfile(path: string): Profile {
  const org = readJson(path, 'organisation');
  const problem = organisationProblem(org);
  if (problem) throw new InputError(`organisation file ${path}: ${problem}`);
  return org as Profile;
}

/** What score.mjs reads: booleans instead of evidence. */
function toJsonLine(id: unknown, report: Report): string {
  return JSON.stringify({
    id,
    findings: report.findings.map(({ type, start, end, text, rule, article, severity }) => ({
      type,
      start,
      end,
      text,
      rule,
      article,
      severity,
    })),
    affiliated: report.affiliated.value,
    roleDisclosure: report.roleDisclosure.value,
    opinionDisclaimer: report.opinionDisclaimer.value,
    abusive: report.abusive.value,
  });
}

function checkJsonl(path: string, profile: Profile): boolean {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`cannot read posts file: ${path}`);
  }
  let ok = true;
  const fail = (message: string) => {
    console.error(message);
    ok = false;
  };
  for (const [i, line] of raw.split('\n').entries()) {
    if (line.trim() === '') continue;
    let post: { id?: unknown; text?: unknown };
    try {
      post = JSON.parse(line);
    } catch {
      fail(`${path}:${i + 1}: not valid JSON`);
      continue;
    }
    if (typeof post !== 'object' || post === null || typeof post.text !== 'string') {
      fail(`${path}:${i + 1}: no "text" string`);
      continue;
    }
    console.log(toJsonLine(post.id ?? `line-${i + 1}`, check(post.text, profile)));
  }
  return ok;
}

function printReadably(text: string, report: Report, lang: 'nl' | 'en'): void {
  if (report.findings.length === 0)
    console.log(lang === 'nl' ? 'Geen persoonsgegevens gevonden.' : 'No personal data found.');
  for (const f of report.findings) {
    console.log(
      `${f.start}-${f.end} ${f.type} "${f.text}" [${f.rule}, ${f.article}, ${f.severity}]: ${f.message[lang]}`,
    );
  }
  const yesNo = (value: boolean) => (value ? 'ja' : 'nee');
  console.log(
    `over school: ${yesNo(report.affiliated.value)} · rol vermeld: ${yesNo(report.roleDisclosure.value)} · ` +
      `disclaimer: ${yesNo(report.opinionDisclaimer.value)} · onfatsoenlijk: ${yesNo(report.abusive.value)}`,
  );
  for (const reminder of report.reminders)
    console.log(`herinnering (${reminder.articles.join('/')}): ${reminder.message[lang]}`);
  if (text.trim() === '') console.log(lang === 'nl' ? '(lege tekst)' : '(empty text)');
}

function main(args: string[]): number {
  const option = (name: string) => {
    const i = args.indexOf(name);
    if (i === -1) return undefined;
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new InputError(`${name} needs a value`);
    args.splice(i, 2);
    return value;
  };
  const orgPath = option('--org');
  const jsonlPath = option('--jsonl');
  const lang = option('--lang') ?? 'nl';
  if (lang !== 'nl' && lang !== 'en') throw new InputError('--lang must be nl or en');
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown) throw new InputError(`unknown option ${unknown}`);
  if (!orgPath) throw new InputError(`--org is required. ${USAGE}`);
  const profile = readProfile(orgPath);
  if (jsonlPath) return checkJsonl(jsonlPath, profile) ? 0 : 2;
  if (args.length === 0) throw new InputError(`give --jsonl POSTS.jsonl or a text. ${USAGE}`);
  const text = args.join(' ');
  printReadably(text, check(text, profile), lang);
  return 0;
}

// Output piped into `head` and the like may close early: stop quietly then, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
