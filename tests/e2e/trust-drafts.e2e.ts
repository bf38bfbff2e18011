/**
 * Trust, items 6 (an insert that cannot be verified) and 7 (drafts are sacred) of issue 6, for each
 * editor library: inserting at the end and at the start, with text selected, with the caret in the
 * middle and after an undo keeps the draft intact, and one Ctrl+Z restores the previous state
 * exactly, on the editor's model. When the editor refuses the insert, nothing changes and the text
 * goes to the clipboard with a message.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelText, occurrences, openTeacherSession, panel, typeInto } from './harness/composer';
import type { Platform } from './harness/routing';
import type { Session } from './harness/session';
import { EDITORS, LIBRARIES, setLocal } from './harness/trust';

const DRAFT = 'Morgen gaan we met groep 7 van De Regenboog naar het bos';
const ROLE: Record<Platform, string> = {
  facebook: 'Ik werk als leerkracht bij De Regenboog (onderdeel van Stichting ProCon).',
  linkedin: 'Ik werk als leerkracht bij De Regenboog (onderdeel van Stichting ProCon).',
  whatsapp: 'Ik werk als leerkracht bij De Regenboog (onderdeel van Stichting ProCon).',
  x: 'Leerkracht bij De Regenboog.',
};

describe.each(LIBRARIES)('$library ($platform): drafts are sacred', ({ platform }) => {
  let session: Session;
  const role = ROLE[platform];

  beforeAll(async () => {
    session = await openTeacherSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  /** A fresh page with DRAFT typed (plus `prepare`), the role text inserted, then one undo. */
  async function insertAndUndo(
    prepare: (page: Page, editor: Locator) => Promise<void>,
    expectAfterInsert: (before: string, text: string) => void,
  ): Promise<void> {
    const page = await session.openSite(platform);
    const editor = EDITORS[platform](page);
    await typeInto(page, editor, DRAFT);
    await prepare(page, editor);
    const before = await modelText(page);
    await panel(page).getByTestId('postwacht-insert-role').click();
    await expect.poll(() => modelText(page), { timeout: 4000 }).toContain(role);
    const after = await modelText(page);
    expect(occurrences(after, role)).toBe(1);
    expectAfterInsert(before, after);
    await editor.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(before);
    await page.close();
  }

  it('inserts at the end; one undo restores the draft', async () => {
    await insertAndUndo(
      async () => {},
      (before, after) => expect(after).toBe(`${before}\n${role}`),
    );
  });

  it('inserts at the start when set so; one undo restores the draft', async () => {
    await setLocal(session, { insertPosition: 'start' });
    try {
      await insertAndUndo(
        async () => {},
        (before, after) => expect(after).toBe(`${role}\n${before}`),
      );
    } finally {
      await setLocal(session, { insertPosition: 'end' });
    }
  });

  it('leaves selected text alone; one undo restores the draft', async () => {
    await insertAndUndo(
      async (page) => {
        for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowLeft');
        await page.waitForTimeout(300);
      },
      (before, after) => expect(after).toBe(`${before}\n${role}`),
    );
  });

  it('keeps the draft with the caret in the middle; one undo restores it', async () => {
    await insertAndUndo(
      async (page) => {
        for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
        await page.waitForTimeout(300);
      },
      (before, after) => expect(after).toBe(`${before}\n${role}`),
    );
  });

  it('keeps the draft after an undo of the user’s own edit; one undo restores that state', async () => {
    await insertAndUndo(
      async (page, editor) => {
        // Deleting after typing is a separate undo step in all three editors.
        await page.waitForTimeout(1200);
        for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
        await page.waitForTimeout(1200);
        await editor.press('Control+z');
        await expect.poll(() => modelText(page)).toBe(DRAFT);
      },
      (before, after) => expect(after).toBe(`${before}\n${role}`),
    );
  });

  it('copies the text to the clipboard and changes nothing when the editor refuses the insert', async () => {
    const page = await session.openSite(platform);
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    const editor = EDITORS[platform](page);
    await typeInto(page, editor, DRAFT);
    // From now on the page swallows every edit before its editor sees it.
    await page.evaluate(() => {
      const refuse = (event: Event) => {
        event.preventDefault();
        event.stopImmediatePropagation();
      };
      for (const type of ['beforeinput', 'paste', 'textInput', 'input'])
        window.addEventListener(type, refuse, { capture: true });
    });
    await panel(page).getByTestId('postwacht-insert-role').click();
    await expect
      .poll(() => panel(page).getByRole('alert').first().textContent(), { timeout: 5000 })
      .toContain('klembord');
    expect(await modelText(page)).toBe(DRAFT);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(role);
    await page.close();
  });

  it('made no request beyond the practice site', () => {
    expect(session.blocked).toEqual([]);
  });
});
