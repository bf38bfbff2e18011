/**
 * Check before posting, on all four practice sites: with a phone number left in the draft, the site's
 * post button and its keyboard shortcut are held and the panel asks; "Terug" (or Escape) leaves the draft
 * untouched and unposted, "Toch plaatsen" posts exactly the draft; with nothing to report, posting is
 * not touched at all. `window.__fixture.posted` is what the site posted.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelText, openTeacherSession, panel, typeInto } from './harness/composer';
import type { Platform } from './harness/routing';
import type { Session } from './harness/session';

interface Case {
  name: string;
  platform: Platform;
  editor(page: Page): Locator;
  /** The site's post button, if this composer has one. */
  send?(page: Page): Locator;
  /** The site's keyboard shortcut that posts from this editor, if the practice page has one. */
  key?: string;
  /** Which editor `__fixture.modelText` should read. */
  id?: string;
}

const CASES: Case[] = [
  {
    name: 'facebook post',
    platform: 'facebook',
    editor: (page) => page.locator('div[role="dialog"] [data-lexical-editor="true"]'),
    send: (page) => page.locator('div[role="button"][aria-label="Plaatsen"]'),
    id: 'post',
  },
  {
    name: 'facebook comment',
    platform: 'facebook',
    editor: (page) => page.locator('[data-lexical-editor="true"][aria-label^="Schrijf een opmerking"]'),
    key: 'Enter',
    id: 'comment',
  },
  {
    name: 'x',
    platform: 'x',
    editor: (page) => page.getByTestId('tweetTextarea_0'),
    send: (page) => page.getByTestId('tweetButtonInline'),
    key: 'Control+Enter',
  },
  {
    name: 'linkedin',
    platform: 'linkedin',
    editor: (page) => page.locator('.share-creation-state__text-editor .ql-editor'),
    send: (page) => page.locator('button.share-actions__primary-action'),
    id: 'post',
  },
  {
    name: 'whatsapp',
    platform: 'whatsapp',
    editor: (page) => page.locator('footer [data-lexical-editor="true"]'),
    send: (page) => page.locator('button[aria-label="Verzenden"]'),
    key: 'Enter',
  },
];

const RISKY = 'Vragen over de excursie? Bel me op 06-12345678.';
const CLEAN = 'Wat een mooie excursie vandaag!';

const SCREENSHOTS = resolve(import.meta.dirname, '../../.output/screenshots');

const posted = (page: Page) => page.evaluate(() => [...window.__fixture.posted]);

/** The data-testid of the focused element inside any Postwacht panel, or null. */
const panelFocus = (page: Page) =>
  page.evaluate(() => {
    for (const host of document.querySelectorAll('postwacht-panel')) {
      const active = host.shadowRoot?.activeElement;
      if (active) return active.getAttribute('data-testid');
    }
    return null;
  });

const editorFocused = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[contenteditable="true"]') !== null);

let session: Session;
beforeAll(async () => {
  session = await openTeacherSession();
});
afterAll(async () => {
  await session?.close();
});

for (const c of CASES) {
  describe(`check before posting: ${c.name}`, () => {
    let page: Page;
    beforeAll(async () => {
      page = await session.openSite(c.platform);
    });
    afterAll(async () => {
      await page?.close();
    });

    /** Types into an empty editor (the site clears it after posting, asynchronously on some sites). */
    const typeFresh = async (text: string) => {
      await expect.poll(() => modelText(page, c.id)).toBe('');
      await typeInto(page, c.editor(page), text);
    };
    const confirm = () => panel(page).getByTestId('postwacht-send-confirm');

    const send = c.send;
    if (send) {
      it('holds the post button and asks; "Terug" returns to the draft untouched and unposted', async () => {
        await typeFresh(RISKY);
        await send(page).click();
        await expect.poll(() => confirm().count()).toBe(1);
        expect(await confirm().getAttribute('role')).toBe('alertdialog');
        expect(await confirm().textContent()).toContain('06-12345678');
        await expect.poll(() => panelFocus(page)).toBe('postwacht-send-back');
        // Permanence (A4): with a high-severity finding the panel says that what is posted stays public.
        expect(await panel(page).getByTestId('postwacht-permanence').count()).toBe(1);
        if (c.name === 'facebook post') {
          await mkdir(SCREENSHOTS, { recursive: true });
          await page.screenshot({ path: resolve(SCREENSHOTS, 'send-confirm.png') });
        }
        expect(await posted(page)).toEqual([]);
        await panel(page).getByTestId('postwacht-send-back').click();
        await expect.poll(() => confirm().count()).toBe(0);
        expect(await modelText(page, c.id)).toBe(RISKY);
        expect(await posted(page)).toEqual([]);
        await expect.poll(() => editorFocused(page)).toBe(true);
      });

      it('"Toch plaatsen" posts exactly the draft, as the site would have', async () => {
        expect(await modelText(page, c.id)).toBe(RISKY);
        // The practice page's aria-disabled can lag after focus moved to the panel and back: click anyway.
        await send(page).click({ force: true });
        await expect.poll(() => confirm().count()).toBe(1);
        await panel(page).getByTestId('postwacht-send-anyway').click();
        await expect.poll(() => posted(page)).toEqual([RISKY]);
        await expect.poll(() => confirm().count()).toBe(0);
      });
    }

    const key = c.key;
    if (key) {
      it(`holds ${key}: Escape is "Terug", "Toch plaatsen" posts through the same key`, async () => {
        const before = await posted(page);
        await typeFresh(RISKY);
        await page.keyboard.press(key);
        await expect.poll(() => confirm().count()).toBe(1);
        await expect.poll(() => panelFocus(page)).toBe('postwacht-send-back');
        await page.keyboard.press('Escape');
        await expect.poll(() => confirm().count()).toBe(0);
        expect(await modelText(page, c.id)).toBe(RISKY);
        expect(await posted(page)).toEqual(before);
        await expect.poll(() => editorFocused(page)).toBe(true);
        await page.keyboard.press(key);
        await expect.poll(() => confirm().count()).toBe(1);
        await panel(page).getByTestId('postwacht-send-anyway').click();
        await expect.poll(() => posted(page)).toEqual([...before, RISKY]);
      });
    }

    it('does not touch posting when there is nothing to report', async () => {
      const before = (await posted(page)).length;
      await typeFresh(CLEAN);
      if (key) await page.keyboard.press(key);
      else await send?.(page).click();
      await expect.poll(async () => (await posted(page)).slice(before)).toEqual([CLEAN]);
      expect(await confirm().count()).toBe(0);
    });
  });
}

it('made no request beyond the practice sites', () => {
  expect(session.blocked).toEqual([]);
});
