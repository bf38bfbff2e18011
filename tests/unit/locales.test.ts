import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import nl from '@/public/_locales/nl/messages.json';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'lib', 'wxt.config.ts'];

function sourceText(path: string): string {
  if (statSync(path).isFile()) return /\.(tsx?|html)$/.test(path) ? readFileSync(path, 'utf8') : '';
  return readdirSync(path)
    .map((name) => sourceText(join(path, name)))
    .join('\n');
}

describe('locales', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have no empty messages', () => {
    for (const catalog of [nl, en]) {
      for (const [key, entry] of Object.entries(catalog)) expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it('have no key that the code never uses', () => {
    const code = SOURCE_DIRS.map((dir) => sourceText(join(ROOT, dir))).join('\n');
    const unused = Object.keys(nl).filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});
