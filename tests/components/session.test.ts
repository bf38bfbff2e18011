import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComposerSession } from '@/lib/composer/session';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';
import { defineAdapter } from '@/lib/platforms/adapter';
import { sessionDeps } from './fixtures';

function setup() {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.innerHTML = '<p>Hallo</p>';
  document.body.append(editor);
  const { deps, states, view, highlighter } = sessionDeps();
  const checkSpy = vi.mocked(deps.check);
  const composer = {
    editor,
    kind: 'post' as const,
    generic: false,
    adapter: defineAdapter({ site: 'facebook' }),
  };
  const session = new ComposerSession(composer, deps);
  const type = (text: string) => {
    editor.innerHTML = `<p>${text}</p>`;
    editor.dispatchEvent(new Event('input'));
  };
  return { editor, session, deps, view, states, checkSpy, highlighter, type };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('a composer session', () => {
  it('checks once when typing pauses, not on every keystroke', async () => {
    vi.useFakeTimers();
    const { checkSpy, type, states } = setup();
    checkSpy.mockClear();
    type('Bel');
    type('Bel me');
    type('Bel me op 06-12345678');
    await vi.advanceTimersByTimeAsync(200);
    expect(checkSpy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(checkSpy).toHaveBeenCalledTimes(1);
    expect(states.at(-1)?.report?.findings.map((f) => f.type)).toEqual(['phone']);
  });

  it('ignores IME composition until it ends', async () => {
    vi.useFakeTimers();
    const { editor, checkSpy, type } = setup();
    checkSpy.mockClear();
    editor.dispatchEvent(new Event('compositionstart'));
    type('06-1234');
    await vi.advanceTimersByTimeAsync(1000);
    expect(checkSpy).not.toHaveBeenCalled();
    type('06-12345678');
    editor.dispatchEvent(new Event('compositionend'));
    await vi.advanceTimersByTimeAsync(300);
    expect(checkSpy).toHaveBeenCalledTimes(1);
  });

  it('shows "unavailable" instead of throwing when the check fails', () => {
    const { session, deps, states } = setup();
    vi.mocked(deps.check).mockImplementation(() => {
      throw new Error('kapot');
    });
    expect(() => session.runCheck(true)).not.toThrow();
    expect(states.at(-1)?.report).toBeNull();
    expect(deps.report).toHaveBeenCalled();
  });

  it('checks a pasted document in slices, so the page gets its turn in between', async () => {
    vi.useFakeTimers();
    const { editor, session, states } = setup();
    editor.innerHTML = `${'<p>regel over het schoolreisje</p>'.repeat(3000)}<p>Bel 06-12345678</p>`;
    // Every look at the clock finds 5 ms more work done: a slice ends after a few steps.
    let clock = 0;
    vi.spyOn(window.performance, 'now').mockImplementation(() => (clock += 5));
    const before = states.length;
    session.runCheck(true);
    expect(states.length).toBe(before);
    await vi.runAllTimersAsync();
    expect(states.at(-1)?.report?.findings.map((f) => f.type)).toEqual(['phone']);
  });

  it('drops an unfinished check of a long text when the user edits, and checks the new text', async () => {
    vi.useFakeTimers();
    const { editor, session, states, type } = setup();
    editor.innerHTML = `${'<p>regel over het schoolreisje</p>'.repeat(3000)}<p>Bel 06-12345678</p>`;
    let clock = 0;
    vi.spyOn(window.performance, 'now').mockImplementation(() => (clock += 5));
    session.runCheck(true);
    type('Mail sanne@example.nl');
    await vi.runAllTimersAsync();
    const shown = states.map((state) => state.report?.findings.map((f) => f.type).join());
    expect(shown).not.toContain('phone');
    expect(shown.at(-1)).toBe('email');
  });

  it('asks for school and function before inserting the role when they are not set', async () => {
    const { session, states, editor } = setup();
    await session.insert('role');
    expect(states.at(-1)?.setup).toMatchObject({
      kind: 'role',
      schools: EXAMPLE_PROFILE.schools.map((s) => s.name),
    });
    expect(editor.textContent).toBe('Hallo');
  });

  it('removes everything it added when destroyed', async () => {
    vi.useFakeTimers();
    const { session, view, highlighter, type, checkSpy } = setup();
    session.destroy();
    expect(view.destroy).toHaveBeenCalled();
    expect(highlighter.clear).toHaveBeenCalledWith(session);
    checkSpy.mockClear();
    type('Bel me op 06-12345678');
    await vi.advanceTimersByTimeAsync(1000);
    expect(checkSpy).not.toHaveBeenCalled();
  });
});
