/**
 * Builds the fixture pages (tests/e2e/fixtures/*.html) with Vite. The output is served by
 * routing.ts under https://<site>/__fixtures/, so every asset comes from the site's own origin.
 */
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { FixtureApi } from '../fixtures/src/api';

export type { FixtureApi, TextSelection } from '../fixtures/src/api';

// Tests read the fixture pages' API in page.evaluate(() => window.__fixture…). The fixture sources
// are excluded from the root tsconfig, so the declaration lives here, next to the build.
declare global {
  interface Window {
    __fixture: FixtureApi;
  }
}

export const FIXTURE_PAGES = ['facebook', 'x', 'linkedin', 'whatsapp'] as const;

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCE_DIR = join(REPO_ROOT, 'tests/e2e/fixtures');
const DEFAULT_OUT_DIR = join(REPO_ROOT, '.output/e2e-fixtures');
/** Written last, so its mtime says when a complete build finished. */
const STAMP = '.built';

/** Build the pages into `outDir` (skipped when it is newer than every source); returns the directory. */
export async function buildFixtures(outDir: string = DEFAULT_OUT_DIR): Promise<string> {
  const target = resolve(outDir);
  if (await isFresh(target)) return target;

  // Build next to the target and swap it in, so a failed build never leaves half an output behind.
  const staging = `${target}.building-${process.pid}`;
  try {
    await viteBuild(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await writeFile(join(staging, STAMP), new Date().toISOString());
  await rm(target, { recursive: true, force: true });
  await rename(staging, target);
  return target;
}

async function viteBuild(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: SOURCE_DIR,
    base: '/__fixtures/',
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    envDir: false,
    // Draft.js (via fbjs) reads Node's `global`.
    define: { global: 'globalThis' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        input: Object.fromEntries(FIXTURE_PAGES.map((page) => [page, join(SOURCE_DIR, `${page}.html`)])),
      },
    },
  });
}

async function isFresh(outDir: string): Promise<boolean> {
  const built = await stat(join(outDir, STAMP)).catch(() => null);
  if (!built) return false;
  // This file holds the Vite config, so editing it invalidates the build too.
  const sources = [fileURLToPath(import.meta.url), ...(await listFiles(SOURCE_DIR))];
  const times = await Promise.all(sources.map(async (file) => (await stat(file)).mtimeMs));
  return times.every((time) => time < built.mtimeMs);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}
