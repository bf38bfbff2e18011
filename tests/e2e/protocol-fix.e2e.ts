/**
 * Quick fixes on all four practice sites: a name becomes its initials, a phone number is removed, "fix
 * all" does both; each through the editor's own input path, checked on the editor's model, undone by one
 * Ctrl+Z, and the fixed finding disappears from the panel.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITORS, modelText, openTeacherSession, panel, typeInto } from './harness/composer';
import type { Platform } from './harness/routing';
import type { Session } from './harness/session';

const SCREENSHOTS = resolve(import.meta.dirname, '../../.output/screenshots');

const POST = 'Trots op groep 7! Vragen? Bel Sanne de Vries op 06-12345678.';
const NAME_FIXED = 'Trots op groep 7! Vragen? Bel S.d.V. op 06-12345678.';
const ALL_FIXED = 'Trots op groep 7! Vragen? Bel S.d.V. op.';

const finding = (page: Page, type: string) =>
  panel(page).locator(`[data-testid="postwacht-finding"][data-type="${type}"]`);

let session: Session;
beforeAll(async () => {
  session = await openTeacherSession();
});
afterAll(async () => {
  await session?.close();
});

for (const platform of Object.keys(EDITORS) as Platform[]) {
  describe(`quick fixes: ${platform}`, () => {
    let page: Page;
    beforeAll(async () => {
      page = await session.openSite(platform);
    });
    afterAll(async () => {
      await page?.close();
    });

    it('replaces a name by its initials in one undoable step, and the finding disappears', async () => {
      await typeInto(page, EDITORS[platform](page), POST);
      await expect.poll(() => finding(page, 'name').count(), { timeout: 3000 }).toBe(1);
      if (platform === 'facebook') {
        await mkdir(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: resolve(SCREENSHOTS, 'quickfix-before.png') });
      }
      await finding(page, 'name').getByTestId('postwacht-fix').click();
      await expect.poll(() => modelText(page), { timeout: 4000 }).toBe(NAME_FIXED);
      await expect.poll(() => finding(page, 'name').count()).toBe(0);
      if (platform === 'facebook')
        await page.screenshot({ path: resolve(SCREENSHOTS, 'quickfix-after.png') });
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(POST);
      await expect.poll(() => finding(page, 'name').count(), { timeout: 3000 }).toBe(1);
    });

    it('"fix all" fixes the name and removes the phone number, undone by one Ctrl+Z', async () => {
      await panel(page).getByTestId('postwacht-fix-all').click();
      await expect.poll(() => modelText(page), { timeout: 4000 }).toBe(ALL_FIXED);
      await expect.poll(() => finding(page, 'phone').count()).toBe(0);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(POST);
    });

    it('removes a phone number on its own', async () => {
      await expect.poll(() => finding(page, 'phone').count(), { timeout: 3000 }).toBe(1);
      await finding(page, 'phone').getByTestId('postwacht-fix').click();
      await expect
        .poll(() => modelText(page), { timeout: 4000 })
        .toBe('Trots op groep 7! Vragen? Bel Sanne de Vries op.');
      await expect.poll(() => finding(page, 'phone').count()).toBe(0);
    });
  });
}

it('made no request beyond the practice sites', () => {
  expect(session.blocked).toEqual([]);
});
