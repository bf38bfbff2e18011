/**
 * Settings from three layers: the defaults, the school's policy and what the user chose. Pure, and
 * defensive: a stored value or a policy can be anything (an admin's typo, an older version's shape),
 * so every value is checked, and what does not fit is ignored, never thrown.
 */
import type { FindingType, Lang, Organisation } from '../detect/types';
import type { SiteId } from '../platforms/sites';
import type { InsertKind, TemplateLength, Templates } from '../templates';
import { CHECK_IDS, defaultSettings, LEVELS, SETTING_KEYS, SITE_IDS, templateProblem } from './defaults';
import type {
  CheckId,
  EffectiveSettings,
  Level,
  PartialTemplates,
  Policy,
  SendCheck,
  SettingKey,
  Settings,
  UserSettings,
} from './types';

const MAX_TEXT = 300;
const MAX_NAMES = 500;
const MAX_ALIASES = 50;
const KINDS: readonly InsertKind[] = ['role', 'disclaimer'];
const LANGS: readonly Lang[] = ['nl', 'en'];
const LENGTHS: readonly TemplateLength[] = ['long', 'short'];

/** Settings a policy may lock. The user's own school and function are never IT's to fix. */
export const LOCKABLE_KEYS: readonly SettingKey[] = SETTING_KEYS.filter((key) => key !== 'user');

type Dict = Record<string, unknown>;

const isDict = (value: unknown): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && [...value].length <= MAX_TEXT ? value : undefined;

const oneOf = <T extends string>(options: readonly T[], value: unknown): T | undefined =>
  options.includes(value as T) ? (value as T) : undefined;

/** A name: a non-empty string, trimmed. */
const name = (value: unknown): string | undefined => {
  const checked = text(value)?.trim();
  return checked ? checked : undefined;
};

function aliases(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names = value.slice(0, MAX_ALIASES).flatMap((alias) => name(alias) ?? []);
  return names.length > 0 ? names : undefined;
}

function organization(value: unknown, allowEmpty: boolean): Organisation['organization'] | undefined {
  if (!isDict(value)) return undefined;
  const orgName = allowEmpty && value.name === '' ? '' : name(value.name);
  if (orgName === undefined) return undefined;
  const orgAliases = aliases(value.aliases);
  return orgAliases ? { name: orgName, aliases: orgAliases } : { name: orgName };
}

function schools(value: unknown): Organisation['schools'] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.slice(0, MAX_NAMES).flatMap((school) => {
    const schoolName = isDict(school) ? name(school.name) : undefined;
    if (!schoolName) return [];
    const schoolAliases = aliases((school as Dict).aliases);
    return [schoolAliases ? { name: schoolName, aliases: schoolAliases } : { name: schoolName }];
  });
}

