/**
 * The end-to-end story every platform must pass, with the real editor: warn while typing, insert the
 * disclosure and the disclaimer exactly once through the editor's own input path, undo only the insert,
 * post what the editor's model holds, and clean up when the composer goes away.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { modelText, occurrences, openTeacherSession, panel, typeInto } from './composer';
import type { Platform } from './routing';
import type { Session } from './session';

export interface Scenario {
  platform: Platform;
  /** The editor to type into. */
  editor(page: Page): Locator;
  /** The text Postwacht inserts here for a leerkracht of De Regenboog. */
  roleText: string;
  disclaimerText: string;
  /** Publishes the post the way the site does. */
  post(page: Page): Promise<void>;
  /** Removes the composer from the page, where the site can. */
  close?(page: Page): Promise<void>;
}

const POST = 'Trots op groep 7 van De Regenboog! Vragen? Bel Sanne de Vries op 06-12345678.';

export function composerScenario(scenario: Scenario): void {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openTeacherSession();
    page = await session.openSite(scenario.platform);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists the personal data and the reminders while the user types', async () => {
    await typeInto(page, scenario.editor(page), POST);
    const findings = panel(page).getByTestId('postwacht-finding');
    await expect.poll(() => findings.count(), { timeout: 2000 }).toBeGreaterThanOrEqual(2);
    const byType = Object.fromEntries(
      await Promise.all(
        (await findings.all()).map(async (f) => [
          await f.getAttribute('data-type'),
          await f.getAttribute('data-start'),
        ]),
      ),
    );
    expect(byType.name).toBe(String(POST.indexOf('Sanne de Vries')));
    expect(byType.phone).toBe(String(POST.indexOf('06-12345678')));
    await expect.poll(() => panel(page).getByTestId('postwacht-reminder-role').count()).toBe(1);
    await expect.poll(() => panel(page).getByTestId('postwacht-reminder-disclaimer').count()).toBe(1);
    // The browser marks them in the composer (CSS Custom Highlight API): no node is written into the editor.
    const marked = () =>
      page.evaluate(() => [...CSS.highlights.values()].flatMap((highlight) => [...highlight].map(String)));
    await expect.poll(marked).toEqual(expect.arrayContaining(['Sanne de Vries', '06-12345678']));
    expect(await scenario.editor(page).evaluate((editor) => editor.innerHTML)).not.toMatch(/postwacht/i);
  });

  it('inserts the role disclosure once, keeps the draft, and one undo removes only the insert', async () => {
    await panel(page).getByTestId('postwacht-insert-role').click();
    await expect.poll(() => modelText(page), { timeout: 4000 }).toBe(`${POST}\n${scenario.roleText}`);
    await expect.poll(() => panel(page).getByTestId('postwacht-reminder-role').count()).toBe(0);
    await scenario.editor(page).press('Control+z');
    await expect.poll(() => modelText(page)).toBe(POST);
    await expect.poll(() => panel(page).getByTestId('postwacht-reminder-role').count()).toBe(1);
  });

  it('inserts both texts and posts exactly what the editor holds', async () => {
    await panel(page).getByTestId('postwacht-insert-role').click();
    await expect.poll(() => modelText(page), { timeout: 4000 }).toContain(scenario.roleText);
    await panel(page).getByTestId('postwacht-insert-disclaimer').click();
    await expect.poll(() => modelText(page), { timeout: 4000 }).toContain(scenario.disclaimerText);
    const text = await modelText(page);
    expect(text).toBe(`${POST}\n${scenario.roleText}\n${scenario.disclaimerText}`);
    expect(occurrences(text, scenario.roleText)).toBe(1);
    await expect.poll(() => panel(page).getByTestId('postwacht-reminder-disclaimer').count()).toBe(0);
    await scenario.post(page);
    // The post still holds a phone number: Postwacht asks once before posting (check before posting).
    await panel(page).getByTestId('postwacht-send-anyway').click();
    await expect.poll(() => page.evaluate(() => window.__fixture.posted.at(-1))).toBe(text);
  });

  if (scenario.close) {
    it('removes its panel when the composer goes away, and hooks the next one', async () => {
      await typeInto(page, scenario.editor(page), 'Nog een bericht over De Regenboog');
      await expect.poll(() => panel(page).count()).toBe(1);
      await scenario.close?.(page);
      await expect.poll(() => panel(page).count()).toBe(0);
      await page.getByTestId('fixture-open').click();
      await typeInto(page, scenario.editor(page), 'Bel me op 06-12345678');
      await expect
        .poll(() => panel(page).getByTestId('postwacht-finding').count(), { timeout: 2000 })
        .toBe(1);
    });
  }

  it('hooks the composer through the generic fallback when the markup has changed', async () => {
    const changed = await session.openSite(scenario.platform, { changed: true });
    await typeInto(changed, changed.locator('[data-fixture-editor]').first(), POST);
    await expect
      .poll(() => panel(changed).getByTestId('postwacht-finding').count(), { timeout: 2000 })
      .toBeGreaterThanOrEqual(2);
    expect(await panel(changed).getAttribute('data-hooked-by')).toBe('fallback');
    await changed.close();
  });

  it('made no request beyond the practice site', () => {
    expect(session.blocked).toEqual([]);
  });
}
