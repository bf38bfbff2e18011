import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/popup/App';

describe('popup', () => {
  it('says in Dutch what Postwacht does and links to the settings', () => {
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Postwacht' })).toBeTruthy();
    expect(screen.getByTestId('postwacht-popup-about').textContent).toContain(
      'Facebook, X, LinkedIn en WhatsApp Web',
    );
    const link = screen.getByRole('link', { name: 'Instellingen' });
    expect(link.getAttribute('href')).toMatch(/options\.html$/);
  });
});
