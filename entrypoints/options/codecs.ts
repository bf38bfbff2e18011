/** How each setting is shown in the form, read back from it, and checked before it is saved. */
import type { SchoolForm } from '@/components/fields';
import type { SettingKey, Settings } from '@/components/useSettings';
import type { Organisation } from '@/lib/detect/types';
import type { MessageKey } from '@/lib/i18n';
import { templateProblem } from '@/lib/settings';
import type { UserSettings } from '@/lib/settings/types';
import type { InsertKind, TemplateLength, Templates } from '@/lib/templates';
import type { Codec, Problems } from './autosave';

export interface OrganisationForm {
  name: string;
  aliases: string;
  schools: SchoolForm[];
}

/** "ProCon, Stichting ProCon" → ['ProCon', 'Stichting ProCon']. */
export function splitAliases(text: string): string[] {
  return text
    .split(',')
    .map((alias) => alias.trim())
    .filter(Boolean);
}

export const organisationCodec: Codec<'organisation', OrganisationForm> = {
  toForm: (org) => ({
    name: org.organization.name,
    aliases: (org.organization.aliases ?? []).join(', '),
    schools: org.schools.map((school) => ({ name: school.name, aliases: (school.aliases ?? []).join(', ') })),
  }),
  toValue(form): Organisation {
    const aliases = splitAliases(form.aliases);
    return {
      organization: { name: form.name.trim(), ...(aliases.length > 0 ? { aliases } : {}) },
      // A row whose name is still empty is not a school yet.
      schools: form.schools
        .filter((school) => school.name.trim() !== '')
        .map((school) => {
          const schoolAliases = splitAliases(school.aliases);
          return {
            name: school.name.trim(),
            ...(schoolAliases.length > 0 ? { aliases: schoolAliases } : {}),
          };
        }),
    };
  },
  validate: () => ({}),
};

export const userCodec: Codec<'user', UserSettings> = {
  toForm: (user) => ({ ...user }),
  toValue: (form) => ({ school: form.school.trim(), role: form.role.trim(), name: form.name.trim() }),
  validate(form) {
    const problems: Problems = {};
    if (!form.school.trim()) problems.school = 'optionsSchoolMissing';
    if (!form.role.trim()) problems.role = 'optionsRoleMissing';
    return problems;
  },
};

export const TEMPLATE_KINDS: InsertKind[] = ['role', 'disclaimer'];
export const TEMPLATE_LENGTHS: TemplateLength[] = ['long', 'short'];

const TEMPLATE_PROBLEMS: Record<NonNullable<ReturnType<typeof templateProblem>>, MessageKey> = {
  empty: 'optionsTemplateEmpty',
  tooLong: 'optionsTemplateTooLong',
  missingSchool: 'optionsTemplateMissingSchool',
  missingRole: 'optionsTemplateMissingRole',
  missingOrganisation: 'optionsTemplateMissingOrganisation',
};

export function templateField(kind: InsertKind, lang: string, length: TemplateLength): string {
  return `${kind}.${lang}.${length}`;
}

export const templatesCodec: Codec<'templates', Templates> = {
  toForm: (templates) => structuredClone(templates),
  toValue: (form) => structuredClone(form),
  validate(form) {
    const problems: Problems = {};
    for (const kind of TEMPLATE_KINDS) {
      for (const lang of ['nl', 'en'] as const) {
        for (const length of TEMPLATE_LENGTHS) {
          const problem = templateProblem(kind, length, form[kind][lang][length]);
          if (problem) problems[templateField(kind, lang, length)] = TEMPLATE_PROBLEMS[problem];
        }
      }
    }
    return problems;
  },
};

/** A plain address check: something@something.tld, no spaces. Empty is allowed (no contact). */
export function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text);
}

export const managerCodec: Codec<'managerContact', string> = {
  toForm: (value) => value,
  toValue: (form) => form.trim(),
  validate(form): Problems {
    return form.trim() === '' || isEmail(form.trim()) ? {} : { email: 'optionsEmailInvalid' };
  },
};

/** For settings that are chosen, not typed: the form is the value. */
export function plainCodec<K extends SettingKey>(): Codec<K, Settings[K]> {
  return { toForm: (value) => value, toValue: (form) => form, validate: () => ({}) };
}
