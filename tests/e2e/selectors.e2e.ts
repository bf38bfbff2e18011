import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOSER_SELECTORS } from '../../lib/platforms/selectors';
import { panel } from './harness/composer';
import { openSession, type Session } from './harness/session';

/** Every composer selector must match its practice page, and the element it matches must get a panel. */
describe('composer selectors', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  const cases = COMPOSER_SELECTORS.flatMap((selector) =>
    selector.fixtures.map((fixture) => ({
      ...fixture,
      selector,
      name: `${selector.site} ${selector.kind} on ${fixture.page}`,
    })),
  );

  it.each(cases)(
    '$name: matches and is hooked by its own selector',
    async ({ page: site, count, selector }) => {
      const page = await session.openSite(site);
      const editors = page.locator(selector.editor);
      expect(await editors.count()).toBe(count);
      await editors.first().click();
      await page.keyboard.type('Bel me op 06-12345678', { delay: 5 });
      const host = panel(page).filter({ has: page.getByTestId('postwacht-finding') });
      await expect.poll(() => host.count(), { timeout: 3000 }).toBe(1);
      expect(await host.getAttribute('data-hooked-by')).toBe('selector');
      expect(await host.getAttribute('data-kind')).toBe(selector.kind);
      await page.close();
    },
  );

  it('hooks the second post of an X thread', async () => {
    const page = await session.openSite('x');
    await page.getByTestId('addButton').click();
    await page.getByTestId('tweetTextarea_1').click();
    await page.keyboard.type('Mail me op iemand@example.nl', { delay: 5 });
    await expect.poll(() => panel(page).getByTestId('postwacht-finding').count(), { timeout: 3000 }).toBe(1);
    await page.close();
  });

  it("hooks X's mobile-web textarea", async () => {
    const page = await session.context.newPage();
    await page.goto('https://x.com/home?variant=mobile');
    const textarea = page.locator('textarea[data-testid="tweetTextarea_0"]');
    expect(await textarea.count()).toBe(1);
    await textarea.click();
    await page.keyboard.type('Bel me op 06-12345678', { delay: 5 });
    await expect.poll(() => panel(page).getByTestId('postwacht-finding').count(), { timeout: 3000 }).toBe(1);
    expect(await panel(page).getAttribute('data-hooked-by')).toBe('selector');
    await page.close();
  });
});
