import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadEffectiveSettings, saveSetting } from '@/lib/settings';

/**
 * Stored shapes and their versions. The first release stored `organisation`, `user` and `language` at
 * version 1; this release keeps those shapes (so no migration runs) and adds the other settings at
 * version 1. When a shape changes, its item's version goes up with a migration in lib/settings/storage.ts,
 * and a test here stores the old shape and reads the new one.
 */
const FIRST_RELEASE = {
  organisation: {
    organization: { name: 'Stichting ProCon', aliases: ['ProCon'] },
    schools: [{ name: 'De Regenboog' }, { name: 'Het Kompas' }],
  },
  user: { school: 'De Regenboog', role: 'leerkracht groep 7', name: '' },
  language: 'en',
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings stored by the first release (version 1)', () => {
  it('are read unchanged, with WXT’s version marks', async () => {
    await fakeBrowser.storage.local.set({
      ...FIRST_RELEASE,
      organisation$: { v: 1 },
      user$: { v: 1 },
      language$: { v: 1 },
    });
    const { settings, onboarded } = await loadEffectiveSettings();
    expect(settings.organisation).toEqual(FIRST_RELEASE.organisation);
    expect(settings.user).toEqual(FIRST_RELEASE.user);
    expect(settings.language).toBe('en');
    // The settings the first release did not have start at their defaults.
    expect(settings.templates).toEqual(DEFAULT_SETTINGS.templates);
    expect(settings.levels).toEqual(DEFAULT_SETTINGS.levels);
    // Organisation, school and function were all set: no onboarding needed after the update.
    expect(onboarded).toBe(true);
  });

  it('are read unchanged without version marks too (WXT counts a missing mark as version 1)', async () => {
    await fakeBrowser.storage.local.set(FIRST_RELEASE);
    const { settings } = await loadEffectiveSettings();
    expect(settings.organisation).toEqual(FIRST_RELEASE.organisation);
    expect(settings.user).toEqual(FIRST_RELEASE.user);
  });

  it('can be changed through the new API without touching the others', async () => {
    await fakeBrowser.storage.local.set(FIRST_RELEASE);
    await saveSetting('user', { ...FIRST_RELEASE.user, role: 'intern begeleider' });
    const stored = await fakeBrowser.storage.local.get();
    expect(stored.organisation).toEqual(FIRST_RELEASE.organisation);
    expect(stored.user).toEqual({ ...FIRST_RELEASE.user, role: 'intern begeleider' });
  });

  it('fall back to defaults, without an error, where a stored value has an unknown shape', async () => {
    await fakeBrowser.storage.local.set({ organisation: 'ProCon', user: ['x'], language: 'fr', levels: 3 });
    const { settings } = await loadEffectiveSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('every stored item', () => {
  it('declares a version', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../../lib/settings/storage.ts'), 'utf8');
    const items = source.match(/storage\.defineItem<[^>]+>\('local:\w+',\s*\{[^}]*\}/g) ?? [];
    expect(items.length).toBe(12);
    for (const item of items) expect(item, item).toMatch(/version: \d+/);
  });
});
