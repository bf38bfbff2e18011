/**
 * Postwacht's settings as typed WXT storage items. Only configuration is stored here: never any text
 * a user types into a post. (The full set, school-wide policy and migrations come with the settings issue.)
 */
import { storage } from 'wxt/utils/storage';
import type { Lang, Organisation, Profile } from '../detect/types';

export interface UserSettings {
  /** The user's own school (one of the organisation's schools, or typed). */
  school: string;
  /** The user's function, as it should appear in the role disclosure ("leerkracht groep 6"). */
  role: string;
  /** Optional: the user's own name, never flagged as personal data in their posts. */
  name: string;
}

export const EMPTY_ORGANISATION: Organisation = { organization: { name: '' }, schools: [] };

export const organisationItem = storage.defineItem<Organisation>('local:organisation', {
  fallback: EMPTY_ORGANISATION,
  version: 1,
});

export const userItem = storage.defineItem<UserSettings>('local:user', {
  fallback: { school: '', role: '', name: '' },
  version: 1,
});

export const languageItem = storage.defineItem<Lang>('local:language', { fallback: 'nl', version: 1 });

export interface Settings {
  organisation: Organisation;
  user: UserSettings;
  language: Lang;
}

export async function loadSettings(): Promise<Settings> {
  const [organisation, user, language] = await Promise.all([
    organisationItem.getValue(),
    userItem.getValue(),
    languageItem.getValue(),
  ]);
  return { organisation, user, language };
}

/** Calls `onChange` with fresh settings whenever any of them changes; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const reload = () => void loadSettings().then(onChange);
  const unwatchers = [organisationItem.watch(reload), userItem.watch(reload), languageItem.watch(reload)];
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}

/** The detector's profile: the organisation plus who the user is. */
export function profileOf(settings: Settings): Profile {
  return { ...settings.organisation, user: { ...settings.user } };
}
