/**
 * Trust, item 4 of issue 6: a web page cannot drive Postwacht. The practice page tries everything a
 * page script can: window messages, custom events and DOM attributes that look like ours, and the
 * extension messaging API. Nothing is inserted, the settings stay as they were, and the page learns
 * nothing it did not already have (the panel's shadow root is open by design: see SECURITY.md).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelText, panel, seedSettings, TEACHER, typeInto } from './harness/composer';
import { openSession, type Session } from './harness/session';
import { dumpExtensionStorage, EDITORS, type Recorder, record } from './harness/trust';

const POST = 'Trots op groep 7 van De Regenboog! Bel Sanne de Vries op 06-12345678.';

describe('a hostile page cannot drive Postwacht', () => {
  let session: Session;
  let page: Page;
  let recorder: Recorder;

  beforeAll(async () => {
    session = await openSession();
    recorder = record(session);
    await seedSettings(session, TEACHER);
    page = await session.openSite('facebook');
    await typeInto(page, EDITORS.facebook(page), POST);
    await panel(page).getByTestId('postwacht-finding').nth(1).waitFor({ state: 'attached', timeout: 3000 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('ignores window messages, custom events and DOM attributes that look like its own', async () => {
    const settingsBefore = (await dumpExtensionStorage(session)).local;
    const findingsBefore = await panel(page).getByTestId('postwacht-finding').count();
    await page.evaluate((extensionId) => {
      const payloads: unknown[] = [
        { type: 'postwacht:insert', kind: 'role' },
        { type: 'postwacht:insert', kind: 'disclaimer' },
        { type: 'postwacht:status' },
        { source: 'postwacht', type: 'insert', kind: 'role', text: 'GEHACKT' },
        { type: 'postwacht:settings', settings: { platforms: { facebook: false }, insertPosition: 'start' } },
        { id: extensionId, type: 'postwacht:insert', kind: 'role' },
      ];
      for (const payload of payloads) {
        window.postMessage(payload, '*');
        window.postMessage(JSON.stringify(payload), '*');
        for (const target of [window, document, document.documentElement]) {
          for (const name of ['postwacht:insert', 'postwacht-insert', 'postwacht', 'postwacht:settings']) {
            target.dispatchEvent(new CustomEvent(name, { detail: payload, bubbles: true }));
          }
        }
      }
      const editor = document.querySelector<HTMLElement>('[data-lexical-editor="true"]');
      for (const element of [document.documentElement, editor]) {
        element?.setAttribute('data-postwacht-insert', 'role');
        element?.setAttribute('data-postwacht-text', 'GEHACKT');
        element?.setAttribute('data-postwacht-settings', '{"insertPosition":"start"}');
      }
    }, session.extensionId);
    await page.waitForTimeout(1500);
    expect(await modelText(page)).toBe(POST);
    expect((await dumpExtensionStorage(session)).local).toEqual(settingsBefore);
    expect(await panel(page).getByTestId('postwacht-finding').count()).toBe(findingsBefore);
    // Still working: the page's attributes did not switch it off.
    expect(await page.evaluate(() => document.documentElement.dataset.postwacht)).toBe('facebook');
  });

  it('gives the page no extension messaging to reach it with', async () => {
    const outcome = await page.evaluate(async (extensionId) => {
      const runtime = (
        globalThis as unknown as {
          chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown; connect?: unknown } };
        }
      ).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no-api';
      try {
        await runtime.sendMessage(extensionId, { type: 'postwacht:insert', kind: 'role' });
        return 'answered';
      } catch {
        return 'rejected';
      }
    }, session.extensionId);
    // Without externally_connectable (pinned in build-static.e2e.ts) a page has no way in.
    expect(['no-api', 'rejected']).toContain(outcome);
    await page.waitForTimeout(500);
    expect(await modelText(page)).toBe(POST);
  });

  it('shows the page only what was typed on that page, in an open shadow root', async () => {
    // The page can read the panel (open shadow root): it holds findings about the page's own editor
    // text, which the page already has. It holds no settings beyond the inserted texts' wording.
    const seen = await page.evaluate(
      () => document.querySelector('postwacht-panel')?.shadowRoot?.textContent,
    );
    expect(seen).toContain('06-12345678');
    expect(seen).not.toContain('directie@');
  });

  it('made no request beyond the practice site', () => {
    expect(session.blocked).toEqual([]);
    expect(recorder.requests.filter((r) => r.from === 'service-worker')).toEqual([]);
  });
});
