import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LOCKABLE_KEYS, mergePolicy, parsePolicy } from '@/lib/settings';
import type { Policy, Settings } from '@/lib/settings/types';
import { DEFAULT_TEMPLATES } from '@/lib/templates';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

const PROCON: Policy = {
  organization: { name: 'Stichting ProCon', aliases: ['ProCon'] },
  schools: [
    { name: 'De Regenboog' },
    { name: 'Het Kompas' },
    { name: 'De Wilgenhoek' },
    { name: 'Sint Jozefschool' },
    { name: 'Het Baken' },
  ],
  managerContact: 'directie@procon.example',
  locked: ['organisation', 'templates'],
};

const OWN: Partial<Settings> = {
  organisation: { organization: { name: 'Mijn stichting' }, schools: [{ name: 'Mijn school' }] },
  user: { school: 'Het Kompas', role: 'leerkracht groep 5', name: 'Anna' },
  language: 'en',
  managerContact: 'eigen@example.nl',
  templates: (() => {
    const t = structuredClone(DEFAULT_TEMPLATES);
    t.role.nl.long = 'Ik ben {functie} op {school}.';
    return t;
  })(),
};

describe('mergePolicy', () => {
  it('without a policy: the user’s settings over the defaults, nothing locked', () => {
    const { settings, locked } = mergePolicy(OWN, null);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...OWN });
    expect(locked.size).toBe(0);
  });

  it('with nothing at all: the defaults', () => {
    expect(mergePolicy({}, null).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('locks the organisation and the listed settings; locked values are the policy’s (or the default)', () => {
    const { settings, locked } = mergePolicy(OWN, PROCON);
    expect([...locked].sort()).toEqual(['organisation', 'templates']);
    expect(settings.organisation).toEqual({
      organization: PROCON.organization,
      schools: PROCON.schools,
    });
    // Locked without a value of its own: the standard texts, not the user's.
    expect(settings.templates).toEqual(DEFAULT_TEMPLATES);
  });

  it('a setting the policy sets without locking is the school’s default: the user’s own choice wins', () => {
    expect(mergePolicy({}, PROCON).settings.managerContact).toBe('directie@procon.example');
    expect(mergePolicy(OWN, PROCON).settings.managerContact).toBe('eigen@example.nl');
    expect(mergePolicy({}, { language: 'en' }).settings.language).toBe('en');
    expect(mergePolicy({ language: 'nl' }, { language: 'en' }).settings.language).toBe('nl');
  });

  it('a locked setting with a value: the policy wins over the user', () => {
    const { settings, locked } = mergePolicy(OWN, { language: 'nl', locked: ['language'] });
    expect(settings.language).toBe('nl');
    expect(locked.has('language')).toBe(true);
  });

  it('always locks the organisation when the policy gives organization or schools', () => {
    expect(mergePolicy(OWN, { organization: { name: 'Stichting ProCon' } }).locked.has('organisation')).toBe(
      true,
    );
    const onlySchools = mergePolicy(OWN, { schools: [{ name: 'Het Baken' }] });
    expect(onlySchools.locked.has('organisation')).toBe(true);
    // The part the policy leaves out stays as the user had it.
    expect(onlySchools.settings.organisation).toEqual({
      organization: { name: 'Mijn stichting' },
      schools: [{ name: 'Het Baken' }],
    });
    expect(mergePolicy(OWN, { managerContact: 'x@y.nl' }).locked.size).toBe(0);
  });

  it('merges nested settings leaf by leaf: one platform, one level, one template', () => {
    const policy = {
      platforms: { x: false },
      levels: { decency: 'note' },
      templates: { disclaimer: { nl: { short: 'Privé, niet namens {organisatie}.' } } },
      locked: ['platforms', 'levels', 'templates'],
    } as Policy;
    const { settings } = mergePolicy(
      { platforms: { ...DEFAULT_SETTINGS.platforms, facebook: false } },
      policy,
    );
    // Locked: the policy's leaves over the defaults; the user's facebook=false does not count.
    expect(settings.platforms).toEqual({ facebook: true, x: false, linkedin: true, whatsapp: true });
    expect(settings.levels).toEqual({ ...DEFAULT_SETTINGS.levels, decency: 'note' });
    expect(settings.templates.disclaimer.nl.short).toBe('Privé, niet namens {organisatie}.');
    expect(settings.templates.role).toEqual(DEFAULT_TEMPLATES.role);
  });

  it('never lets a policy lock the user’s own school and function', () => {
    const { locked, settings } = mergePolicy(OWN, { locked: ['user', 'organisation'] } as Policy);
    expect(locked.has('user')).toBe(false);
    expect(settings.user).toEqual(OWN.user);
  });

  it('ignores unknown and malformed policy fields, one by one, and never throws', () => {
    const malformed = {
      organization: { name: 42 },
      schools: [{ name: 'Het Baken' }, { name: '' }, 'De Wilgenhoek', null, { naam: 'x' }],
      language: 'de',
      templates: { role: { nl: { long: 'Geen plaatshouders' } }, disclaimer: 'nope' },
      insertPosition: 'middle',
      platforms: { x: 'no', myspace: false, linkedin: false },
      managerContact: ['a@b.nl'],
      levels: { decency: 'loud', special: 'off', bogus: 'warn' },
      locked: ['language', 'nonsense', 7],
      somethingElse: { deep: true },
    };
    const { settings, locked } = mergePolicy({}, malformed as unknown as Policy);
    expect(settings.organisation).toEqual({ organization: { name: '' }, schools: [{ name: 'Het Baken' }] });
    expect(settings.language).toBe('nl');
    expect(settings.templates).toEqual(DEFAULT_TEMPLATES);
    expect(settings.insertPosition).toBe('end');
    expect(settings.platforms).toEqual({ facebook: true, x: true, linkedin: false, whatsapp: true });
    expect(settings.managerContact).toBe('');
    expect(settings.levels).toEqual({ ...DEFAULT_SETTINGS.levels, special: 'off' });
    expect([...locked].sort()).toEqual(['language', 'organisation']);
  });

  it.each([
    null,
    undefined,
    42,
    'policy',
    [],
    [{ organization: { name: 'x' } }],
    { locked: 'organisation' },
    { organization: null, schools: 'De Regenboog' },
  ])('treats %j as no policy at all', (policy) => {
    const { settings, locked } = mergePolicy(OWN, policy as unknown as Policy);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...OWN });
    expect(locked.size).toBe(0);
  });

  it('survives malformed local values too (an older or hand-edited store)', () => {
    const local = {
      organisation: 'ProCon',
      user: { school: 7, role: 'leerkracht' },
      language: 'fr',
      templates: null,
      platforms: [],
      levels: { personalData: 'off' },
    } as unknown as Partial<Settings>;
    const { settings } = mergePolicy(local, null);
    expect(settings.organisation).toEqual(DEFAULT_SETTINGS.organisation);
    expect(settings.user).toEqual({ school: '', role: 'leerkracht', name: '' });
    expect(settings.language).toBe('nl');
    expect(settings.templates).toEqual(DEFAULT_TEMPLATES);
    expect(settings.platforms).toEqual(DEFAULT_SETTINGS.platforms);
    expect(settings.levels.personalData).toBe('off');
  });

  it('does not apply a template with a problem; the next layer’s text stays', () => {
    const templates = structuredClone(DEFAULT_TEMPLATES);
    templates.role.nl.long = 'Ik werk op school.'; // names neither {school} nor {functie}
    templates.disclaimer.en.short = 'x'.repeat(101);
    const { settings } = mergePolicy({ templates }, null);
    expect(settings.templates).toEqual(DEFAULT_TEMPLATES);
  });

  it('is onboarded by the stored flag, or by complete settings', () => {
    expect(mergePolicy({}, PROCON).onboarded).toBe(false);
    expect(mergePolicy({}, PROCON, { onboarded: true }).onboarded).toBe(true);
    expect(
      mergePolicy({ user: { school: 'Het Baken', role: 'leerkracht', name: '' } }, PROCON).onboarded,
    ).toBe(true);
    expect(mergePolicy({ user: { school: 'Het Baken', role: 'leerkracht', name: '' } }, null).onboarded).toBe(
      false,
    );
  });

  it('returns fresh objects: changing the result changes neither the defaults nor the input', () => {
    const { settings } = mergePolicy(OWN, PROCON);
    settings.templates.role.nl.long = 'changed';
    settings.organisation.schools.push({ name: 'extra' });
    settings.levels.decency = 'off';
    expect(DEFAULT_SETTINGS.templates.role.nl.long).toBe(DEFAULT_TEMPLATES.role.nl.long);
    expect(DEFAULT_SETTINGS.levels.decency).toBe('warn');
    expect(PROCON.schools).toHaveLength(5);
    expect(mergePolicy(OWN, PROCON).settings.templates.role.nl.long).toBe(DEFAULT_TEMPLATES.role.nl.long);
  });
});

