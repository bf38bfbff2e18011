/**
 * Per-site pause: from the panel, Postwacht leaves the site alone for an hour (other sites still
 * checked); from the popup, the pause shows until when and can be ended.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTeacherSession, panel, typeInto } from './harness/composer';
import type { Session } from './harness/session';

type Chrome = { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };

async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = session.context.serviceWorkers()[0];
  const id = await worker?.evaluate(async () => {
    const [tab] = await (globalThis as unknown as Chrome).chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return tab?.id ?? null;
  });
  if (id === null || id === undefined) throw new Error('no active tab');
  return id;
}

const WHATSAPP = (page: Page) => page.locator('footer [data-lexical-editor="true"]');
const DRAFT = 'Bel me op 06-12345678.';

describe('pause on one site for an hour', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openTeacherSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('pauses from the panel: the panel goes, the site stays paused after a reload, others are checked', async () => {
    const page = await session.openSite('whatsapp');
    await typeInto(page, WHATSAPP(page), DRAFT);
    await expect.poll(() => panel(page).getByTestId('postwacht-pause').count(), { timeout: 3000 }).toBe(1);
    await panel(page).getByTestId('postwacht-pause').click();
    await expect.poll(() => panel(page).count()).toBe(0);
    await page.reload();
    await typeInto(page, WHATSAPP(page), DRAFT);
    await page.waitForTimeout(800);
    expect(await panel(page).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-postwacht-paused'))).toBe(
      true,
    );

    const other = await session.openSite('x');
    await typeInto(other, other.getByTestId('tweetTextarea_0'), DRAFT);
    await expect.poll(() => panel(other).getByTestId('postwacht-finding').count(), { timeout: 3000 }).toBe(1);
    await other.close();

    // The popup shows the pause and ends it; the panel is back.
    const tabId = await tabIdOf(session, page);
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('postwacht-popup-paused').count(), { timeout: 5000 }).toBe(1);
    await popup.getByTestId('postwacht-popup-resume').click();
    await expect.poll(() => popup.getByTestId('postwacht-popup-pause').count()).toBe(1);
    await popup.close();
    await page.bringToFront();
    // Composers are hooked when they gain focus.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await typeInto(page, WHATSAPP(page), ' ');
    await expect.poll(() => panel(page).count(), { timeout: 3000 }).toBe(1);
  });

  it('made no request beyond the practice sites', () => {
    expect(session.blocked).toEqual([]);
  });
});
