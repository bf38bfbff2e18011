/** Helpers for tests that drive a practice composer and Postwacht's panel like a user would. */
import type { Locator, Page } from 'playwright-core';
import type { Organisation } from '../../../lib/detect/types';
import type { UserSettings } from '../../../lib/settings';
import type { Platform } from './routing';
import { openSession, type Session } from './session';

export const PROCON: Organisation = {
  organization: { name: 'Stichting ProCon', aliases: ['ProCon'] },
  schools: [{ name: 'De Regenboog' }, { name: 'Het Kompas' }, { name: 'Het Baken' }],
};

/** The user most tests are: a teacher at De Regenboog, one of ProCon's schools. */
export const TEACHER = {
  organisation: PROCON,
  user: { school: 'De Regenboog', role: 'leerkracht', name: '' },
} satisfies { organisation: Organisation; user: UserSettings };

/** Chromium with the extension, set up for `TEACHER` as if onboarding were done. */
export async function openTeacherSession(): Promise<Session> {
  const session = await openSession();
  await seedSettings(session, TEACHER);
  return session;
}

/** Writes settings straight into the extension's storage, as onboarding would. */
export async function seedSettings(
  session: Session,
  settings: { organisation?: Organisation; user?: UserSettings | null },
): Promise<void> {
  const worker = session.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker');
  await worker.evaluate(async ({ organisation, user }) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: Storage } } }).chrome.storage.local;
    type Storage = { set(items: object): Promise<void>; remove(keys: string[]): Promise<void> };
    if (organisation) await api.set({ organisation });
    if (user === null) await api.remove(['user']);
    else if (user) await api.set({ user });
  }, settings);
}

/** The panel's shadow content (Playwright pierces open shadow roots). */
export function panel(page: Page): Locator {
  return page.locator('postwacht-panel');
}

/** Clicks into an editor and types like a person (key by key). */
export async function typeInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  // Lexical starts a fresh undo step when an update lands mid-typing right after focus; let focus settle.
  await page.waitForTimeout(200);
  await page.keyboard.type(text, { delay: 5 });
}

export async function modelText(page: Page, id?: string): Promise<string> {
  return page.evaluate((editorId) => window.__fixture.modelText(editorId), id);
}

export function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** The main composer of each practice site, as a user would click into it. */
export const EDITORS: Record<Platform, (page: Page) => Locator> = {
  facebook: (page) => page.locator('div[role="dialog"] [data-lexical-editor="true"]'),
  x: (page) => page.getByTestId('tweetTextarea_0'),
  linkedin: (page) => page.locator('.share-creation-state__text-editor .ql-editor'),
  whatsapp: (page) => page.locator('footer [data-lexical-editor="true"]'),
};
