/**
 * Check before posting: the panel's confirmation, and the session holding the site's send button and
 * shortcut only while findings of the configured types remain.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/Panel';
import { ComposerSession } from '@/lib/composer/session';
import { check } from '@/lib/detect';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';
import { defineAdapter } from '@/lib/platforms/adapter';
import type { Settings } from '@/lib/settings/types';
import { panelProps, sessionDeps } from './fixtures';

const RISKY = 'Bel me op 06-12345678 als er iets is.';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the confirmation before posting (panel)', () => {
  function renderConfirm(lang: 'nl' | 'en') {
    const report = check(RISKY, EXAMPLE_PROFILE);
    const props = panelProps(RISKY, {
      lang,
      report,
      sendConfirm: { findings: report.findings.filter((f) => f.type === 'phone') },
      onSendAnyway: vi.fn(),
      onSendBack: vi.fn(),
    });
    render(<Panel {...props} />);
    return props;
  }

  it('is an alert dialog that names what remains, with "Terug" and "Toch plaatsen"', () => {
    const props = renderConfirm('nl');
    const dialog = screen.getByTestId('postwacht-send-confirm');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.getAttribute('aria-labelledby')).toBeTruthy();
    expect(dialog.textContent).toContain('06-12345678');
    expect(dialog.textContent).toContain('Toch plaatsen?');
    fireEvent.click(screen.getByRole('button', { name: 'Terug' }));
    expect(props.onSendBack).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Toch plaatsen' }));
    expect(props.onSendAnyway).toHaveBeenCalledTimes(1);
  });

  it('speaks English when the language is English', () => {
    renderConfirm('en');
    expect(screen.getByRole('button', { name: 'Back' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Post anyway' })).toBeTruthy();
  });
});

describe('check before posting (session)', () => {
  function setup(change: Partial<Settings> = {}) {
    const footer = document.createElement('footer');
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    const send = document.createElement('button');
    send.setAttribute('aria-label', 'Verzenden');
    footer.append(editor, send);
    document.body.append(footer);
    const sent: string[] = [];
    // The site: the button posts, Enter in the editor posts.
    send.addEventListener('click', () => sent.push(editor.textContent ?? ''));
    editor.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) send.click();
    });
    const { deps, states, view } = sessionDeps(change);
    const adapter = defineAdapter({ site: 'whatsapp' });
    const session = new ComposerSession({ editor, kind: 'message', generic: false, adapter }, deps);
    const write = (text: string) => {
      editor.textContent = text;
    };
    return { editor, send, sent, states, view, session, write };
  }

  it('holds the send button while a phone number remains; "Toch plaatsen" posts it through the same button', () => {
    const { send, sent, states, view, session, write } = setup();
    write(RISKY);
    send.click();
    expect(sent).toEqual([]);
    expect(states.at(-1)?.sendConfirm?.findings.map((f) => f.type)).toEqual(['phone']);
    expect(view.focus).toHaveBeenCalledWith('send-back');
    session.sendAnyway();
    expect(sent).toEqual([RISKY]);
    expect(states.at(-1)?.sendConfirm).toBeNull();
    session.destroy();
  });

  it('holds Enter; "Terug" leaves the draft untouched and focuses it', () => {
    const { editor, sent, states, session, write } = setup();
    write(RISKY);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    editor.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(sent).toEqual([]);
    session.sendBack();
    expect(states.at(-1)?.sendConfirm).toBeNull();
    expect(editor.textContent).toBe(RISKY);
    expect(document.activeElement).toBe(editor);
    expect(sent).toEqual([]);
    session.destroy();
  });

  it('replays Enter after "Toch plaatsen"', () => {
    const { editor, sent, session, write } = setup();
    write(RISKY);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    session.sendAnyway();
    expect(sent).toEqual([RISKY]);
    session.destroy();
  });

  it('does not touch the event with nothing to report, or with the check switched off', () => {
    const clean = setup();
    clean.write('Fijne vakantie allemaal!');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    clean.send.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(clean.sent).toEqual(['Fijne vakantie allemaal!']);
    clean.session.destroy();
    document.body.innerHTML = '';

    const off = setup({ sendCheck: { enabled: false, types: ['phone'] } });
    off.write(RISKY);
    off.send.click();
    expect(off.sent).toEqual([RISKY]);
    expect(off.states.every((s) => s.sendConfirm === null)).toBe(true);
    off.session.destroy();
  });

  it('only holds for the configured types', () => {
    const { send, sent, session, write } = setup({ sendCheck: { enabled: true, types: ['bsn'] } });
    write(RISKY);
    send.click();
    expect(sent).toEqual([RISKY]);
    session.destroy();
  });
});
