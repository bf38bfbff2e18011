import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

/** Raised when no Chromium is installed; its message is the one line a person needs to fix it. */
export class MissingBrowserError extends Error {}

/** Debian's Chromium, or the one named by $CHROME_PATH. Never a downloaded browser. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new MissingBrowserError(
      `Geen Chromium gevonden (${candidates.join(', ')}): installeer hem met 'sudo apt-get install chromium' of zet CHROME_PATH.`,
    );
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Starts Chromium with the built extension loaded (or, for baselines, without it), in a fresh profile
 * that is removed on close.
 */
export async function launchWithExtension(
  options: { headless?: boolean; extensionDir?: string; withExtension?: boolean } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const withExtension = options.withExtension ?? true;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run 'npm run build' first.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'postwacht-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 800 },
    locale: 'nl-NL',
    args: [
      // Both flags are needed for an unpacked extension to load.
      ...(withExtension
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // This machine has no network: keep Chromium from trying its own services.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let extensionId = '';
  if (withExtension) {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
