/** Shared set-up for component tests: panel props and a composer session with fake surroundings. */
import { vi } from 'vitest';
import type { PanelProps } from '@/components/Panel';
import type { PanelState, PanelView, SessionDeps } from '@/lib/composer/session';
import { check } from '@/lib/detect';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';
import { defaultSettings } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/types';

/** Props for a panel showing the check of `text` (example board), with spies for every action. */
export function panelProps(text: string, overrides: Partial<PanelProps> = {}): PanelProps {
  return {
    lang: 'nl',
    report: check(text, EXAMPLE_PROFILE),
    expanded: true,
    onToggle: vi.fn(),
    onInsert: vi.fn(),
    setup: null,
    onSetupSave: vi.fn(),
    onSetupCancel: vi.fn(),
    notice: null,
    busy: false,
    ...overrides,
  };
}

/**
 * What a session needs, faked: settings for the example board (plus `settings`), a view that records
 * every rendered state, spies for the rest.
 */
export function sessionDeps(settings: Partial<Settings> = {}, overrides: Partial<SessionDeps> = {}) {
  const states: PanelState[] = [];
  const view = {
    render: vi.fn((state: PanelState) => {
      states.push(state);
    }),
    place: vi.fn(),
    focus: vi.fn(),
    destroy: vi.fn(),
  } satisfies PanelView;
  const highlighter = { paint: vi.fn(), clear: vi.fn() };
  const deps: SessionDeps = {
    settings: () => ({ ...defaultSettings(), organisation: EXAMPLE_PROFILE, ...settings }),
    profile: () => EXAMPLE_PROFILE,
    saveUser: vi.fn(async () => {}),
    check: vi.fn(check),
    createView: () => view,
    highlighter,
    report: vi.fn(),
    copyToClipboard: vi.fn(async () => true),
    win: window as Window & typeof globalThis,
    debounceMs: 250,
    ...overrides,
  };
  return { deps, states, view, highlighter };
}
