/**
 * A copy of the extension built for fault injection: the content script's detector always throws
 * (harness/faulty-detect.ts). Built with WXT's own config and one extra Vite plugin that swaps that
 * single import, into `.output/fault/chrome-mv3`; the shipped build is untouched and has no hook.
 */
import { resolve } from 'node:path';
import { build } from 'wxt';

const REPO = resolve(import.meta.dirname, '../../..');
const FAULTY_DETECT = resolve(import.meta.dirname, 'faulty-detect.ts');
export const FAULT_EXTENSION_DIR = resolve(REPO, '.output/fault/chrome-mv3');

const quiet = () => {};
/** WXT's logger shape: warnings and errors pass through, progress output does not. */
const QUIET = {
  level: 3,
  debug: quiet,
  log: quiet,
  info: quiet,
  success: quiet,
  box: quiet,
  start: quiet,
  warn: console.warn.bind(console),
  error: console.error.bind(console),
  fatal: console.error.bind(console),
};

export async function buildFaultyExtension(): Promise<string> {
  await build({
    root: REPO,
    outDir: resolve(REPO, '.output/fault'),
    logger: QUIET as never,
    vite: () => ({
      plugins: [
        {
          name: 'postwacht-test-fault',
          enforce: 'pre',
          resolveId(id: string, importer?: string) {
            // Vite's alias plugin runs first: `@/lib/detect` arrives here as an absolute path.
            const detector = /(^@|\/)lib\/detect(\/index(\.ts)?)?$/.test(id.replaceAll('\\', '/'));
            if (detector && importer?.includes('composer.content')) return FAULTY_DETECT;
            return null;
          },
        },
      ],
    }),
  });
  return FAULT_EXTENSION_DIR;
}
