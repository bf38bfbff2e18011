/**
 * Trust, item 6 of issue 6: when Postwacht's own code fails, the page and the draft are unaffected.
 * A copy of the extension is built whose content-script detector always throws
 * (harness/fault-build.ts; the shipped build has no such hook). On each editor library the user types
 * and posts as if Postwacht were not there, and the panel says the check is unavailable.
 * (The other two faults: the generic fallback on changed markup is in every platform's scenario,
 * harness/composer-scenario.ts; an insert the editor refuses is in trust-drafts.e2e.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelText, panel, seedSettings, TEACHER, typeInto } from './harness/composer';
import { buildFaultyExtension } from './harness/fault-build';
import { FAULT_MESSAGE } from './harness/faulty-detect';
import { openSession, type Session } from './harness/session';
import { EDITORS, LIBRARIES, type Recorder, record } from './harness/trust';

const POST = 'Trots op groep 7 van De Regenboog! Bel Sanne de Vries op 06-12345678.';
const POST_BUTTON = {
  facebook: 'div[role="button"][aria-label="Plaatsen"]',
  x: '[data-testid="tweetButtonInline"]',
  linkedin: 'button.share-actions__primary-action',
} as const;

describe('when the detector throws', () => {
  let session: Session;
  let recorder: Recorder;

  beforeAll(async () => {
    const extensionDir = await buildFaultyExtension();
    session = await openSession({ extensionDir });
    recorder = record(session);
    await seedSettings(session, TEACHER);
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  for (const { library, platform } of LIBRARIES) {
    it(`${library}: the draft and the page are unaffected and the panel says the check is unavailable`, async () => {
      const page = await session.openSite(platform);
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const editor = EDITORS[platform](page);
      await typeInto(page, editor, POST);
      const box = panel(page).getByTestId('postwacht-panel');
      await expect.poll(() => box.getAttribute('data-state'), { timeout: 3000 }).toBe('unavailable');
      expect(await box.textContent()).toContain('De controle is even niet beschikbaar');
      expect(await panel(page).getByTestId('postwacht-finding').count()).toBe(0);
      // The user goes on typing and posts exactly what they typed.
      await page.keyboard.type(' Tot morgen!', { delay: 5 });
      await expect.poll(() => modelText(page)).toBe(`${POST} Tot morgen!`);
      await page.locator(POST_BUTTON[platform]).click();
      await expect
        .poll(() => page.evaluate(() => window.__fixture.posted.at(-1)))
        .toBe(`${POST} Tot morgen!`);
      // Our error stays ours: nothing reached the page's error handlers.
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  }

  it('logs its own error once per page, without the post text', () => {
    const ours = recorder.console.filter((line) => line.includes(FAULT_MESSAGE));
    expect(ours.length).toBe(LIBRARIES.length);
    expect(recorder.console.join('\n')).not.toContain('06-12345678');
  });

  it('made no request beyond the practice sites', () => {
    expect(session.blocked).toEqual([]);
  });
});