describe('parsePolicy', () => {
  it('keeps a valid policy as it is', () => {
    expect(parsePolicy(PROCON)).toEqual(PROCON);
  });

  it('trims names and drops empty aliases', () => {
    expect(
      parsePolicy({ organization: { name: '  Stichting ProCon ', aliases: ['ProCon', '', 3] } }),
    ).toEqual({ organization: { name: 'Stichting ProCon', aliases: ['ProCon'] } });
  });

  it('is null for anything without a usable field', () => {
    expect(parsePolicy({})).toBeNull();
    expect(parsePolicy({ unknown: 1 })).toBeNull();
    expect(parsePolicy('{"organization":{"name":"x"}}')).toBeNull();
  });
});

describe('the managed storage schema (public/managed_schema.json)', () => {
  type Schema = { type: string; properties?: Record<string, Schema>; items?: Schema; enum?: string[] };
  const schema = JSON.parse(read('public/managed_schema.json')) as Schema & Record<string, unknown>;

  it('has the shape Chrome demands: a top-level object without additionalProperties', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
  });

  it('declares exactly the fields parsePolicy reads', () => {
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(
      [
        'organization',
        'schools',
        'language',
        'templates',
        'insertPosition',
        'platforms',
        'managerContact',
        'levels',
        'sendCheck',
        'locked',
      ].sort(),
    );
    expect(Object.keys(schema.properties?.platforms?.properties ?? {}).sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS.platforms).sort(),
    );
    expect(Object.keys(schema.properties?.levels?.properties ?? {}).sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS.levels).sort(),
    );
    expect(schema.properties?.locked?.items?.enum?.slice().sort()).toEqual([...LOCKABLE_KEYS].sort());
  });

  it('accepts the README’s ProCon example as parsePolicy reads it', () => {
    const readme = read('README.md');
    const example = readme.match(/<!-- policy-example -->\s*```json\n([\s\S]*?)```/)?.[1];
    expect(example, 'README has the policy example').toBeTruthy();
    expect(parsePolicy(JSON.parse(example ?? '{}'))).toEqual(JSON.parse(example ?? '{}'));
  });
});

describe('the fixed extension ID', () => {
  it('follows from the manifest key, and README and e2e test name the same ID', () => {
    const key = read('wxt.config.ts').match(/const EXTENSION_KEY =\s*'([A-Za-z0-9+/=]+)'/)?.[1];
    expect(key).toBeTruthy();
    const hex = createHash('sha256')
      .update(Buffer.from(key ?? '', 'base64'))
      .digest('hex')
      .slice(0, 32);
    const id = [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
    expect(id).toBe('bajanlninhjgjlphmecofelbdnpmeico');
    expect(read('README.md')).toContain(id);
    expect(read('tests/e2e/harness/policy.ts')).toContain(`'${id}'`);
  });
});
