import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from './harness/routing';
import { openSession, type Session } from './harness/session';

const PLATFORMS: Platform[] = ['facebook', 'x', 'linkedin', 'whatsapp'];

/** The extension API as an extension page sees it (the test runs in Node, which has no `chrome`). */
type ExtensionPageGlobals = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

describe('the built extension in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(PLATFORMS)('runs its content script on the %s practice site at the real URL', async (platform) => {
    const page = await session.openSite(platform);
    await page.locator(`html[data-postwacht="${platform}"]`).waitFor({ state: 'attached' });
    expect(await page.evaluate(() => window.__fixture.platform)).toBe(platform);
    await page.close();
  });

  it('renders the popup in Dutch, and the background answers it', async () => {
    const page = await session.openExtensionPage('popup.html');
    await expect.poll(() => page.getByRole('heading', { name: 'Postwacht' }).count()).toBe(1);
    expect(await page.getByTestId('postwacht-popup-about').textContent()).toContain('WhatsApp Web');
    const reply = await page.evaluate(() =>
      (globalThis as unknown as ExtensionPageGlobals).chrome.runtime.sendMessage({ type: 'ping' }),
    );
    expect(reply).toEqual({ type: 'pong', version: '0.1.0' });
    await page.close();
  });

  it('renders the options page', async () => {
    const page = await session.openExtensionPage('options.html');
    await expect.poll(() => page.getByRole('heading', { name: 'Postwacht: instellingen' }).count()).toBe(1);
    await page.close();
  });

  it('sent no request outside the practice sites', () => {
    expect(session.blocked).toEqual([]);
  });
});
