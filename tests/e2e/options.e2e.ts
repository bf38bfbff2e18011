/**
 * The options page in the built extension: first-run onboarding by keyboard alone, then saving without
 * a save button, validation and the live preview of the inserted texts. Takes the screenshots of
 * onboarding and settings.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness/session';

const SCREENSHOTS = resolve(import.meta.dirname, '../../.output/screenshots');

type Chrome = { chrome: { storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } } } };

async function storedLocal(session: Session, keys: string[]): Promise<Record<string, unknown>> {
  const worker = session.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker');
  return worker.evaluate((k) => (globalThis as unknown as Chrome).chrome.storage.local.get(k), keys);
}

const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');

async function tab(page: Page, expected: string): Promise<void> {
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(expected);
}

describe('the options page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('starts with onboarding on first run, and the keyboard alone gets through it', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByTestId('postwacht-onboarding').waitFor({ timeout: 5000 });
    expect(await page.getByRole('heading', { name: 'Welkom bij Postwacht' }).count()).toBe(1);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'onboarding.png'), fullPage: true });
    const started = Date.now();

    await tab(page, 'postwacht-option-organisation');
    await page.keyboard.type('Stichting ProCon');
    await tab(page, 'postwacht-option-add-school');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('postwacht-option-school-name-1');
    await page.keyboard.type('De Regenboog');
    await tab(page, 'postwacht-option-remove-school-1');
    await tab(page, 'postwacht-option-add-school');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('postwacht-option-school-name-2');
    await page.keyboard.type('Het Kompas');
    await tab(page, 'postwacht-option-remove-school-2');
    await tab(page, 'postwacht-option-add-school');
    await tab(page, 'postwacht-option-school');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByTestId('postwacht-option-school').inputValue()).toBe('De Regenboog');
    await tab(page, 'postwacht-option-role');
    await page.keyboard.type('leerkracht groep 6');
    await tab(page, 'postwacht-onboarding-done');
    await page.keyboard.press('Enter');

    await page.getByTestId('postwacht-onboarding-complete').waitFor({ timeout: 5000 });
    expect(Date.now() - started).toBeLessThan(30_000);
    // Focus lands on the confirmation, so a screen reader hears it.
    expect(await focused(page)).toBe('postwacht-onboarding-complete');
    await expect
      .poll(() => storedLocal(session, ['onboarded', 'user', 'organisation']), { timeout: 3000 })
      .toEqual({
        onboarded: true,
        user: { school: 'De Regenboog', role: 'leerkracht groep 6', name: '' },
        organisation: {
          organization: { name: 'Stichting ProCon' },
          schools: [{ name: 'De Regenboog' }, { name: 'Het Kompas' }],
        },
      });
    await page.close();
  });

  it('shows all settings after onboarding and saves a change without a save button', async () => {
    const page = await session.openExtensionPage('options.html');
    const role = page.getByTestId('postwacht-option-role');
    await role.waitFor({ timeout: 5000 });
    expect(await page.getByTestId('postwacht-onboarding').count()).toBe(0);
    expect(await page.getByTestId('postwacht-option-school').inputValue()).toBe('De Regenboog');
    expect(await page.getByLabel('Je functie', { exact: true }).inputValue()).toBe('leerkracht groep 6');
    expect(await page.getByRole('button', { name: /opslaan/i }).count()).toBe(0);

    await role.fill('leerkracht groep 8');
    const status = page.getByTestId('postwacht-options-status');
    await expect.poll(() => status.textContent(), { timeout: 3000 }).toBe('Opgeslagen');
    expect((await storedLocal(session, ['user'])).user).toEqual({
      school: 'De Regenboog',
      role: 'leerkracht groep 8',
      name: '',
    });

    await page.getByTestId('postwacht-option-level-decency').selectOption('note');
    await expect
      .poll(async () => ((await storedLocal(session, ['levels'])).levels as Record<string, string>)?.decency)
      .toBe('note');
    await page.close();
  });

  it('shows a live preview of the inserted text while the template is typed', async () => {
    const page = await session.openExtensionPage('options.html');
    const template = page.getByTestId('postwacht-option-template-role-nl-long');
    const preview = page.getByTestId('postwacht-preview-role-nl-long');
    await template.waitFor({ timeout: 5000 });
    expect(await preview.textContent()).toBe(
      'Ik werk als leerkracht groep 8 bij De Regenboog (onderdeel van Stichting ProCon).',
    );
    await template.fill('');
    await template.pressSequentially('{Functie} op {school}, {organisatie}.', { delay: 5 });
    expect(await preview.textContent()).toBe('Leerkracht groep 8 op De Regenboog, Stichting ProCon.');
    await expect
      .poll(async () => {
        const { templates } = await storedLocal(session, ['templates']);
        return (templates as { role: { nl: { long: string } } } | undefined)?.role.nl.long;
      })
      .toBe('{Functie} op {school}, {organisatie}.');
    await page.close();
  });

  it('refuses a role text without {school} and an invalid e-mail address, in Dutch, and saves neither', async () => {
    const page = await session.openExtensionPage('options.html');
    const template = page.getByTestId('postwacht-option-template-role-nl-short');
    await template.waitFor({ timeout: 5000 });
    await template.fill('Ik ben {functie}.');
    const error = page.getByTestId('postwacht-option-template-role-nl-short-error');
    expect(await error.textContent()).toBe('Deze tekst moet je school noemen: zet {school} erin.');
    expect(await template.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('postwacht-options-status').textContent()).toBe(
      'Niet opgeslagen: verbeter eerst wat bij het veld staat.',
    );

    const email = page.getByTestId('postwacht-option-manager');
    await email.fill('directie@regenboog');
    await email.blur();
    expect(await page.getByTestId('postwacht-option-manager-error').textContent()).toContain(
      'Dit is geen geldig e-mailadres',
    );
    await page.waitForTimeout(800);
    const { templates, managerContact } = await storedLocal(session, ['templates', 'managerContact']);
    expect((templates as { role: { nl: { short: string } } }).role.nl.short).toBe('{Functie} bij {school}.');
    expect(managerContact).toBeUndefined();

    await email.fill('directie@regenboog.nl');
    await email.blur();
    await expect
      .poll(async () => (await storedLocal(session, ['managerContact'])).managerContact)
      .toBe('directie@regenboog.nl');
    await page.close();
  });

  it('looks right (screenshot of the settings)', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByTestId('postwacht-option-role').waitFor({ timeout: 5000 });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'options.png'), fullPage: true });
    await page.close();
  });

  it('sent no request outside the practice sites', () => {
    expect(session.blocked).toEqual([]);
  });
});
