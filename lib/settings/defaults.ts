/**
 * The settings a fresh install starts with, and the rules a template must follow. Pure: no storage.
 */
import type { FindingType } from '../detect/types';
import { SITES, type SiteId } from '../platforms/sites';
import { DEFAULT_TEMPLATES, type InsertKind, type TemplateLength } from '../templates';
import type { CheckId, Level, SettingKey, Settings } from './types';

export const CHECK_IDS: readonly CheckId[] = [
  'personalData',
  'special',
  'decency',
  'roleReminder',
  'disclaimerReminder',
];

export const LEVELS: readonly Level[] = ['off', 'note', 'warn'];

export const SITE_IDS: readonly SiteId[] = SITES.map((site) => site.id);

export const SETTING_KEYS: readonly SettingKey[] = [
  'organisation',
  'user',
  'language',
  'templates',
  'insertPosition',
  'platforms',
  'managerContact',
  'levels',
  'sendCheck',
];

/** Finding types that hold up a post by default: the high-severity personal data and abusive text. */
export const SEND_CHECK_TYPES: readonly FindingType[] = [
  'bsn',
  'phone',
  'address',
  'special',
  'abusive',
  'iban',
  'birthdate',
];

/** A fresh copy of the defaults (callers may change it freely). */
export function defaultSettings(): Settings {
  return {
    organisation: { organization: { name: '' }, schools: [] },
    user: { school: '', role: '', name: '' },
    language: 'nl',
    templates: structuredClone(DEFAULT_TEMPLATES),
    insertPosition: 'end',
    platforms: Object.fromEntries(SITE_IDS.map((id) => [id, true])) as Record<SiteId, boolean>,
    managerContact: '',
    levels: Object.fromEntries(CHECK_IDS.map((id) => [id, 'warn'])) as Record<CheckId, Level>,
    sendCheck: { enabled: true, types: [...SEND_CHECK_TYPES] },
  };
}

export const DEFAULT_SETTINGS: Settings = defaultSettings();

/** The longest template per length: the long texts for most sites, the short ones for X (280 characters). */
export const TEMPLATE_MAX_LENGTH: Record<TemplateLength, number> = { long: 300, short: 100 };

export type TemplateProblem = 'empty' | 'tooLong' | 'missingSchool' | 'missingRole' | 'missingOrganisation';

/**
 * Why a template cannot be used, or null. The role disclosure must name the school and the function
 * (B2/C3), the disclaimer the organisation (C4). Placeholders as `fillTemplate` knows them:
 * `{school}`, `{functie}`/`{Functie}` (or `{role}`/`{Role}`), `{organisatie}` (or `{organisation}`).
 */
export function templateProblem(
  kind: InsertKind,
  length: TemplateLength,
  text: string,
): TemplateProblem | null {
  if (typeof text !== 'string' || text.trim() === '') return 'empty';
  if ([...text].length > TEMPLATE_MAX_LENGTH[length]) return 'tooLong';
  if (kind === 'role') {
    if (!text.includes('{school}')) return 'missingSchool';
    if (!/\{(?:functie|Functie|role|Role)\}/.test(text)) return 'missingRole';
    return null;
  }
  if (!/\{(?:organisatie|organisation)\}/.test(text)) return 'missingOrganisation';
  return null;
}
