/** "In doubt, ask" (B3/B4): a mail to the configured contact; the draft only when the user ticks it. */
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/Panel';
import { ComposerSession } from '@/lib/composer/session';
import { defineAdapter } from '@/lib/platforms/adapter';
import { panelProps, sessionDeps } from './fixtures';

const DRAFT = 'Bel Sanne de Vries op 06-12345678.';

afterEach(() => {
  document.body.innerHTML = '';
});

function session(managerContact: string) {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.innerHTML = `<p>${DRAFT}</p>`;
  document.body.append(editor);
  const { deps } = sessionDeps({ managerContact });
  return new ComposerSession(
    { editor, kind: 'post', generic: false, adapter: defineAdapter({ site: 'facebook' }) },
    deps,
  );
}

describe('the mail to the manager (session)', () => {
  it('has a neutral subject and leaves the draft out unless asked', () => {
    const s = session('directie@procon.example');
    const plain = new URL(s.mailto(false) ?? '');
    expect(plain.protocol).toBe('mailto:');
    expect(plain.pathname).toBe('directie@procon.example');
    expect(plain.searchParams.get('subject')).toBe('Vraag over een bericht op Facebook');
    expect(s.mailto(false)).not.toContain('12345678');
    expect(decodeURIComponent(s.mailto(true) ?? '')).toContain(DRAFT);
    s.destroy();
  });

  it('is not offered without a contact', () => {
    const s = session('');
    expect(s.mailto(false)).toBeNull();
    s.destroy();
  });
});

describe('the "in doubt" action (panel)', () => {
  it('is a link to the mail, with an unticked box to include the draft', () => {
    const mailtoFor = vi.fn(
      (include: boolean) => `mailto:directie@procon.example?subject=x${include ? '&body=draft' : ''}`,
    );
    render(<Panel {...panelProps(DRAFT, { contact: 'directie@procon.example', mailtoFor })} />);
    const link = screen.getByRole('link', { name: 'Twijfel? Vraag het je leidinggevende' });
    expect(link.getAttribute('href')).not.toContain('body=draft');
    const box = screen.getByRole('checkbox', { name: 'Mijn concepttekst meesturen' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(screen.getByTestId('postwacht-ask').getAttribute('href')).toContain('body=draft');
  });
});
