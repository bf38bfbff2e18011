/**
 * The shape of Postwacht's settings and of a school's IT policy. Only configuration: never post text.
 */
import type { FindingType, Lang, Organisation } from '../detect/types';
import type { SiteId } from '../platforms/sites';
import type { InsertKind, TemplateLength, Templates } from '../templates';

export interface UserSettings {
  /** The user's own school (one of the organisation's schools, or typed). */
  school: string;
  /** The user's function, as it should appear in the role disclosure ("leerkracht groep 6"). */
  role: string;
  /** Optional: the user's own name, never flagged as personal data in their posts. */
  name: string;
}

/** How strongly a group of checks speaks up: not at all, as a quiet note, or as a warning. */
export type Level = 'off' | 'note' | 'warn';

/** The checks a user or IT can tune. */
export type CheckId = 'personalData' | 'special' | 'decency' | 'roleReminder' | 'disclaimerReminder';

export interface Settings {
  organisation: Organisation;
  user: UserSettings;
  language: Lang;
  templates: Templates;
  /** Where inserted texts go. */
  insertPosition: 'end' | 'start';
  /** Which sites Postwacht is active on. */
  platforms: Record<SiteId, boolean>;
  /** The manager's e-mail address for "in doubt, ask" (B3/B4). */
  managerContact: string;
  levels: Record<CheckId, Level>;
  /** Check before posting: ask once more when findings of these types remain at the moment of posting. */
  sendCheck: SendCheck;
}

export interface SendCheck {
  enabled: boolean;
  /** The finding types that hold up a post (the high-severity ones by default). */
  types: FindingType[];
}

export type SettingKey = keyof Settings;

/** Templates as a policy may give them: any subset of the eight texts. */
export type PartialTemplates = Partial<
  Record<InsertKind, Partial<Record<Lang, Partial<Record<TemplateLength, string>>>>>
>;

/**
 * A school-wide policy (storage.managed): the organisation file's shape (`organization`, `schools`) plus
 * any of the settings, and the settings staff may not change. Nested settings may be given in part
 * (one template, one platform, one level); what a policy leaves out keeps its default.
 *
 * A setting the policy sets but does not lock is the school's default: staff may change it. A locked
 * setting is the policy's value (or the default, when the policy locks without setting it).
 */
export interface Policy {
  organization?: Organisation['organization'];
  schools?: Organisation['schools'];
  language?: Lang;
  templates?: PartialTemplates;
  insertPosition?: Settings['insertPosition'];
  platforms?: Partial<Settings['platforms']>;
  managerContact?: string;
  levels?: Partial<Settings['levels']>;
  sendCheck?: Partial<SendCheck>;
  /** Settings staff may not change. The organisation is always locked when the policy sets it. */
  locked?: SettingKey[];
}

/** What every part of the extension reads: settings after the policy, and which ones IT locked. */
export interface EffectiveSettings {
  settings: Settings;
  locked: ReadonlySet<SettingKey>;
  /** The user finished onboarding (or the policy set everything onboarding asks). */
  onboarded: boolean;
}
