/**
 * The one place where the popup and the options page touch the settings: the effective settings
 * (after the school's policy) kept up to date, and saving one setting at a time.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  completeOnboarding,
  LockedSettingError,
  loadEffectiveSettings,
  saveSetting,
  watchEffectiveSettings,
} from '@/lib/settings';
import type { EffectiveSettings, SettingKey, Settings } from '@/lib/settings/types';

export type { EffectiveSettings, SettingKey, Settings };

/** The effective settings, or null while they load (or when they could not be read at all). */
export function useEffectiveSettings(): { effective: EffectiveSettings | null; failed: boolean } {
  const [effective, setEffective] = useState<EffectiveSettings | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const unwatch = watchEffectiveSettings((fresh) => {
      if (live) setEffective(fresh);
    });
    loadEffectiveSettings().then(
      (loaded) => {
        if (live) setEffective((current) => current ?? loaded);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return { effective, failed };
}

export type SaveOutcome = 'saved' | 'locked' | 'failed';

/** Saves one setting; never throws. */
export async function save<K extends SettingKey>(key: K, value: Settings[K]): Promise<SaveOutcome> {
  try {
    await saveSetting(key, value);
    return 'saved';
  } catch (error) {
    if (
      error instanceof LockedSettingError ||
      (error instanceof Error && error.name === 'LockedSettingError')
    )
      return 'locked';
    console.warn('[Postwacht]', error);
    return 'failed';
  }
}

export async function finishOnboarding(): Promise<SaveOutcome> {
  try {
    await completeOnboarding();
    return 'saved';
  } catch (error) {
    console.warn('[Postwacht]', error);
    return 'failed';
  }
}
