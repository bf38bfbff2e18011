import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/Panel';
import { ComposerSession, type PanelState } from '@/lib/composer/session';
import { check } from '@/lib/detect';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';
import { defineAdapter } from '@/lib/platforms/adapter';
import { insertIntoEditor } from '@/lib/platforms/insert';
import { defaultSettings } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/types';
import { sessionDeps } from './fixtures';

vi.mock('@/lib/platforms/insert', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/insert')>()),
  insertIntoEditor: vi.fn(async () => 'inserted' as const),
}));

/** A post that names the school (role and disclaimer reminders) and gives a phone number. */
const POST = 'Morgen sportdag op De Horizon, bel me op 06-12345678.';

function setup(change: (settings: Settings) => void = () => {}) {
  const settings: Settings = {
    ...defaultSettings(),
    organisation: EXAMPLE_PROFILE,
    user: { school: 'De Horizon', role: 'leerkracht', name: '' },
  };
  change(settings);
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.innerHTML = `<p>${POST}</p>`;
  document.body.append(editor);
  const { deps, states, highlighter } = sessionDeps({}, { settings: () => settings });
  const composer = {
    editor,
    kind: 'post' as const,
    generic: false,
    adapter: defineAdapter({ site: 'facebook' }),
  };
  const session = new ComposerSession(composer, deps);
  const last = () => states.at(-1) as PanelState;
  return { session, last, highlighter, settings };
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.mocked(insertIntoEditor).mockClear();
});

describe('a composer session with settings', () => {
  it('shows everything at the default levels, and highlights the findings', () => {
    const { last, highlighter } = setup();
    expect(last().report?.findings.map((f) => f.type)).toContain('phone');
    expect(last().report?.reminders.map((r) => r.id)).toEqual(['role-disclosure', 'opinion-disclaimer']);
    expect(highlighter.paint.mock.calls.at(-1)?.[1]).not.toHaveLength(0);
  });

  it('leaves out the checks that are off', () => {
    const { last, highlighter } = setup((s) => {
      s.levels.personalData = 'off';
      s.levels.roleReminder = 'off';
    });
    expect(last().report?.findings.map((f) => f.type)).not.toContain('phone');
    expect(last().report?.reminders.map((r) => r.id)).toEqual(['opinion-disclaimer']);
    expect(highlighter.paint.mock.calls.at(-1)?.[1]).toEqual([]);
  });

  it('keeps notes in the panel but not in the editor', () => {
    const { last, highlighter } = setup((s) => {
      s.levels.personalData = 'note';
    });
    expect(last().report?.findings.map((f) => f.type)).toContain('phone');
    expect(last().levels.personalData).toBe('note');
    expect(highlighter.paint.mock.calls.at(-1)?.[1]).toEqual([]);
  });

  it('inserts the templates from the settings, where the settings say', async () => {
    const { session } = setup((s) => {
      s.templates.role.nl.long = 'Ik ben {functie} op {school}.';
      s.insertPosition = 'start';
    });
    expect(session.textFor('role')).toBe('Ik ben leerkracht op De Horizon.');
    await session.insert('role');
    expect(insertIntoEditor).toHaveBeenCalledWith(
      expect.anything(),
      'Ik ben leerkracht op De Horizon.',
      expect.objectContaining({ where: 'start' }),
    );
  });

  it('offers the schools of the effective settings when it asks for school and function', async () => {
    const { session, last } = setup((s) => {
      s.user = { school: '', role: '', name: '' };
    });
    await session.insert('role');
    expect(last().setup?.schools).toEqual(EXAMPLE_PROFILE.schools.map((school) => school.name));
  });
});

describe('the panel with levels', () => {
  it('lists notes quietly and counts only warnings in its mark', () => {
    const report = check(POST, EXAMPLE_PROFILE);
    const warnings = report.findings.filter((f) => f.type !== 'phone').length + report.reminders.length;
    render(
      <Panel
        lang="nl"
        report={report}
        levels={{ personalData: 'note' }}
        expanded
        onToggle={() => {}}
        onInsert={() => {}}
        setup={null}
        onSetupSave={() => {}}
        onSetupCancel={() => {}}
        notice={null}
        busy={false}
      />,
    );
    const phone = screen.getAllByTestId('postwacht-finding').find((f) => f.dataset.type === 'phone');
    expect(phone?.dataset.level).toBe('note');
    expect(phone?.className).toContain('pw-finding--note');
    expect(screen.getByTestId('postwacht-reminder-role').dataset.level).toBe('warn');
    const mark = screen.getByTestId('postwacht-panel').querySelector('.pw-mark');
    expect(mark?.textContent).toBe(String(warnings));
  });
});
