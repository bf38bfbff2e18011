import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  completeOnboarding,
  DEFAULT_SETTINGS,
  LockedSettingError,
  loadEffectiveSettings,
  profileOf,
  saveSetting,
  watchEffectiveSettings,
} from '@/lib/settings';
import type { EffectiveSettings, Policy } from '@/lib/settings/types';
import { DEFAULT_TEMPLATES } from '@/lib/templates';

const PROCON: Policy = {
  organization: { name: 'Stichting ProCon', aliases: ['ProCon'] },
  schools: [{ name: 'De Regenboog' }, { name: 'Het Kompas' }],
  managerContact: 'directie@procon.example',
  locked: ['organisation', 'templates'],
};

/** What the service worker writes after reading storage.managed. */
const cachePolicy = (policy: Policy) => fakeBrowser.storage.local.set({ policy });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the default settings', () => {
  it('are Dutch, all sites and all checks on, the standard texts, inserts at the end, nobody set up', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      organisation: { organization: { name: '' }, schools: [] },
      user: { school: '', role: '', name: '' },
      language: 'nl',
      templates: DEFAULT_TEMPLATES,
      insertPosition: 'end',
      platforms: { facebook: true, x: true, linkedin: true, whatsapp: true },
      managerContact: '',
      levels: {
        personalData: 'warn',
        special: 'warn',
        decency: 'warn',
        roleReminder: 'warn',
        disclaimerReminder: 'warn',
      },
      sendCheck: {
        enabled: true,
        types: ['bsn', 'phone', 'address', 'special', 'abusive', 'iban', 'birthdate'],
      },
    });
  });

  it('are what a fresh install loads: nothing locked, not onboarded', async () => {
    const effective = await loadEffectiveSettings();
    expect(effective.settings).toEqual(DEFAULT_SETTINGS);
    expect([...effective.locked]).toEqual([]);
    expect(effective.onboarded).toBe(false);
  });
});

