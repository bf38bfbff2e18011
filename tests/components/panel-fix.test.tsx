/** Quick fixes: the edits they make (pure) and the panel's buttons. */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/Panel';
import { combinedEdit, editFor, initials } from '@/lib/composer/fixes';
import { check } from '@/lib/detect';
import { EXAMPLE_PROFILE } from '@/lib/detect/profile';
import { panelProps } from './fixtures';

const POST = 'Trots op groep 7! Vragen? Bel Sanne de Vries op 06-12345678.';

function apply(text: string, edit: { start: number; end: number; replacement: string } | null): string {
  if (!edit) return text;
  return text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
}

describe('quick fix edits', () => {
  it('turn a name into initials, tussenvoegsels included', () => {
    expect(initials('Sanne de Vries')).toBe('S.d.V.');
    expect(initials('Jan-Willem Bakker')).toBe('J.B.');
  });

  it('remove a phone number with the space before it, leaving no double space', () => {
    const report = check(POST, EXAMPLE_PROFILE);
    const phone = report.findings.find((f) => f.type === 'phone');
    expect(phone).toBeDefined();
    if (!phone) return;
    expect(apply(POST, editFor(phone, POST))).toBe('Trots op groep 7! Vragen? Bel Sanne de Vries op.');
  });

  it('fix everything in one edit when it is on one line', () => {
    const report = check(POST, EXAMPLE_PROFILE);
    expect(apply(POST, combinedEdit(report.findings, POST))).toBe('Trots op groep 7! Vragen? Bel S.d.V. op.');
  });

  it('leave findings without a quick fix alone', () => {
    const report = check('Mijn collega is een idioot.', EXAMPLE_PROFILE);
    for (const finding of report.findings.filter((f) => f.type === 'abusive'))
      expect(editFor(finding, 'Mijn collega is een idioot.')).toBeNull();
  });
});

describe('quick fix buttons (panel)', () => {
  it('offer initials for a name, removal for a phone number, and "fix all", each labelled', () => {
    const onFix = vi.fn();
    const onFixAll = vi.fn();
    render(<Panel {...panelProps(POST, { onFix, onFixAll })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Vervang door initialen: Sanne de Vries' }));
    expect(onFix.mock.calls[0]?.[0]).toMatchObject({ type: 'name', text: 'Sanne de Vries' });
    fireEvent.click(screen.getByRole('button', { name: 'Verwijder: 06-12345678' }));
    expect(onFix.mock.calls[1]?.[0]).toMatchObject({ type: 'phone' });
    fireEvent.click(screen.getByTestId('postwacht-fix-all'));
    expect(onFixAll).toHaveBeenCalledTimes(1);
  });
});

describe('the permanence line (A4)', () => {
  const props = panelProps(POST);

  it('is there with a high-severity finding, in Dutch and English', () => {
    const { unmount } = render(<Panel {...props} lang="nl" report={check(POST, EXAMPLE_PROFILE)} />);
    expect(screen.getByTestId('postwacht-permanence').textContent).toContain('blijft openbaar');
    unmount();
    render(<Panel {...props} lang="en" report={check(POST, EXAMPLE_PROFILE)} />);
    expect(screen.getByTestId('postwacht-permanence').textContent).toContain('stays public');
  });

  it('is not there without one, nor when personal data is only a note', () => {
    const { unmount } = render(
      <Panel {...props} lang="nl" report={check('Trots op groep 7 van De Regenboog!', EXAMPLE_PROFILE)} />,
    );
    expect(screen.queryByTestId('postwacht-permanence')).toBeNull();
    unmount();
    render(
      <Panel
        {...props}
        lang="nl"
        report={check('Bel me op 06-12345678.', EXAMPLE_PROFILE)}
        levels={{ personalData: 'note' }}
      />,
    );
    expect(screen.queryByTestId('postwacht-permanence')).toBeNull();
  });
});
