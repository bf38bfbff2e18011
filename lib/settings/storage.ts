/**
 * The stored items, one per setting, in the extension's local storage. Each has a `version`: when a
 * stored shape changes, raise it and add a migration here (WXT runs it before the first read).
 * Versions 1: `organisation`, `user` and `language` as the first release stored them; the rest new.
 *
 * No fallbacks: a missing value means "not chosen", so the policy's value or the default applies
 * (see merge.ts). Only this module's callers in lib/settings write these; never any post text.
 */
import { storage } from 'wxt/utils/storage';
import type { Lang, Organisation } from '../detect/types';
import type { SiteId } from '../platforms/sites';
import type { Templates } from '../templates';
import type { Policy, SettingKey, Settings, UserSettings } from './types';

export const settingItems = {
  organisation: storage.defineItem<Organisation>('local:organisation', { version: 1 }),
  user: storage.defineItem<UserSettings>('local:user', { version: 1 }),
  language: storage.defineItem<Lang>('local:language', { version: 1 }),
  templates: storage.defineItem<Templates>('local:templates', { version: 1 }),
  insertPosition: storage.defineItem<Settings['insertPosition']>('local:insertPosition', { version: 1 }),
  platforms: storage.defineItem<Settings['platforms']>('local:platforms', { version: 1 }),
  managerContact: storage.defineItem<string>('local:managerContact', { version: 1 }),
  levels: storage.defineItem<Settings['levels']>('local:levels', { version: 1 }),
  sendCheck: storage.defineItem<Settings['sendCheck']>('local:sendCheck', { version: 1 }),
} satisfies { [K in SettingKey]: unknown };

export type PausedSites = Partial<Record<SiteId, number>>;

/**
 * Sites the user paused Postwacht on, each with the time (ms since the epoch) the pause ends. Not a
 * setting: a short-lived state. When IT locked `platforms`, nobody can pause.
 */
export const pausedItem = storage.defineItem<PausedSites>('local:paused', { version: 1, fallback: {} });

/** The user finished (or skipped) onboarding. */
export const onboardedItem = storage.defineItem<boolean>('local:onboarded', { fallback: false, version: 1 });

/**
 * The school's policy as the service worker last read it from storage.managed (already checked with
 * `parsePolicy`). Pages and content scripts read only this copy, never storage.managed itself.
 */
export const policyItem = storage.defineItem<Policy>('local:policy', { version: 1 });
