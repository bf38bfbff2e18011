/**
 * A real Chromium policy reaches Postwacht: IT's `3rdparty` policy for the fixed extension ID, in
 * Chromium's managed policy directory, ends up in the extension's cached copy, on the onboarding page
 * and in the panel on a practice site. Each test launches a fresh Chromium (policies are read at startup)
 * and removes the policy file afterwards, also when the run is interrupted.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { panel, typeInto } from './harness/composer';
import {
  EXTENSION_ID,
  POLICY_FILE,
  readmePolicyExample,
  removePolicy,
  removeStalePolicy,
  trapInterrupts,
  untrapInterrupts,
  writePolicy,
} from './harness/policy';
import { openSession, type Session } from './harness/session';

/** The README's example policy for Stichting ProCon, exactly as IT would copy it. */
const PROCON_POLICY = readmePolicyExample();

type ExtensionGlobals = {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
};

/** The policy as the service worker cached it for the pages and content scripts. */
async function cachedPolicy(session: Session): Promise<unknown> {
  const worker = session.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker');
  return worker.evaluate(
    async () => (await (globalThis as unknown as ExtensionGlobals).chrome.storage.local.get('policy')).policy,
  );
}

/** The options page that the extension opened by itself after install. */
async function onboardingPage(session: Session) {
  await expect
    .poll(() => session.context.pages().some((p) => p.url().endsWith('/options.html')), { timeout: 15_000 })
    .toBe(true);
  const page = session.context.pages().find((p) => p.url().endsWith('/options.html'));
  if (!page) throw new Error('no options page');
  return page;
}

describe('a school policy set in Chromium', () => {
  let session: Session | undefined;
  beforeAll(() => {
    removeStalePolicy();
    trapInterrupts();
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
    removePolicy();
  });
  afterAll(() => {
    removePolicy();
    untrapInterrupts();
  });

  it('reaches the extension: cached policy, onboarding page and the panel’s school list', async () => {
    writePolicy(PROCON_POLICY);
    session = await openSession();
    expect(session.extensionId).toBe(EXTENSION_ID);

    await expect.poll(() => cachedPolicy(session as Session), { timeout: 15_000 }).toEqual(PROCON_POLICY);

    const options = await onboardingPage(session);
    await expect
      .poll(
        () =>
          options.evaluate(
            (name) =>
              (document.body.textContent ?? '').includes(name) ||
              [...document.querySelectorAll('input')].some((input) => input.value === name),
            'Stichting ProCon',
          ),
        { timeout: 10_000 },
      )
      .toBe(true);

    const page = await session.openSite('facebook');
    const editor = page.locator('div[role="dialog"] [data-lexical-editor="true"]');
    await typeInto(page, editor, 'Vandaag met mijn klas naar de bieb.');
    await panel(page).getByTestId('postwacht-insert-role').click();
    const schools = panel(page).getByTestId('postwacht-setup-school').locator('option');
    await expect
      .poll(async () => (await schools.allTextContents()).filter(Boolean))
      .toEqual(PROCON_POLICY.schools.map((school) => school.name));
    expect(session.blocked).toEqual([]);
  });

  it('is gone again with the file: a fresh Chromium without it caches no policy', async () => {
    expect(POLICY_FILE).toMatch(/postwacht-test\.json$/);
    removePolicy();
    session = await openSession();
    // Onboarding opens once the worker has read storage.managed.
    await onboardingPage(session);
    expect(await cachedPolicy(session)).toBeUndefined();
  });
});
