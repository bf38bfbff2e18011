/**
 * Accessibility: axe-core (from node_modules, injected into the page) finds no violations in the popup,
 * the options page (onboarding and settings, with validation messages showing), the protocol page, and
 * the in-page panel (open, with findings, reminders and the in-place setup) on a practice site.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCON, panel, seedSettings, TEACHER, typeInto } from './harness/composer';
import { openSession, type Session } from './harness/session';

const AXE_SOURCE = readFileSync(
  resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

type AxeGlobal = {
  axe: {
    run(
      context: Element | Document,
      options: object,
    ): Promise<{
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown[]; failureSummary?: string }>;
      }>;
    }>;
  };
};

/**
 * Runs axe on the page, or only inside `selector` (our panel on someone else's page). Evaluated through
 * the DevTools protocol, so extension pages' CSP (no inline scripts) does not get in the way.
 */
async function violations(page: Page, selector?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (within) => {
    const { axe } = window as unknown as AxeGlobal;
    const context = within ? document.querySelector(within) : document;
    if (!context) throw new Error(`nothing matches ${within}`);
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
    }));
  }, selector);
}

type Chrome = {
  chrome: {
    tabs: { query(info: object): Promise<Array<{ id?: number }>> };
    storage: { local: { set(items: object): Promise<void> } };
  };
};

describe('accessibility (axe-core)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('onboarding has no violations, also while it shows what is missing', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByTestId('postwacht-onboarding').waitFor({ timeout: 5000 });
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('postwacht-onboarding-done').click();
    await page.getByText('Vul je functie in', { exact: false }).waitFor();
    await page.getByTestId('postwacht-option-add-school').click();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the in-page panel has no violations: open with findings and reminders, and with its setup form', async () => {
    // Organisation known, user not yet: the insert button asks for school and function in place.
    await seedSettings(session, { organisation: PROCON, user: null });
    const page = await session.openSite('facebook');
    await typeInto(
      page,
      page.locator('div[role="dialog"] [data-lexical-editor="true"]'),
      'Trots op groep 7 van De Regenboog! Vragen? Bel Sanne de Vries op 06-12345678.',
    );
    await panel(page).getByTestId('postwacht-reminder-role').waitFor({ timeout: 3000 });
    expect(await violations(page, 'postwacht-panel')).toEqual([]);
    await panel(page).getByTestId('postwacht-insert-role').click();
    await panel(page).getByTestId('postwacht-setup-role').waitFor({ timeout: 3000 });
    expect(await violations(page, 'postwacht-panel')).toEqual([]);
    await page.close();
  });

  it('the settings page has no violations, also with validation messages showing', async () => {
    await seedSettings(session, TEACHER);
    const worker = session.context.serviceWorkers()[0];
    await worker?.evaluate(() =>
      (globalThis as unknown as Chrome).chrome.storage.local.set({ onboarded: true }),
    );
    const page = await session.openExtensionPage('options.html');
    await page.getByTestId('postwacht-option-role').waitFor({ timeout: 5000 });
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('postwacht-option-template-role-nl-long').fill('Ik werk als {functie}.');
    await page.getByTestId('postwacht-option-manager').fill('geen-adres');
    await page.getByTestId('postwacht-option-manager-error').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the popup has no violations: status of a composer, a checked text, the protocol summary', async () => {
    const site = await session.openSite('linkedin');
    await typeInto(site, site.locator('.ql-editor').first(), 'Morgen bij De Regenboog: bel 06-12345678.');
    await panel(site).getByTestId('postwacht-finding').first().waitFor({ timeout: 3000 });
    await site.bringToFront();
    const worker = session.context.serviceWorkers()[0];
    const tabId = await worker?.evaluate(
      async () =>
        (
          await (globalThis as unknown as Chrome).chrome.tabs.query({ active: true, lastFocusedWindow: true })
        )[0]?.id,
    );
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 360, height: 700 });
    await popup.getByTestId('postwacht-popup-counts').waitFor({ timeout: 5000 });
    await popup.getByLabel(/Plak of typ een tekst/).fill('Bel Sanne de Vries op 06-12345678 over de klas.');
    await popup.getByTestId('postwacht-popup-check-preview').waitFor({ timeout: 3000 });
    await popup.getByText('Het protocol in het kort').click();
    expect(await violations(popup)).toEqual([]);
    await popup.getByTestId('postwacht-insert-role').click();
    await popup
      .locator('[data-testid="postwacht-popup-insert-result"]:not(:empty)')
      .waitFor({ timeout: 5000 });
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await site.close();
  });

  it('the popup on an unsupported page and the protocol page have no violations', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.locator('[data-testid="postwacht-popup-status"][data-state="unsupported"]').waitFor({
      timeout: 5000,
    });
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    const protocol = await session.openExtensionPage('protocol.html');
    await protocol.getByTestId('postwacht-protocol-text').waitFor({ timeout: 5000 });
    expect(await violations(protocol)).toEqual([]);
    await protocol.close();
  });

  it('the popup and the settings page have no violations in dark mode either', async () => {
    for (const path of ['popup.html', 'options.html']) {
      const page = await session.openExtensionPage(path);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page
        .locator('[data-testid="postwacht-popup-status"], [data-testid="postwacht-option-role"]')
        .first()
        .waitFor({
          timeout: 5000,
        });
      expect(await violations(page), path).toEqual([]);
      await page.close();
    }
  });

  it('sent no request outside the practice sites', () => {
    expect(session.blocked).toEqual([]);
  });
});
