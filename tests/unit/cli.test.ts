import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'postwacht-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const org = file('org.json', JSON.stringify(EXAMPLE_PROFILE));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/check.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

describe('npm run check', () => {
  it('prints one JSON line per post, in the shape score.mjs reads', () => {
    const posts = file(
      'posts.jsonl',
      `${JSON.stringify({ id: 'a', text: 'Bel 06-12345678' })}\n${JSON.stringify({ id: 'b', text: 'Mooi weer' })}\n`,
    );
    const { code, stdout } = run('--org', org, '--jsonl', posts);
    expect(code).toBe(0);
    const lines = stdout.split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual([
        'id',
        'findings',
        'affiliated',
        'roleDisclosure',
        'opinionDisclaimer',
        'abusive',
      ]);
    }
  });

  it('reports a bad line with its number, exit code 2, and still checks the other lines', () => {
    const posts = file(
      'bad.jsonl',
      `${JSON.stringify({ id: 'a', text: 'Hallo' })}\n{not json\n${JSON.stringify({ id: 'c' })}\n${JSON.stringify({ id: 'd', text: 'Doei' })}\n`,
    );
    const { code, stdout, stderr } = run('--org', org, '--jsonl', posts);
    expect(code).toBe(2);
    expect(stderr.split('\n')).toEqual([`${posts}:2: not valid JSON`, `${posts}:3: no "text" string`]);
    expect(stdout.split('\n').map((line) => JSON.parse(line).id)).toEqual(['a', 'd']);
  });

  it.each([
    [
      'a missing posts file',
      () => ['--org', org, '--jsonl', join(dir, 'nope.jsonl')],
      /^cannot read posts file: /,
    ],
    [
      'a missing org file',
      () => ['--org', join(dir, 'nope.json'), 'tekst'],
      /^cannot read organisation file: /,
    ],
    [
      'an org file that is not JSON',
      () => ['--org', file('broken.json', '{'), 'tekst'],
      /^organisation file is not valid JSON: /,
    ],
    [
      'an org file of the wrong shape',
      () => ['--org', file('shape.json', '{"schools": []}'), 'tekst'],
      /missing "organization.name"$/,
    ],
    [
      'a school without a name',
      () => ['--org', file('school.json', '{"organization":{"name":"X"},"schools":[{}]}'), 'tekst'],
      /"schools\[0\].name" is missing$/,
    ],
    ['no --org', () => ['tekst'], /^--org is required/],
  ])('explains %s in one line with exit code 2', (_what, args, message) => {
    const { code, stderr } = run(...args());
    expect(code).toBe(2);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('prints the findings of a single text readably', () => {
    const { code, stdout } = run('--org', org, 'Mooi weer vandaag');
    expect(code).toBe(0);
    expect(stdout).toContain('over school: nee');
  });
  it('stops quietly when its output is cut off (piped into head)', () => {
    const posts = file(
      'many.jsonl',
      `${Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `p${i}`, text: 'Bel 06-12345678' })).join('\n')}\n`,
    );
    const result = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" --import tsx lib/cli/check.ts --org "${org}" --jsonl "${posts}" | head -n 1`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
  });
});
