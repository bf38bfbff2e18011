import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelText, PROCON, panel, seedSettings, typeInto } from './harness/composer';
import { openSession, type Session } from './harness/session';

describe('the panel beyond the happy path', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await seedSettings(session, { organisation: PROCON, user: null });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('asks for school and function in place before the first insert, then inserts', async () => {
    const page = await session.openSite('facebook');
    const editor = page.locator('div[role="dialog"] [data-lexical-editor="true"]');
    await typeInto(page, editor, 'Vandaag met mijn klas naar de bieb.');
    await panel(page).getByTestId('postwacht-insert-role').click();
    await panel(page).getByTestId('postwacht-setup-school').selectOption('Het Kompas');
    await panel(page).getByTestId('postwacht-setup-role').fill('leerkracht groep 5');
    await panel(page).getByTestId('postwacht-setup-save').click();
    await expect
      .poll(() => modelText(page), { timeout: 4000 })
      .toBe(
        'Vandaag met mijn klas naar de bieb.\nIk werk als leerkracht groep 5 bij Het Kompas (onderdeel van Stichting ProCon).',
      );
    await page.close();
  });

  it('says so instead of inserting when a post on X would get too long', async () => {
    const page = await session.openSite('x');
    const long = `Met mijn klas naar het museum geweest. ${'Wat een dag! '.repeat(18)}`.slice(0, 260);
    await typeInto(page, page.getByTestId('tweetTextarea_0'), long);
    await panel(page).getByTestId('postwacht-insert-disclaimer').click();
    await expect.poll(() => panel(page).getByRole('alert').textContent()).toContain('Dit past niet');
    expect(await modelText(page)).toBe(long);
    await page.close();
  });

  it('can be reached from the editor with Alt+Shift+P and left with Escape', async () => {
    const page = await session.openSite('linkedin');
    const editor = page.locator('.share-creation-state__text-editor .ql-editor');
    await typeInto(page, editor, 'Onze leerlingen hebben vandaag een prijs gewonnen!');
    await expect
      .poll(() => panel(page).getByTestId('postwacht-insert-role').count(), { timeout: 2000 })
      .toBe(1);
    await page.keyboard.press('Alt+Shift+P');
    const focusedInPanel = () => page.evaluate(() => document.activeElement?.tagName === 'POSTWACHT-PANEL');
    await expect.poll(focusedInPanel).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });
});
