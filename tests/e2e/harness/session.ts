import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { buildFixtures } from './fixtures';
import { type Platform, routeSites, SITE_URLS } from './routing';

export interface Session extends ExtensionBrowser {
  /** Requests that left the routed fixture sites (aborted, never sent). */
  blocked: string[];
  /** Opens a practice site at its real URL; `changed` serves the variant with unfamiliar markup. */
  openSite(platform: Platform, options?: { changed?: boolean }): Promise<Page>;
  /** Opens one of the extension's own pages, e.g. `popup.html`. */
  openExtensionPage(path: string): Promise<Page>;
}

/** Chromium with the built extension and the four practice sites served at their real URLs. */
export async function openSession(
  options: { headless?: boolean; withExtension?: boolean; extensionDir?: string } = {},
): Promise<Session> {
  const fixturesDir = await buildFixtures();
  const browser = await launchWithExtension(options);
  const { blocked } = await routeSites(browser.context, fixturesDir);
  return {
    ...browser,
    blocked,
    async openSite(platform, { changed = false } = {}) {
      const page = await browser.context.newPage();
      await page.goto(SITE_URLS[platform] + (changed ? '?variant=changed' : ''));
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return page;
    },
  };
}
