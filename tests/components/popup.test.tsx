import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, tabFromQuery } from '@/entrypoints/popup/App';
import { check } from '@/lib/detect';
import type { ComposerStatus, InsertResult, Request } from '@/lib/messages';
import { completeOnboarding, saveSetting } from '@/lib/settings';

const PROCON = {
  organization: { name: 'Stichting ProCon', aliases: ['ProCon'] },
  schools: [{ name: 'De Regenboog' }, { name: 'Het Kompas' }],
};

const STATUS: ComposerStatus = {
  site: 'facebook',
  active: true,
  counts: { name: 2, phone: 1 },
  reminders: { role: true, disclaimer: false },
  unavailable: false,
};

/** The active tab's content script, as the popup sees it through tabs.sendMessage. */
function fakeContentScript(status: ComposerStatus | Error, insert: InsertResult = 'inserted') {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tabId: number,
    message: Request,
  ) => {
    if (status instanceof Error) throw status;
    return message.type === 'postwacht:status' ? status : insert;
  }) as unknown as typeof fakeBrowser.tabs.sendMessage);
}

/** The active tab as tabs.query gives it; without the `tabs` permission the url may be missing. */
function activeTab(id: number, url?: string) {
  const tab = { id, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
  return vi
    .spyOn(fakeBrowser.tabs, 'query')
    .mockImplementation((async () => [tab]) as unknown as typeof fakeBrowser.tabs.query);
}

async function onboard() {
  await saveSetting('organisation', PROCON);
  await saveSetting('user', { school: 'De Regenboog', role: 'leerkracht', name: '' });
  await completeOnboarding();
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('popup', () => {
  it('says in Dutch what Postwacht does and links to the settings', async () => {
    fakeContentScript(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<App search="" />);
    expect(screen.getByRole('heading', { name: 'Postwacht' })).toBeTruthy();
    expect(screen.getByTestId('postwacht-popup-about').textContent).toContain(
      'Facebook, X, LinkedIn en WhatsApp Web',
    );
    const link = screen.getByRole('link', { name: 'Instellingen' });
    expect(link.getAttribute('href')).toMatch(/options\.html$/);
  });

  it('takes the tab from ?tab= and rejects anything that is not a tab id', () => {
    expect(tabFromQuery('?tab=42')).toBe(42);
    expect(tabFromQuery('')).toBeNull();
    expect(tabFromQuery('?tab=abc')).toBeNull();
    expect(tabFromQuery('?tab=-1')).toBeNull();
  });

  it('says where Postwacht works when the tab has no content script', async () => {
    const send = fakeContentScript(new Error('Receiving end does not exist.'));
    render(<App search="?tab=3" />);
    const status = screen.getByTestId('postwacht-popup-status');
    await waitFor(() => expect(status.dataset.state).toBe('unsupported'));
    expect(status.textContent).toContain('Postwacht werkt op Facebook, X, LinkedIn en WhatsApp Web');
    expect(send).toHaveBeenCalledWith(3, { type: 'postwacht:status' });
    expect(screen.queryByTestId('postwacht-insert-role')).toBeNull();
  });

  it('knows an unsupported site from its url without asking it anything', async () => {
    const send = fakeContentScript(STATUS);
    activeTab(4, 'https://www.example.org/');
    render(<App search="" />);
    await waitFor(() =>
      expect(screen.getByTestId('postwacht-popup-status').dataset.state).toBe('unsupported'),
    );
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the active tab when no tab is given', async () => {
    const send = fakeContentScript(STATUS);
    const query = activeTab(5, 'https://www.facebook.com/groups/123');
    render(<App search="" />);
    await waitFor(() => expect(screen.getByTestId('postwacht-popup-status').dataset.state).toBe('active'));
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(5, { type: 'postwacht:status' });
  });

  it('asks the active tab even when its url is hidden (no tabs permission)', async () => {
    const send = fakeContentScript(STATUS);
    activeTab(8);
    render(<App search="" />);
    await waitFor(() => expect(screen.getByTestId('postwacht-popup-status').dataset.state).toBe('active'));
    expect(send).toHaveBeenCalledWith(8, { type: 'postwacht:status' });
  });

  it('asks to reload one of the four sites when its content script does not answer', async () => {
    fakeContentScript(new Error('Receiving end does not exist.'));
    activeTab(6, 'https://x.com/home');
    render(<App search="" />);
    const status = screen.getByTestId('postwacht-popup-status');
    await waitFor(() => expect(status.dataset.state).toBe('unreachable'));
    expect(status.textContent).toContain(
      'Dit is X, maar Postwacht is hier nog niet actief. Herlaad de pagina.',
    );
  });

  it('shows the composer status: counts by type in Dutch and the open reminders', async () => {
    await onboard();
    fakeContentScript(STATUS);
    render(<App search="?tab=7" />);
    const status = screen.getByTestId('postwacht-popup-status');
    await waitFor(() => expect(status.dataset.state).toBe('active'));
    expect(status.textContent).toContain('Postwacht kijkt mee op Facebook.');
    const counts = within(screen.getByTestId('postwacht-popup-counts')).getAllByRole('listitem');
    expect(counts.map((li) => li.textContent)).toEqual(['Naam: 2', 'Telefoonnummer: 1']);
    expect(counts.map((li) => li.dataset.count)).toEqual(['2', '1']);
    const reminders = within(screen.getByTestId('postwacht-popup-reminders')).getAllByRole('listitem');
    expect(reminders.map((li) => li.textContent)).toEqual(['Noem je functie en school']);
    expect(screen.queryByTestId('postwacht-popup-setup')).toBeNull();
  });

  it('says all is well for an active composer without findings, and when no composer is active yet', async () => {
    fakeContentScript({ ...STATUS, counts: {}, reminders: { role: false, disclaimer: false } });
    render(<App search="?tab=7" />);
    await waitFor(() =>
      expect(screen.getByTestId('postwacht-popup-clear').textContent).toBe(
        'Geen opmerkingen over je bericht.',
      ),
    );
  });

  it('says when a site is switched off in the settings', async () => {
    await saveSetting('platforms', { facebook: false, x: true, linkedin: true, whatsapp: true });
    fakeContentScript(STATUS);
    render(<App search="?tab=7" />);
    await waitFor(() => expect(screen.getByTestId('postwacht-popup-status').dataset.state).toBe('off'));
    expect(screen.getByTestId('postwacht-popup-status').textContent).toContain(
      'Postwacht staat uit voor Facebook',
    );
  });

  it('inserts into that composer and says what happened', async () => {
    const send = fakeContentScript(STATUS, 'inserted');
    render(<App search="?tab=7" />);
    const button = await screen.findByTestId('postwacht-insert-role');
    fireEvent.click(button);
    const result = screen.getByTestId('postwacht-popup-insert-result');
    await waitFor(() => expect(result.dataset.result).toBe('inserted'));
    expect(result.textContent).toBe('Ingevoegd in je bericht.');
    expect(send).toHaveBeenCalledWith(7, { type: 'postwacht:insert', kind: 'role' });
    fireEvent.click(screen.getByTestId('postwacht-insert-disclaimer'));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith(7, { type: 'postwacht:insert', kind: 'disclaimer' }),
    );
  });

  it.each([
    ['setup-needed', 'Het paneel naast je bericht vraagt erom'],
    ['too-long', 'Dit past niet meer in je bericht'],
    ['copied', 'De tekst staat op je klembord'],
    ['failed', 'Invoegen lukte niet'],
    ['no-composer', 'Klik eerst in het bericht'],
  ] as const)('explains the insert result %s in words', async (outcome, words) => {
    fakeContentScript(STATUS, outcome);
    render(<App search="?tab=7" />);
    fireEvent.click(await screen.findByTestId('postwacht-insert-disclaimer'));
    await waitFor(() =>
      expect(screen.getByTestId('postwacht-popup-insert-result').textContent).toContain(words),
    );
  });

  it('asks to finish the setup before onboarding', async () => {
    fakeContentScript(STATUS);
    render(<App search="?tab=7" />);
    const callout = await screen.findByTestId('postwacht-popup-setup');
    expect(within(callout).getByRole('link').getAttribute('href')).toMatch(/options\.html$/);
  });

  it('checks a pasted text, lists the findings and marks them in a read-only copy of the text', async () => {
    await onboard();
    fakeContentScript(new Error('no content script'));
    const text = 'Bel <b>Sanne de Vries</b> op 06-12345678 over De Regenboog.';
    const expected = check(text, {
      ...PROCON,
      user: { school: 'De Regenboog', role: 'leerkracht', name: '' },
    });
    render(<App search="" />);
    const input = screen.getByLabelText(/Plak of typ een tekst/);
    fireEvent.input(input, { target: { value: text } });
    const findings = await screen.findByTestId('postwacht-popup-check-findings');
    const items = within(findings).getAllByRole('listitem');
    expect(items.map((li) => li.dataset.type)).toEqual(expected.findings.map((f) => f.type));
    expect(findings.textContent).toContain('Telefoonnummer');
    const preview = screen.getByTestId('postwacht-popup-check-preview');
    // The text is shown as text: the <b> the user pasted is not an element.
    expect(preview.textContent).toBe(text);
    expect(preview.querySelector('b')).toBeNull();
    const marks = [...preview.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toContain('06-12345678');
    expect(marks.map((m) => m.dataset.type)).toContain('phone');
    expect(screen.getByTestId('postwacht-popup-check-summary').textContent).toMatch(/opmerking/);
  });

  it('says when a checked text has nothing to report', async () => {
    fakeContentScript(new Error('no content script'));
    render(<App search="" />);
    fireEvent.input(screen.getByLabelText(/Plak of typ een tekst/), {
      target: { value: 'Heerlijk gewandeld vandaag.' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('postwacht-popup-check-summary').textContent).toBe(
        'Geen opmerkingen over deze tekst.',
      ),
    );
    expect(screen.queryByTestId('postwacht-popup-check-preview')).toBeNull();
  });

  it('leaves out the checks that are switched off', async () => {
    await saveSetting('levels', {
      personalData: 'off',
      special: 'warn',
      decency: 'warn',
      roleReminder: 'off',
      disclaimerReminder: 'off',
    });
    fakeContentScript(new Error('no content script'));
    render(<App search="" />);
    fireEvent.input(screen.getByLabelText(/Plak of typ een tekst/), {
      target: { value: 'Bel me op 06-12345678.' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('postwacht-popup-check-summary').textContent).toBe(
        'Geen opmerkingen over deze tekst.',
      ),
    );
  });

  it('summarises the protocol and links to the full text in the extension', () => {
    fakeContentScript(new Error('no content script'));
    render(<App search="" />);
    const summary = screen.getByTestId('postwacht-protocol-summary');
    const articles = [...summary.querySelectorAll<HTMLElement>('[data-article]')].map(
      (a) => a.dataset.article,
    );
    expect(articles).toEqual(['A2', 'A4', 'A5', 'A6', 'A7', 'B2', 'B3/B4', 'C1', 'C2', 'C3', 'C4']);
    expect(summary.textContent).toContain('persoonsgegevens');
    expect(screen.getByTestId('postwacht-protocol-link').getAttribute('href')).toMatch(/protocol\.html$/);
  });

  it('speaks English when the user chose English', async () => {
    await saveSetting('language', 'en');
    fakeContentScript(STATUS);
    render(<App search="?tab=7" />);
    await screen.findByText('Found in your post');
    expect(screen.getByRole('link', { name: 'Settings' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });
});
