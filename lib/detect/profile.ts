import type { Organisation, Profile } from './types';

/**
 * A fictional school board used by the rules' examples and tests. It is deliberately not the board of
 * the shared corpus: the rules must work for any organisation that is configured.
 */
export const EXAMPLE_PROFILE: Profile = {
  organization: { name: 'Stichting Horizon Onderwijs', aliases: ['SHO'] },
  schools: [
    { name: 'De Horizon' },
    { name: 'Het Anker', aliases: ['Ankerschool'] },
    { name: 'Sint Willibrordschool' },
    { name: 'De Vlinderhof' },
  ],
  user: { school: 'De Horizon', role: 'leerkracht' },
};

/** Why an organisation file is unusable, or undefined when it has the expected shape. */
export function organisationProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'expected a JSON object';
  const org = value as Partial<Organisation>;
  if (typeof org.organization?.name !== 'string' || org.organization.name.trim() === '') {
    return 'missing "organization.name"';
  }
  if (org.organization.aliases !== undefined && !isStringList(org.organization.aliases)) {
    return '"organization.aliases" must be a list of names';
  }
  if (!Array.isArray(org.schools)) return 'missing "schools" (a list)';
  for (const [i, school] of org.schools.entries()) {
    if (typeof school?.name !== 'string' || school.name.trim() === '')
      return `"schools[${i}].name" is missing`;
    if (school.aliases !== undefined && !isStringList(school.aliases)) {
      return `"schools[${i}].aliases" must be a list of names`;
    }
  }
  return undefined;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

const namesByProfile = new WeakMap<Organisation, readonly string[]>();

/** Every name and alias of the organisation and its schools (once per profile object, not per check). */
export function profileNames(profile: Organisation): readonly string[] {
  let names = namesByProfile.get(profile);
  if (!names) {
    const { organization, schools } = profile;
    names = [organization, ...schools].flatMap((entity) => [entity.name, ...(entity.aliases ?? [])]);
    namesByProfile.set(profile, names);
  }
  return names;
}
