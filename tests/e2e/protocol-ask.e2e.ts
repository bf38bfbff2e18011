import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITORS, openTeacherSession, panel, typeInto } from './harness/composer';
import type { Platform } from './harness/routing';
import type { Session } from './harness/session';

const DRAFT = 'Bel Sanne de Vries op 06-12345678.';

let session: Session;
beforeAll(async () => {
  session = await openTeacherSession();
  const worker = session.context.serviceWorkers()[0];
  await worker?.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
    ).chrome.storage.local;
    await api.set({ managerContact: 'directie@procon.example' });
  });
});
afterAll(async () => {
  await session?.close();
});

for (const platform of Object.keys(EDITORS) as Platform[]) {
  describe(`in doubt, ask: ${platform}`, () => {
    it('links a mail to the contact, with the draft only when ticked', async () => {
      const page = await session.openSite(platform);
      await typeInto(page, EDITORS[platform](page), DRAFT);
      const ask = panel(page).getByTestId('postwacht-ask');
      await expect.poll(() => ask.count(), { timeout: 3000 }).toBe(1);
      const href = (await ask.getAttribute('href')) ?? '';
      expect(href.startsWith('mailto:directie@procon.example?subject=')).toBe(true);
      expect(decodeURIComponent(href)).not.toContain('06-12345678');
      await panel(page).getByTestId('postwacht-ask-include').check();
      await expect
        .poll(async () => decodeURIComponent((await ask.getAttribute('href')) ?? ''))
        .toContain(DRAFT);
      await page.close();
    });
  });
}

it('made no request beyond the practice sites', () => {
  expect(session.blocked).toEqual([]);
});
