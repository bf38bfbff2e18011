import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, fillTemplate } from '@/lib/templates';

const values = {
  functie: 'leerkracht groep 6',
  school: 'De Horizon',
  organisatie: 'Stichting Horizon Onderwijs',
};

describe('fillTemplate', () => {
  it('fills the Dutch role disclosure', () => {
    expect(fillTemplate(DEFAULT_TEMPLATES.role.nl.long, values)).toBe(
      'Ik werk als leerkracht groep 6 bij De Horizon (onderdeel van Stichting Horizon Onderwijs).',
    );
  });

  it('capitalises the function at the start of the short X form', () => {
    expect(fillTemplate(DEFAULT_TEMPLATES.role.nl.short, values)).toBe('Leerkracht groep 6 bij De Horizon.');
  });

  it('drops the part about the organisation when none is configured', () => {
    expect(fillTemplate(DEFAULT_TEMPLATES.role.nl.long, { ...values, organisatie: '' })).toBe(
      'Ik werk als leerkracht groep 6 bij De Horizon.',
    );
  });

  it('fills the English disclaimer', () => {
    expect(fillTemplate(DEFAULT_TEMPLATES.disclaimer.en.long, values)).toBe(
      'I post this in a personal capacity; it is not the position of Stichting Horizon Onderwijs.',
    );
  });

  it('keeps the short X texts well under the limit', () => {
    for (const kind of ['role', 'disclaimer'] as const) {
      expect(fillTemplate(DEFAULT_TEMPLATES[kind].nl.short, values).length).toBeLessThan(80);
    }
  });
});
