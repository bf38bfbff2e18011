import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Panel, type PanelProps } from '@/components/Panel';
import { panelProps } from './fixtures';

function renderPanel(text: string, overrides: Partial<PanelProps> = {}) {
  const props = panelProps(text, overrides);
  render(<Panel {...props} />);
  return props;
}

describe('the in-page panel', () => {
  it('is calm when all is well: a status mark, no list and no buttons', () => {
    renderPanel('Heerlijk gewandeld vandaag.');
    const panel = screen.getByTestId('postwacht-panel');
    expect(panel.dataset.state).toBe('clear');
    expect(screen.getByRole('status').textContent).toBe('Postwacht: geen opmerkingen');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('lists each finding with its type, text, article and position', () => {
    const text = 'Bel me op 06-12345678 als er iets is.';
    renderPanel(text);
    const finding = screen.getAllByTestId('postwacht-finding').find((f) => f.dataset.type === 'phone');
    expect(finding?.dataset).toMatchObject({
      rule: expect.any(String),
      article: 'A2',
      start: '10',
      end: '21',
    });
    expect(finding?.textContent).toContain('Telefoonnummer');
    expect(finding?.textContent).toContain('06-12345678');
  });

  it('shows each reminder with an insert button that keeps the editor focused', () => {
    const props = renderPanel('Vandaag met mijn klas naar de kinderboerderij geweest! #DeHorizon');
    const role = screen.getByTestId('postwacht-insert-role');
    expect(screen.getByTestId('postwacht-reminder-role')).toBeTruthy();
    expect(screen.getByTestId('postwacht-reminder-disclaimer')).toBeTruthy();
    // A default mousedown would move focus out of the editor and lose the caret.
    expect(fireEvent.mouseDown(role)).toBe(false);
    fireEvent.click(role);
    expect(props.onInsert).toHaveBeenCalledWith('role');
    fireEvent.click(screen.getByTestId('postwacht-insert-disclaimer'));
    expect(props.onInsert).toHaveBeenCalledWith('disclaimer');
  });

  it('asks for school and function in place, and insists on both', () => {
    const props = renderPanel('Vandaag met mijn klas naar de kinderboerderij geweest! #DeHorizon', {
      setup: { kind: 'role', schools: ['De Horizon', 'Het Anker'], school: '', role: '' },
    });
    fireEvent.click(screen.getByTestId('postwacht-setup-save'));
    expect(screen.getByRole('alert').textContent).toBe('Vul je school en je functie in.');
    expect(props.onSetupSave).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('postwacht-setup-school'), { target: { value: 'Het Anker' } });
    fireEvent.input(screen.getByTestId('postwacht-setup-role'), { target: { value: 'leerkracht groep 4' } });
    fireEvent.click(screen.getByTestId('postwacht-setup-save'));
    expect(props.onSetupSave).toHaveBeenCalledWith('Het Anker', 'leerkracht groep 4');
  });

  it('says the check is unavailable when it failed, without touching anything', () => {
    renderPanel('', { report: null });
    expect(screen.getByTestId('postwacht-panel').dataset.state).toBe('unavailable');
    expect(screen.getByRole('status').textContent).toContain('niet beschikbaar');
  });

  it('speaks English when the user chose English', () => {
    renderPanel('Call me on 06-12345678', { lang: 'en' });
    expect(screen.getByRole('status').textContent).toMatch(/^Postwacht: \d+ notes?$/);
  });
});