describe('saving and loading', () => {
  it('keeps each saved setting', async () => {
    await saveSetting('user', { school: 'Het Kompas', role: 'intern begeleider', name: 'Anna' });
    await saveSetting('language', 'en');
    await saveSetting('insertPosition', 'start');
    await saveSetting('platforms', { ...DEFAULT_SETTINGS.platforms, x: false });
    await saveSetting('levels', { ...DEFAULT_SETTINGS.levels, decency: 'note', special: 'off' });
    await saveSetting('managerContact', 'directeur@kompas.example');
    const templates = structuredClone(DEFAULT_TEMPLATES);
    templates.role.nl.long = 'Ik ben {functie} op {school}.';
    await saveSetting('templates', templates);
    const { settings } = await loadEffectiveSettings();
    expect(settings.user).toEqual({ school: 'Het Kompas', role: 'intern begeleider', name: 'Anna' });
    expect(settings.language).toBe('en');
    expect(settings.insertPosition).toBe('start');
    expect(settings.platforms.x).toBe(false);
    expect(settings.levels).toMatchObject({ decency: 'note', special: 'off', personalData: 'warn' });
    expect(settings.managerContact).toBe('directeur@kompas.example');
    expect(settings.templates.role.nl.long).toBe('Ik ben {functie} op {school}.');
  });

  it('stores a copy, never the caller’s object', async () => {
    const user = { school: 'Het Kompas', role: 'leerkracht', name: '' };
    await saveSetting('user', user);
    user.school = 'changed later';
    expect((await loadEffectiveSettings()).settings.user.school).toBe('Het Kompas');
  });

  it('stores settings under their own keys, and nothing else', async () => {
    await saveSetting('user', { school: 'Het Kompas', role: 'leerkracht', name: '' });
    await saveSetting('organisation', { organization: { name: 'Stichting ProCon' }, schools: [] });
    const stored = await fakeBrowser.storage.local.get();
    expect(Object.keys(stored).sort()).toEqual(['organisation', 'user']);
  });

  it('rejects a setting that IT locked, with LockedSettingError, and keeps the old value', async () => {
    await cachePolicy(PROCON);
    const error = await saveSetting('organisation', {
      organization: { name: 'Iets anders' },
      schools: [],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockedSettingError);
    expect((error as LockedSettingError).name).toBe('LockedSettingError');
    expect((error as LockedSettingError).key).toBe('organisation');
    await expect(saveSetting('templates', DEFAULT_TEMPLATES)).rejects.toBeInstanceOf(LockedSettingError);
    expect((await loadEffectiveSettings()).settings.organisation.organization.name).toBe('Stichting ProCon');
  });

  it('still saves what IT did not lock: the user’s own school and function, the manager contact', async () => {
    await cachePolicy(PROCON);
    await saveSetting('user', { school: 'De Regenboog', role: 'leerkracht groep 3', name: '' });
    await saveSetting('managerContact', 'ib@regenboog.example');
    const { settings } = await loadEffectiveSettings();
    expect(settings.user.school).toBe('De Regenboog');
    expect(settings.managerContact).toBe('ib@regenboog.example');
  });
});

describe('the school policy in the effective settings', () => {
  it('comes from the cached copy: organisation and schools from IT, locked', async () => {
    await saveSetting('organisation', { organization: { name: 'Mijn eigen stichting' }, schools: [] });
    await cachePolicy(PROCON);
    const { settings, locked } = await loadEffectiveSettings();
    expect(settings.organisation).toEqual({
      organization: { name: 'Stichting ProCon', aliases: ['ProCon'] },
      schools: [{ name: 'De Regenboog' }, { name: 'Het Kompas' }],
    });
    expect(settings.managerContact).toBe('directie@procon.example');
    expect([...locked].sort()).toEqual(['organisation', 'templates']);
  });

  it('never reads storage.managed itself', async () => {
    await fakeBrowser.storage.managed.set({ organization: { name: 'Direct uit managed' } });
    const { settings } = await loadEffectiveSettings();
    expect(settings.organisation.organization.name).toBe('');
  });
});

describe('onboarding', () => {
  it('is done once completed, and the flag is stored', async () => {
    expect((await loadEffectiveSettings()).onboarded).toBe(false);
    await completeOnboarding();
    expect((await loadEffectiveSettings()).onboarded).toBe(true);
    expect(await fakeBrowser.storage.local.get('onboarded')).toEqual({ onboarded: true });
  });

  it('counts as done when organisation, school and function are all set', async () => {
    await cachePolicy(PROCON);
    await saveSetting('user', { school: 'Het Kompas', role: 'leerkracht', name: '' });
    expect((await loadEffectiveSettings()).onboarded).toBe(true);
  });
});

describe('watching the effective settings', () => {
  it('reports a saved setting, a new policy and onboarding, once per change', async () => {
    const seen: EffectiveSettings[] = [];
    const unwatch = watchEffectiveSettings((effective) => seen.push(effective));
    await saveSetting('language', 'en');
    await expect.poll(() => seen.at(-1)?.settings.language).toBe('en');
    await cachePolicy(PROCON);
    await expect.poll(() => seen.at(-1)?.locked.has('organisation')).toBe(true);
    await completeOnboarding();
    await expect.poll(() => seen.at(-1)?.onboarded).toBe(true);
    expect(seen).toHaveLength(3);
    unwatch();
    await saveSetting('language', 'nl');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(3);
  });
});

describe('profileOf', () => {
  it('gives the detector the organisation and the user, as copies', () => {
    const settings = {
      ...structuredClone(DEFAULT_SETTINGS),
      organisation: { organization: { name: 'Stichting ProCon' }, schools: [{ name: 'Het Kompas' }] },
      user: { school: 'Het Kompas', role: 'leerkracht', name: 'Anna' },
    };
    const profile = profileOf(settings);
    expect(profile).toEqual({
      organization: { name: 'Stichting ProCon' },
      schools: [{ name: 'Het Kompas' }],
      user: { school: 'Het Kompas', role: 'leerkracht', name: 'Anna' },
    });
    profile.schools.push({ name: 'Elders' });
    expect(settings.organisation.schools).toHaveLength(1);
  });
});
