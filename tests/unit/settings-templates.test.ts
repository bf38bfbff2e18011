import { describe, expect, it } from 'vitest';
import { TEMPLATE_MAX_LENGTH, templateProblem } from '@/lib/settings';
import { DEFAULT_TEMPLATES, type InsertKind, type TemplateLength } from '@/lib/templates';

describe('templateProblem', () => {
  it('accepts every default template', () => {
    for (const kind of ['role', 'disclaimer'] as InsertKind[]) {
      for (const lang of ['nl', 'en'] as const) {
        for (const length of ['long', 'short'] as TemplateLength[]) {
          expect(templateProblem(kind, length, DEFAULT_TEMPLATES[kind][lang][length])).toBeNull();
        }
      }
    }
  });

  it('rejects an empty or blank template', () => {
    expect(templateProblem('role', 'long', '')).toBe('empty');
    expect(templateProblem('disclaimer', 'short', '   \n')).toBe('empty');
  });

  it('allows 300 characters for long and 100 for short texts, counted as characters', () => {
    const role = (n: number) => `{functie} {school} ${'a'.repeat(n - 19)}`;
    expect(TEMPLATE_MAX_LENGTH).toEqual({ long: 300, short: 100 });
    expect(templateProblem('role', 'long', role(300))).toBeNull();
    expect(templateProblem('role', 'long', role(301))).toBe('tooLong');
    expect(templateProblem('role', 'short', role(100))).toBeNull();
    expect(templateProblem('role', 'short', role(101))).toBe('tooLong');
    // An emoji is one character to a reader (and to X), though two UTF-16 units.
    expect(templateProblem('disclaimer', 'short', `{organisatie} ${'🙂'.repeat(86)}`)).toBeNull();
  });

  it('requires the role disclosure to name the school and the function', () => {
    expect(templateProblem('role', 'long', 'Ik werk als {functie}.')).toBe('missingSchool');
    expect(templateProblem('role', 'long', 'Ik werk op {school}.')).toBe('missingRole');
    expect(templateProblem('role', 'short', '{Functie} bij {school}.')).toBeNull();
    expect(templateProblem('role', 'short', '{role} at {school}.')).toBeNull();
    expect(templateProblem('role', 'long', 'Ik werk als {functie} bij {School}.')).toBe('missingSchool');
  });

  it('requires the disclaimer to name the organisation', () => {
    expect(templateProblem('disclaimer', 'long', 'Dit is mijn eigen mening.')).toBe('missingOrganisation');
    expect(templateProblem('disclaimer', 'long', 'Niet namens {organisatie}.')).toBeNull();
    expect(templateProblem('disclaimer', 'long', 'Not on behalf of {organisation}.')).toBeNull();
  });
});
