/**
 * The texts Postwacht inserts: the role disclosure (B2/C3) and the personal-opinion disclaimer (C4),
 * in Dutch and English, long and short (X). Placeholders: {functie}/{role}, {school}, {organisatie}/{organisation}.
 */
import type { Lang } from './detect/types';

export type InsertKind = 'role' | 'disclaimer';
export type TemplateLength = 'long' | 'short';

export type Templates = Record<InsertKind, Record<Lang, Record<TemplateLength, string>>>;

export const DEFAULT_TEMPLATES: Templates = {
  role: {
    nl: {
      long: 'Ik werk als {functie} bij {school} (onderdeel van {organisatie}).',
      short: '{Functie} bij {school}.',
    },
    en: {
      long: 'I work as {functie} at {school} (part of {organisatie}).',
      short: '{Functie} at {school}.',
    },
  },
  disclaimer: {
    nl: {
      long: 'Dit bericht plaats ik op persoonlijke titel; het is niet het standpunt van {organisatie}.',
      short: 'Persoonlijke mening, niet namens {organisatie}.',
    },
    en: {
      long: 'I post this in a personal capacity; it is not the position of {organisatie}.',
      short: 'Personal opinion, not on behalf of {organisatie}.',
    },
  },
};

export interface TemplateValues {
  functie: string;
  school: string;
  organisatie: string;
}

/** The placeholders each kind of text needs before it can be inserted. */
export const REQUIRED_VALUES: Record<InsertKind, Array<keyof TemplateValues>> = {
  role: ['functie', 'school'],
  disclaimer: ['organisatie'],
};

const PLACEHOLDER = /\{(functie|Functie|role|Role|school|organisatie|organisation)\}/g;

/**
 * Fills a template. A parenthesised part whose placeholder is empty is dropped ("(onderdeel van {organisatie})"
 * when no organisation is set), as is an empty placeholder's surrounding space.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  const withoutEmptyParts = template.replace(/\s*\([^()]*\{(\w+)\}[^()]*\)/g, (part, name: string) =>
    placeholderValue(name, values) ? part : '',
  );
  return withoutEmptyParts
    .replace(PLACEHOLDER, (_match, name: string) => {
      const value = placeholderValue(name, values);
      return /^[A-Z]/.test(name) ? value.charAt(0).toUpperCase() + value.slice(1) : value;
    })
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function placeholderValue(name: string, values: TemplateValues): string {
  const key = name.toLowerCase();
  if (key === 'functie' || key === 'role') return values.functie.trim();
  if (key === 'school') return values.school.trim();
  return values.organisatie.trim();
}
