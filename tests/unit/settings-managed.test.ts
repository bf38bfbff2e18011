import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { loadEffectiveSettings } from '@/lib/settings';
import { applyManagedChanges, readManagedPolicy, refreshPolicyCache } from '@/lib/settings/managed';

const PROCON = {
  organization: { name: 'Stichting ProCon', aliases: ['ProCon'] },
  schools: [{ name: 'De Regenboog' }, { name: 'Het Kompas' }],
  locked: ['organisation'],
};

/** storage.managed.get() that never answers, as in w3c/webextensions#547. */
function hangManagedReads() {
  return vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise(() => {}));
}

const cached = async () =>
  (await fakeBrowser.storage.local.get('policy')).policy as Record<string, unknown> | undefined;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('reading storage.managed', () => {
  it('returns the checked policy', async () => {
    await fakeBrowser.storage.managed.set({ ...PROCON, unknownField: 1 });
    expect(await readManagedPolicy()).toEqual({ status: 'read', policy: PROCON });
  });

  it('gives up after the timeout when the read hangs', async () => {
    hangManagedReads();
    const started = Date.now();
    expect(await readManagedPolicy(30)).toEqual({ status: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('treats a failing read as "no policy" (Firefox without policies.json)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    expect(await readManagedPolicy()).toEqual({ status: 'read', policy: null });
  });
});

describe('the cached policy', () => {
  it('is written from storage.managed, and removed when the policy is gone', async () => {
    await fakeBrowser.storage.managed.set(PROCON);
    expect(await refreshPolicyCache()).toBe('updated');
    expect(await cached()).toEqual(PROCON);
    await fakeBrowser.storage.managed.remove(Object.keys(PROCON));
    await refreshPolicyCache();
    expect(await cached()).toBeUndefined();
  });

  it('stays as it was when the read hangs, and pages can still load their settings', async () => {
    await fakeBrowser.storage.local.set({ policy: PROCON });
    hangManagedReads();
    expect(await refreshPolicyCache({ timeoutMs: 30 })).toBe('timeout');
    expect(await cached()).toEqual(PROCON);
    expect((await loadEffectiveSettings()).settings.organisation.organization.name).toBe('Stichting ProCon');
  });

  it('takes a late answer after a timeout, unless a newer refresh came first', async () => {
    let answer: (value: unknown) => void = () => {};
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementationOnce(
      () => new Promise((resolve) => (answer = resolve)),
    );
    expect(await refreshPolicyCache({ timeoutMs: 10 })).toBe('timeout');
    answer(PROCON);
    await expect.poll(cached).toEqual(PROCON);
  });

  it('applies storage.onChanged changes without waiting for a read', async () => {
    await fakeBrowser.storage.local.set({ policy: PROCON });
    hangManagedReads();
    await refreshPolicyCache({
      timeoutMs: 10,
      changes: {
        managerContact: { newValue: 'directie@procon.example' },
        locked: { oldValue: ['organisation'] },
      },
    });
    expect(await cached()).toEqual({
      organization: PROCON.organization,
      schools: PROCON.schools,
      managerContact: 'directie@procon.example',
    });
  });

  it('applyManagedChanges drops what the change removes and checks what it adds', () => {
    expect(applyManagedChanges(null, { language: { newValue: 'de' } })).toBeNull();
    expect(applyManagedChanges({ language: 'en' }, { language: { oldValue: 'en' } })).toBeNull();
    expect(applyManagedChanges(null, { language: { newValue: 'en' } })).toEqual({ language: 'en' });
  });
});

describe('the background', () => {
  function start() {
    const openOptionsPage = vi.fn(async () => {});
    fakeBrowser.runtime.openOptionsPage = openOptionsPage;
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Postwacht', version: '0.1.0' });
    background.main();
    return { openOptionsPage };
  }

  it('caches the policy at start, and again when storage.managed changes', async () => {
    await fakeBrowser.storage.managed.set(PROCON);
    start();
    await expect.poll(cached).toEqual(PROCON);
    await fakeBrowser.storage.managed.set({ managerContact: 'ib@procon.example' });
    await expect.poll(async () => (await cached())?.managerContact).toBe('ib@procon.example');
  });

  it('opens the options page for onboarding after install', async () => {
    const { openOptionsPage } = start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await expect.poll(() => openOptionsPage.mock.calls.length).toBe(1);
  });

  it('does not open it after an update, or when the settings are already complete', async () => {
    await fakeBrowser.storage.managed.set(PROCON);
    await fakeBrowser.storage.local.set({ user: { school: 'Het Kompas', role: 'leerkracht', name: '' } });
    const { openOptionsPage } = start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(openOptionsPage).not.toHaveBeenCalled();
  });

  it('opens onboarding even when storage.managed hangs (after the timeout)', async () => {
    vi.useFakeTimers();
    try {
      hangManagedReads();
      const { openOptionsPage } = start();
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(openOptionsPage).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers a ping from its own pages only', async () => {
    start();
    const own = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const page = { id: fakeBrowser.runtime.id, url: 'https://www.facebook.com/' };
    const other = { id: 'another-extension' };
    const send = async (sender: object) =>
      (await fakeBrowser.runtime.onMessage.trigger({ type: 'ping' }, sender, () => {})).find(Boolean);
    expect(await send(own)).toEqual({ type: 'pong', version: '0.1.0' });
    expect(await send(page)).toBeUndefined();
    expect(await send(other)).toBeUndefined();
  });
});
