/** Photo/video consent (A5): the panel's reminder, and the session watching the composer for media. */
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/Panel';
import { ComposerSession } from '@/lib/composer/session';
import { defineAdapter } from '@/lib/platforms/adapter';
import { panelProps, sessionDeps } from './fixtures';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const base = panelProps('Mooie sportdag!');

describe('the consent reminder (panel)', () => {
  it('asks for written consent (parents for pupils under 16) with one labelled button', () => {
    const onConsentConfirm = vi.fn();
    render(<Panel {...base} lang="nl" consent="needed" onConsentConfirm={onConsentConfirm} />);
    const reminder = screen.getByTestId('postwacht-consent');
    expect(reminder.textContent).toContain('schriftelijke toestemming');
    expect(reminder.textContent).toContain('16');
    expect(screen.getByTestId('postwacht-panel').dataset.state).toBe('attention');
    fireEvent.click(screen.getByRole('button', { name: 'Ik heb toestemming' }));
    expect(onConsentConfirm).toHaveBeenCalledTimes(1);
  });

  it('is gone once confirmed, and speaks English', () => {
    const { unmount } = render(<Panel {...base} lang="en" consent="needed" />);
    expect(screen.getByRole('button', { name: 'I have consent' })).toBeTruthy();
    unmount();
    render(<Panel {...base} lang="en" consent="confirmed" />);
    expect(screen.queryByTestId('postwacht-consent')).toBeNull();
  });
});

describe('the consent reminder (session)', () => {
  it('appears when a photo is attached, is confirmed once, and goes with the photo', async () => {
    vi.useFakeTimers();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.dataset.lexicalEditor = 'true';
    dialog.append(editor);
    document.body.append(dialog);
    const { deps, states } = sessionDeps();
    const adapter = defineAdapter({ site: 'facebook' });
    const session = new ComposerSession({ editor, kind: 'post', generic: false, adapter }, deps);
    expect(states.at(-1)?.consent).toBeNull();
    const photo = document.createElement('img');
    photo.src = 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>';
    dialog.append(photo);
    await vi.advanceTimersByTimeAsync(10);
    expect(states.at(-1)?.consent).toBe('needed');
    session.confirmConsent();
    expect(states.at(-1)?.consent).toBe('confirmed');
    photo.remove();
    await vi.advanceTimersByTimeAsync(10);
    expect(states.at(-1)?.consent).toBeNull();
    session.destroy();
  });
});