/** The valid part of a record of `keys`, or undefined when nothing in it is valid. */
function partialRecord<K extends string, V>(
  value: unknown,
  keys: readonly K[],
  read: (leaf: unknown) => V | undefined,
): Partial<Record<K, V>> | undefined {
  if (!isDict(value)) return undefined;
  const result: Partial<Record<K, V>> = {};
  for (const key of keys) {
    const leaf = read(value[key]);
    if (leaf !== undefined) result[key] = leaf;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

const bool = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

const readPlatforms = (value: unknown) => partialRecord<SiteId, boolean>(value, SITE_IDS, bool);

const readLevels = (value: unknown) =>
  partialRecord<CheckId, Level>(value, CHECK_IDS, (leaf) => oneOf(LEVELS, leaf));

const FINDING_TYPES: readonly FindingType[] = [
  'name',
  'email',
  'phone',
  'address',
  'postcode',
  'bsn',
  'iban',
  'birthdate',
  'handle',
  'special',
  'licenseplate',
  'abusive',
];

/** The usable part of a send-check setting: `enabled` and/or a list of known finding types. */
function readSendCheck(value: unknown): Partial<SendCheck> | undefined {
  if (!isDict(value)) return undefined;
  const result: Partial<SendCheck> = {};
  const enabled = bool(value.enabled);
  if (enabled !== undefined) result.enabled = enabled;
  const types = value.types;
  if (Array.isArray(types)) result.types = FINDING_TYPES.filter((type) => types.includes(type));
  return Object.keys(result).length > 0 ? result : undefined;
}

/** The usable templates in `value`: each text on its own, checked with `templateProblem`. */
function readTemplates(value: unknown): PartialTemplates | undefined {
  if (!isDict(value)) return undefined;
  const result: PartialTemplates = {};
  for (const kind of KINDS) {
    for (const lang of LANGS) {
      for (const length of LENGTHS) {
        const byLang = value[kind];
        const byLength = isDict(byLang) ? byLang[lang] : undefined;
        const template = isDict(byLength) ? byLength[length] : undefined;
        if (typeof template !== 'string' || templateProblem(kind, length, template) !== null) continue;
        const kindPart = result[kind] ?? {};
        kindPart[lang] = { ...kindPart[lang], [length]: template };
        result[kind] = kindPart;
      }
    }
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function readUser(value: unknown): Partial<UserSettings> | undefined {
  return partialRecord<keyof UserSettings, string>(value, ['school', 'role', 'name'], text);
}

function readLocked(value: unknown): SettingKey[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return LOCKABLE_KEYS.filter((key) => value.includes(key));
}

/**
 * The usable part of a raw policy (storage.managed, or its cached copy), or null when there is none.
 * Unknown fields and malformed values are dropped one by one; the rest still counts.
 */
export function parsePolicy(raw: unknown): Policy | null {
  if (!isDict(raw)) return null;
  const policy: Policy = {};
  const org = organization(raw.organization, false);
  if (org) policy.organization = org;
  const schoolList = schools(raw.schools);
  if (schoolList) policy.schools = schoolList;
  const language = oneOf(LANGS, raw.language);
  if (language) policy.language = language;
  const templates = readTemplates(raw.templates);
  if (templates) policy.templates = templates;
  const insertPosition = oneOf(['end', 'start'] as const, raw.insertPosition);
  if (insertPosition) policy.insertPosition = insertPosition;
  const platforms = readPlatforms(raw.platforms);
  if (platforms) policy.platforms = platforms;
  const managerContact = text(raw.managerContact)?.trim();
  if (managerContact) policy.managerContact = managerContact;
  const levels = readLevels(raw.levels);
  if (levels) policy.levels = levels;
  const sendCheck = readSendCheck(raw.sendCheck);
  if (sendCheck) policy.sendCheck = sendCheck;
  const locked = readLocked(raw.locked);
  if (locked && locked.length > 0) policy.locked = locked;
  return Object.keys(policy).length > 0 ? policy : null;
}

function overlayTemplates(base: Templates, part: PartialTemplates | undefined): Templates {
  const result = structuredClone(base);
  for (const kind of KINDS) {
    for (const lang of LANGS) {
      for (const length of LENGTHS) {
        const template = part?.[kind]?.[lang]?.[length];
        if (template !== undefined) result[kind][lang][length] = template;
      }
    }
  }
  return result;
}

/** Settings that are complete enough to skip onboarding: an organisation, a school and a function. */
export function isComplete(settings: Settings): boolean {
  return (
    settings.organisation.organization.name.trim() !== '' &&
    settings.user.school.trim() !== '' &&
    settings.user.role.trim() !== ''
  );
}

/**
 * The effective settings. Per setting, from weak to strong: the default, the policy, the user's own
 * choice; for a locked setting the user's choice does not count (the policy's value, or the default
 * when the policy locks a setting without giving it). The organisation is locked as soon as the policy
 * gives `organization` or `schools`; a part the policy leaves out then stays as the user had it.
 * `onboarded` is the stored flag, or settings that are complete anyway.
 */
export function mergePolicy(
  local: Partial<Settings>,
  policy: Policy | null,
  options: { onboarded?: boolean } = {},
): EffectiveSettings {
  const defaults = defaultSettings();
  const own: Partial<Record<SettingKey, unknown>> = isDict(local) ? local : {};
  const school = parsePolicy(policy) ?? {};
  const locked = new Set<SettingKey>(school.locked ?? []);
  if (school.organization || school.schools) locked.add('organisation');
  const mine = (key: SettingKey): unknown => (locked.has(key) ? undefined : own[key]);

  const localOrg = isDict(own.organisation) ? own.organisation : {};
  const organisation: Organisation = {
    organization:
      school.organization ?? organization(localOrg.organization, true) ?? defaults.organisation.organization,
    schools: school.schools ?? schools(localOrg.schools) ?? defaults.organisation.schools,
  };

  const settings: Settings = {
    organisation,
    user: { ...defaults.user, ...readUser(own.user) },
    language: oneOf(LANGS, mine('language')) ?? school.language ?? defaults.language,
    templates: overlayTemplates(
      overlayTemplates(defaults.templates, school.templates),
      readTemplates(mine('templates')),
    ),
    insertPosition:
      oneOf(['end', 'start'] as const, mine('insertPosition')) ??
      school.insertPosition ??
      defaults.insertPosition,
    platforms: { ...defaults.platforms, ...school.platforms, ...readPlatforms(mine('platforms')) },
    managerContact: text(mine('managerContact'))?.trim() ?? school.managerContact ?? defaults.managerContact,
    levels: { ...defaults.levels, ...school.levels, ...readLevels(mine('levels')) },
    sendCheck: { ...defaults.sendCheck, ...school.sendCheck, ...readSendCheck(mine('sendCheck')) },
  };
  return { settings, locked, onboarded: options.onboarded === true || isComplete(settings) };
}
