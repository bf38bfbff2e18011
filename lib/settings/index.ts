/**
 * Postwacht's settings: one typed storage item per setting (storage.ts), the school's policy merged
 * over them (merge.ts), and the only ways to change them. Only configuration is stored here: never any
 * text a user types into a post.
 *
 * Everyone reads `loadEffectiveSettings()` / `watchEffectiveSettings()`; they read local storage only
 * (the policy as the service worker cached it), so a hanging storage.managed can never block a page.
 */
import type { Profile } from '../detect/types';
import type { SiteId } from '../platforms/sites';
import { mergePolicy } from './merge';
import { onboardedItem, pausedItem, policyItem, settingItems } from './storage';
import type { EffectiveSettings, SettingKey, Settings } from './types';

export type { TemplateProblem } from './defaults';
export { DEFAULT_SETTINGS, defaultSettings, TEMPLATE_MAX_LENGTH, templateProblem } from './defaults';
export { CHECK_OF_REMINDER, CHECK_OF_TYPE, findingLevel, levelOf, reminderLevel, withoutOff } from './levels';
export { isComplete, LOCKABLE_KEYS, mergePolicy, parsePolicy } from './merge';
export type * from './types';

/** Raised by `saveSetting` for a setting the school's policy locked. */
export class LockedSettingError extends Error {
  constructor(readonly key: SettingKey) {
    super(`"${key}" is set by the school and cannot be changed`);
    this.name = 'LockedSettingError';
  }
}

const KEYS = Object.keys(settingItems) as SettingKey[];

/** What the user chose, setting by setting (missing: never chosen). */
async function loadLocal(): Promise<Partial<Settings>> {
  const values = await Promise.all(KEYS.map((key) => settingItems[key].getValue()));
  const local: Partial<Record<SettingKey, unknown>> = {};
  KEYS.forEach((key, i) => {
    if (values[i] !== null && values[i] !== undefined) local[key] = values[i];
  });
  return local as Partial<Settings>;
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [local, policy, onboarded] = await Promise.all([
    loadLocal(),
    policyItem.getValue(),
    onboardedItem.getValue(),
  ]);
  return mergePolicy(local, policy, { onboarded });
}

/**
 * Calls `onChange` with fresh effective settings whenever a setting, the cached policy or the
 * onboarding flag changes (several changes at once give one call, the latest). Returns the unsubscribe.
 */
export function watchEffectiveSettings(onChange: (effective: EffectiveSettings) => void): () => void {
  let stopped = false;
  let latest = 0;
  const reload = () => {
    const mine = ++latest;
    // One microtask later: a multi-key write arrives as several change events.
    queueMicrotask(() => {
      if (stopped || mine !== latest) return;
      loadEffectiveSettings().then(
        (effective) => {
          if (!stopped && mine === latest) onChange(effective);
        },
        (error: unknown) => console.warn('[Postwacht] settings could not be read', error),
      );
    });
  };
  const unwatchers = [
    ...KEYS.map((key) => settingItems[key].watch(reload)),
    policyItem.watch(reload),
    onboardedItem.watch(reload),
  ];
  return () => {
    stopped = true;
    for (const unwatch of unwatchers) unwatch();
  };
}

/** Saves one setting. Rejects with `LockedSettingError` when the school's policy locked it. */
export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  if (!KEYS.includes(key)) throw new TypeError(`unknown setting "${String(key)}"`);
  const { locked } = mergePolicy({}, await policyItem.getValue());
  if (locked.has(key)) throw new LockedSettingError(key);
  // A copy: the stored value never shares objects with the caller's state.
  await (settingItems[key] as { setValue(v: Settings[K]): Promise<void> }).setValue(structuredClone(value));
}

/** Marks onboarding as done: the options page no longer opens by itself, the flow is not shown again. */
export async function completeOnboarding(): Promise<void> {
  await onboardedItem.setValue(true);
}

/** The detector's profile: the organisation plus who the user is. */
export function profileOf(settings: Settings): Profile {
  return {
    organization: { ...settings.organisation.organization },
    schools: settings.organisation.schools.map((school) => ({ ...school })),
    user: { ...settings.user },
  };
}

/** How long "pause on this site" lasts. */
export const PAUSE_MS = 60 * 60 * 1000;

/** Whether the school's policy forbids pausing (it locked where Postwacht runs: `platforms`). */
export async function pauseLocked(): Promise<boolean> {
  return mergePolicy({}, await policyItem.getValue()).locked.has('platforms');
}

/** Pauses Postwacht on `site` for an hour. Rejects with `LockedSettingError` when IT locked `platforms`. */
export async function pauseSite(site: SiteId, now: number = Date.now()): Promise<number> {
  if (await pauseLocked()) throw new LockedSettingError('platforms');
  const until = now + PAUSE_MS;
  await pausedItem.setValue({ ...(await pausedItem.getValue()), [site]: until });
  return until;
}

/** Ends a pause early. */
export async function resumeSite(site: SiteId): Promise<void> {
  const paused = { ...(await pausedItem.getValue()) };
  delete paused[site];
  await pausedItem.setValue(paused);
}

/** When the pause on `site` ends, or null when it is not paused (or IT locked `platforms`). */
export async function pausedUntil(site: SiteId, now: number = Date.now()): Promise<number | null> {
  const [paused, locked] = await Promise.all([pausedItem.getValue(), pauseLocked()]);
  const until = paused[site];
  return !locked && typeof until === 'number' && until > now ? until : null;
}

/** Calls `onChange` when a pause starts or ends early (not when it runs out: use its end time). */
export function watchPause(onChange: () => void): () => void {
  const unwatchers = [pausedItem.watch(onChange), policyItem.watch(onChange)];
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}
