/**
 * Photo/video consent (A5), on all four practice sites: attaching a photo to a composer shows the
 * consent reminder; one click confirms it for this post; removing the photo removes the reminder.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITORS, openTeacherSession, panel, typeInto } from './harness/composer';
import type { Platform } from './harness/routing';
import type { Session } from './harness/session';

const SCREENSHOTS = resolve(import.meta.dirname, '../../.output/screenshots');

let session: Session;
beforeAll(async () => {
  session = await openTeacherSession();
});
afterAll(async () => {
  await session?.close();
});

for (const platform of Object.keys(EDITORS) as Platform[]) {
  describe(`photo consent: ${platform}`, () => {
    let page: Page;
    beforeAll(async () => {
      page = await session.openSite(platform);
    });
    afterAll(async () => {
      await page?.close();
    });

    it('asks for consent when a photo is attached, and one click confirms it for this post', async () => {
      await typeInto(page, EDITORS[platform](page), 'Wat een mooie sportdag vandaag!');
      await expect.poll(() => panel(page).count()).toBe(1);
      expect(await panel(page).getByTestId('postwacht-consent').count()).toBe(0);
      await page.getByTestId('fixture-attach').first().click();
      const consent = panel(page).getByTestId('postwacht-consent');
      await expect.poll(() => consent.count()).toBe(1);
      expect(await consent.textContent()).toContain('16');
      if (platform === 'facebook') {
        await mkdir(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: resolve(SCREENSHOTS, 'consent-reminder.png') });
      }
      await panel(page).getByTestId('postwacht-consent-confirm').click();
      await expect.poll(() => consent.count()).toBe(0);
    });

    it('drops the reminder when the photo is removed, and asks again for a new one', async () => {
      await page.getByTestId('fixture-attach-remove').click();
      await page.getByTestId('fixture-attach').first().click();
      const consent = panel(page).getByTestId('postwacht-consent');
      await expect.poll(() => consent.count()).toBe(1);
      await page.getByTestId('fixture-attach-remove').click();
      await expect.poll(() => consent.count()).toBe(0);
    });
  });
}

it('made no request beyond the practice sites', () => {
  expect(session.blocked).toEqual([]);
});
