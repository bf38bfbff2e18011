/**
 * The popup for a real tab: a practice composer with a post being typed, then the popup page for that
 * tab (`popup.html?tab=<id>`, since Playwright cannot open the toolbar popup itself).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelText, openTeacherSession, panel, typeInto } from './harness/composer';
import type { Session } from './harness/session';

const SCREENSHOTS = resolve(import.meta.dirname, '../../.output/screenshots');

const POST = 'Trots op groep 7 van De Regenboog! Vragen? Bel Sanne de Vries op 06-12345678.';
const ROLE_TEXT = 'Ik werk als leerkracht bij De Regenboog (onderdeel van Stichting ProCon).';

type Chrome = {
  chrome: {
    tabs: { query(info: object): Promise<Array<{ id?: number }>> };
    storage: { local: { set(items: object): Promise<void> } };
  };
};

/** The id of the tab showing `page`, as the extension knows it. */
async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = session.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker');
  const id = await worker.evaluate(async () => {
    const [tab] = await (globalThis as unknown as Chrome).chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  return id;
}

/** Marks onboarding as done, as finishing it on the options page would. */
async function markOnboarded(session: Session): Promise<void> {
  const worker = session.context.serviceWorkers()[0];
  await worker?.evaluate(() =>
    (globalThis as unknown as Chrome).chrome.storage.local.set({ onboarded: true }),
  );
}

describe('the popup on a practice site', () => {
  let session: Session;
  let site: Page;
  let tabId: number;

  beforeAll(async () => {
    session = await openTeacherSession();
    await markOnboarded(session);
    site = await session.openSite('facebook');
    await typeInto(site, site.locator('div[role="dialog"] [data-lexical-editor="true"]'), POST);
    await panel(site)
      .getByTestId('postwacht-reminder-disclaimer')
      .waitFor({ state: 'attached', timeout: 3000 });
    tabId = await tabIdOf(session, site);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the counts by type and the open reminders of that tab’s composer', async () => {
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    const status = popup.getByTestId('postwacht-popup-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 5000 }).toBe('active');
    expect(await status.textContent()).toContain('Postwacht kijkt mee op Facebook.');
    // The same counts the panel beside the post lists, by type.
    const inPanel: Record<string, number> = {};
    for (const type of await panel(site)
      .getByTestId('postwacht-finding')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-type') ?? ''))) {
      inPanel[type] = (inPanel[type] ?? 0) + 1;
    }
    expect(inPanel.phone).toBe(1);
    const counts = popup.getByTestId('postwacht-popup-counts').locator('li');
    const inPopup = Object.fromEntries(
      await counts.evaluateAll((items) =>
        items.map((item) => [item.getAttribute('data-type'), Number(item.getAttribute('data-count'))]),
      ),
    );
    expect(inPopup).toEqual(inPanel);
    expect(await counts.allTextContents()).toContain('Telefoonnummer: 1');
    const reminders = popup.getByTestId('postwacht-popup-reminders').locator('li');
    expect(await reminders.allTextContents()).toEqual([
      'Noem je functie en school',
      'Zeg dat het je persoonlijke mening is',
    ]);
    // For the screenshot: the text check with a pasted text as well.
    await popup
      .getByLabel(/Plak of typ een tekst/)
      .fill('Beste ouders, morgen is de juf van groep 5 ziek. Vragen? Mail naar j.jansen@gmail.com.');
    await popup.getByTestId('postwacht-popup-check-preview').waitFor({ timeout: 3000 });
    await mkdir(SCREENSHOTS, { recursive: true });
    await popup.setViewportSize({ width: 360, height: 760 });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup.png'), fullPage: true });
    await popup.close();
  });

  it('inserts the role disclosure into the editor’s model, operated by keyboard alone', async () => {
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect
      .poll(() => popup.getByTestId('postwacht-popup-status').getAttribute('data-state'), { timeout: 5000 })
      .toBe('active');
    // Tab from the top of the page until the insert button has focus; then Enter.
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await popup.keyboard.press('Tab');
      reached = await popup.evaluate(
        () => document.activeElement?.getAttribute('data-testid') === 'postwacht-insert-role',
      );
    }
    expect(reached).toBe(true);
    await popup.keyboard.press('Enter');
    const result = popup.getByTestId('postwacht-popup-insert-result');
    await expect.poll(() => result.getAttribute('data-result'), { timeout: 5000 }).toBe('inserted');
    expect(await result.textContent()).toBe('Ingevoegd in je bericht.');
    await expect.poll(() => modelText(site), { timeout: 4000 }).toBe(`${POST}\n${ROLE_TEXT}`);
    // The popup follows: the role reminder is gone.
    await expect
      .poll(() => popup.getByTestId('postwacht-popup-reminders').locator('li').allTextContents(), {
        timeout: 5000,
      })
      .toEqual(['Zeg dat het je persoonlijke mening is']);
    await popup.close();
  });

  it('inserts the disclaimer with a click', async () => {
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('postwacht-insert-disclaimer').click();
    await expect
      .poll(() => popup.getByTestId('postwacht-popup-insert-result').getAttribute('data-result'), {
        timeout: 5000,
      })
      .toBe('inserted');
    expect(await modelText(site)).toBe(
      `${POST}\n${ROLE_TEXT}\nDit bericht plaats ik op persoonlijke titel; het is niet het standpunt van Stichting ProCon.`,
    );
    await popup.close();
  });

  it('says where Postwacht works when the tab is not one of the four sites', async () => {
    const options = await session.openExtensionPage('options.html');
    const otherTab = await tabIdOf(session, options);
    const popup = await session.openExtensionPage(`popup.html?tab=${otherTab}`);
    const status = popup.getByTestId('postwacht-popup-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 5000 }).toBe('unsupported');
    expect(await status.textContent()).toContain('Postwacht werkt op Facebook, X, LinkedIn en WhatsApp Web.');
    expect(await popup.getByTestId('postwacht-insert-role').count()).toBe(0);
    await popup.close();
    await options.close();
  });

  it('checks a pasted text and marks what it found, as text', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const text = 'Beste ouders, <img src=x onerror=alert(1)> bel Sanne de Vries op 06-12345678.';
    await popup.getByLabel(/Plak of typ een tekst/).fill(text);
    const preview = popup.getByTestId('postwacht-popup-check-preview');
    await expect
      .poll(() => preview.locator('mark').allTextContents(), { timeout: 3000 })
      .toContain('06-12345678');
    expect(await preview.textContent()).toBe(text);
    expect(await preview.locator('img').count()).toBe(0);
    expect(await popup.getByTestId('postwacht-popup-check-findings').textContent()).toContain(
      'Telefoonnummer',
    );
    await popup.close();
  });

  it('opens the full protocol bundled in the extension', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.getByText('Het protocol in het kort').click();
    expect(await popup.locator('[data-article="B3/B4"] dd').textContent()).toContain('leidinggevende');
    const [protocol] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.getByTestId('postwacht-protocol-link').click(),
    ]);
    const text = protocol.getByTestId('postwacht-protocol-text');
    await expect.poll(() => text.count(), { timeout: 5000 }).toBe(1);
    expect(await text.textContent()).toContain('Modelprotocol social media');
    expect(await text.textContent()).toContain('eigen persoonlijke mening');
    await protocol.close();
    await popup.close();
  });

  it('sent no request outside the practice sites', () => {
    expect(session.blocked).toEqual([]);
  });
});
