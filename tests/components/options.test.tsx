import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/options/App';
import { isEmail, splitAliases } from '@/entrypoints/options/codecs';
import { completeOnboarding, DEFAULT_SETTINGS, loadEffectiveSettings, saveSetting } from '@/lib/settings';
import { policyItem } from '@/lib/settings/storage';

const PROCON = {
  organization: { name: 'Stichting ProCon', aliases: ['ProCon'] },
  schools: [{ name: 'De Regenboog' }, { name: 'Het Kompas' }],
};

const SLOW = { timeout: 3000 };

async function onboarded() {
  await saveSetting('organisation', PROCON);
  await saveSetting('user', { school: 'De Regenboog', role: 'leerkracht', name: '' });
  await completeOnboarding();
}

const stored = async () => (await loadEffectiveSettings()).settings;
const type = (element: HTMLElement, value: string) => fireEvent.input(element, { target: { value } });

describe('options: onboarding', () => {
  it('asks organisation, school and function on first run, then shows all settings', async () => {
    render(<App />);
    const onboarding = await screen.findByTestId('postwacht-onboarding');
    expect(within(onboarding).getByRole('heading', { name: 'Welkom bij Postwacht' })).toBeTruthy();

    type(screen.getByLabelText(/Naam van je organisatie/), 'Stichting ProCon');
    fireEvent.click(screen.getByRole('button', { name: 'School toevoegen' }));
    type(screen.getByLabelText('Naam van school 1'), 'De Regenboog');
    fireEvent.click(screen.getByRole('button', { name: 'School toevoegen' }));
    type(screen.getByLabelText('Naam van school 2'), 'Het Kompas');

    // The school is picked from the schools just typed.
    const school = screen.getByTestId('postwacht-option-school') as HTMLSelectElement;
    expect(school.tagName).toBe('SELECT');
    expect([...school.options].map((o) => o.value)).toEqual(['', 'De Regenboog', 'Het Kompas']);
    fireEvent.change(school, { target: { value: 'Het Kompas' } });
    type(screen.getByTestId('postwacht-option-role'), 'leerkracht groep 6');
    fireEvent.click(screen.getByTestId('postwacht-onboarding-done'));

    await screen.findByTestId('postwacht-onboarding-complete');
    expect(screen.queryByTestId('postwacht-onboarding')).toBeNull();
    const effective = await loadEffectiveSettings();
    expect(effective.onboarded).toBe(true);
    expect(effective.settings.organisation).toEqual({
      organization: { name: 'Stichting ProCon' },
      schools: [{ name: 'De Regenboog' }, { name: 'Het Kompas' }],
    });
    expect(effective.settings.user).toEqual({ school: 'Het Kompas', role: 'leerkracht groep 6', name: '' });
  });

  it('does not finish without a school and a function, and says what is missing', async () => {
    render(<App />);
    await screen.findByTestId('postwacht-onboarding');
    fireEvent.click(screen.getByTestId('postwacht-onboarding-done'));
    await screen.findByText(/Kies of typ je school/);
    expect(screen.getByText(/Vul je functie in/)).toBeTruthy();
    expect(screen.getByTestId('postwacht-option-school').getAttribute('aria-invalid')).toBe('true');
    expect((await loadEffectiveSettings()).onboarded).toBe(false);
    expect(screen.getByTestId('postwacht-onboarding')).toBeTruthy();
  });

  it('takes a typed school when the organisation lists none', async () => {
    render(<App />);
    await screen.findByTestId('postwacht-onboarding');
    const school = screen.getByTestId('postwacht-option-school');
    expect(school.tagName).toBe('INPUT');
    type(school, 'OBS De Horizon');
    type(screen.getByTestId('postwacht-option-role'), 'intern begeleider');
    fireEvent.click(screen.getByTestId('postwacht-onboarding-done'));
    await screen.findByTestId('postwacht-onboarding-complete');
    expect((await stored()).user).toEqual({ school: 'OBS De Horizon', role: 'intern begeleider', name: '' });
  });

  it('shows the organisation the school set as locked and only asks school and function', async () => {
    await policyItem.setValue({ organization: { name: 'Stichting ProCon' }, schools: PROCON.schools });
    render(<App />);
    const step = await screen.findByTestId('postwacht-onboarding-organisation');
    expect(within(step).getByTestId('postwacht-onboarding-organisation-name').textContent).toBe(
      'Stichting ProCon',
    );
    expect(within(step).getByTestId('postwacht-locked-organisation').textContent).toBe(
      'ingesteld door je school',
    );
    expect(within(step).queryByRole('textbox')).toBeNull();
    fireEvent.change(screen.getByTestId('postwacht-option-school'), { target: { value: 'De Regenboog' } });
    type(screen.getByTestId('postwacht-option-role'), 'conciërge');
    fireEvent.click(screen.getByTestId('postwacht-onboarding-done'));
    await screen.findByTestId('postwacht-onboarding-complete');
    expect((await loadEffectiveSettings()).onboarded).toBe(true);
  });
});

describe('options: settings', () => {
  it('shows every setting with a label, in Dutch', async () => {
    await onboarded();
    render(<App />);
    await screen.findByRole('heading', { name: 'Postwacht: instellingen' });
    const school = (await screen.findByTestId('postwacht-option-school')) as HTMLSelectElement;
    expect(school.value).toBe('De Regenboog');
    expect(screen.getByLabelText('Je school')).toBe(school);
    expect(screen.getByLabelText('Je functie')).toBe(screen.getByTestId('postwacht-option-role'));
    for (const id of [
      'postwacht-option-name',
      'postwacht-option-organisation',
      'postwacht-option-organisation-aliases',
      'postwacht-option-school-name-1',
      'postwacht-option-school-aliases-1',
      'postwacht-option-language-nl',
      'postwacht-option-template-role-nl-long',
      'postwacht-option-template-role-nl-short',
      'postwacht-option-template-disclaimer-nl-long',
      'postwacht-option-template-disclaimer-nl-short',
      'postwacht-option-insert-end',
      'postwacht-option-platform-whatsapp',
      'postwacht-option-manager',
      'postwacht-option-level-decency',
      'postwacht-option-send-check',
      'postwacht-option-send-check-bsn',
    ]) {
      const control = screen.getByTestId(id) as HTMLInputElement;
      // Every control has an accessible name from a visible label.
      expect(control.labels?.length ?? 0, id).toBeGreaterThan(0);
    }
    expect((screen.getByTestId('postwacht-option-organisation-aliases') as HTMLInputElement).value).toBe(
      'ProCon',
    );
  });

  it('saves a changed function after a pause in typing, without a save button, and says so', async () => {
    await onboarded();
    render(<App />);
    const role = await screen.findByTestId('postwacht-option-role');
    type(role, 'leerkracht groep 8');
    await waitFor(
      () => expect(screen.getByTestId('postwacht-options-status').textContent).toBe('Opgeslagen'),
      SLOW,
    );
    expect((await stored()).user.role).toBe('leerkracht groep 8');
    expect(screen.queryByRole('button', { name: /opslaan/i })).toBeNull();
  });

  it('saves at once when a field loses focus', async () => {
    await onboarded();
    render(<App />);
    const name = await screen.findByTestId('postwacht-option-name');
    type(name, 'Sanne');
    fireEvent.blur(name);
    await waitFor(async () => expect((await stored()).user.name).toBe('Sanne'), { timeout: 400 });
  });

  it('saves a choice at once', async () => {
    await onboarded();
    render(<App />);
    fireEvent.change(await screen.findByTestId('postwacht-option-level-decency'), {
      target: { value: 'note' },
    });
    await waitFor(async () => expect((await stored()).levels.decency).toBe('note'));
    fireEvent.click(screen.getByTestId('postwacht-option-platform-x'));
    await waitFor(async () => expect((await stored()).platforms.x).toBe(false));
    fireEvent.click(screen.getByTestId('postwacht-option-insert-start'));
    await waitFor(async () => expect((await stored()).insertPosition).toBe('start'));
  });

  it('turns the check before posting off and on, and picks what holds a post up', async () => {
    await onboarded();
    render(<App />);
    const phone = (await screen.findByTestId('postwacht-option-send-check-phone')) as HTMLInputElement;
    const name = screen.getByTestId('postwacht-option-send-check-name') as HTMLInputElement;
    // By default the high-risk data holds a post up, a name does not.
    expect([phone.checked, name.checked]).toEqual([true, false]);
    fireEvent.click(name);
    fireEvent.click(phone);
    await waitFor(async () => expect((await stored()).sendCheck.types).toContain('name'));
    expect((await stored()).sendCheck.types).not.toContain('phone');
    fireEvent.click(screen.getByTestId('postwacht-option-send-check'));
    await waitFor(async () => expect((await stored()).sendCheck.enabled).toBe(false));
    // Off: the kinds stay as they were, but cannot be changed until it is on again.
    expect((screen.getByTestId('postwacht-option-send-check-bsn') as HTMLInputElement).disabled).toBe(true);
  });

  it('shows a live preview of each inserted text', async () => {
    await onboarded();
    render(<App />);
    const preview = await screen.findByTestId('postwacht-preview-role-nl-long');
    expect(preview.textContent).toBe(
      'Ik werk als leerkracht bij De Regenboog (onderdeel van Stichting ProCon).',
    );
    type(screen.getByTestId('postwacht-option-template-role-nl-long'), 'Ik ben {functie} op {school}.');
    expect(preview.textContent).toBe('Ik ben leerkracht op De Regenboog.');
    type(screen.getByTestId('postwacht-option-role'), 'directeur');
    expect(preview.textContent).toBe('Ik ben directeur op De Regenboog.');
    expect(screen.getByTestId('postwacht-preview-disclaimer-nl-short').textContent).toBe(
      'Persoonlijke mening, niet namens Stichting ProCon.',
    );
    await waitFor(
      async () => expect((await stored()).templates.role.nl.long).toBe('Ik ben {functie} op {school}.'),
      SLOW,
    );
  });

  it('edits the English texts too', async () => {
    await onboarded();
    render(<App />);
    fireEvent.click(await screen.findByTestId('postwacht-option-template-language-en'));
    const preview = await screen.findByTestId('postwacht-preview-disclaimer-en-long');
    expect(preview.textContent).toBe(
      'I post this in a personal capacity; it is not the position of Stichting ProCon.',
    );
  });

  it('does not save a role text without {school}, and says why in Dutch', async () => {
    await onboarded();
    render(<App />);
    const template = await screen.findByTestId('postwacht-option-template-role-nl-long');
    type(template, 'Ik werk als {functie}.');
    expect(screen.getByTestId('postwacht-option-template-role-nl-long-error').textContent).toBe(
      'Deze tekst moet je school noemen: zet {school} erin.',
    );
    expect(template.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('postwacht-options-status').textContent).toContain('Niet opgeslagen');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect((await stored()).templates.role.nl.long).toBe(DEFAULT_SETTINGS.templates.role.nl.long);
    // The standard text comes back with one button, and is saved.
    fireEvent.click(screen.getByTestId('postwacht-option-template-reset-role-nl-long'));
    expect((template as HTMLTextAreaElement).value).toBe(DEFAULT_SETTINGS.templates.role.nl.long);
    expect(screen.queryByTestId('postwacht-option-template-role-nl-long-error')).toBeNull();
  });

  it('does not save empty or over-long texts', async () => {
    await onboarded();
    render(<App />);
    const short = await screen.findByTestId('postwacht-option-template-disclaimer-nl-short');
    type(short, '   ');
    expect(screen.getByTestId('postwacht-option-template-disclaimer-nl-short-error').textContent).toMatch(
      /leeg/,
    );
    type(short, `Niet namens {organisatie}. ${'x'.repeat(120)}`);
    expect(screen.getByTestId('postwacht-option-template-disclaimer-nl-short-error').textContent).toMatch(
      /te lang/,
    );
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect((await stored()).templates.disclaimer.nl.short).toBe(
      DEFAULT_SETTINGS.templates.disclaimer.nl.short,
    );
  });

  it('checks the manager e-mail address', async () => {
    await onboarded();
    render(<App />);
    const email = await screen.findByTestId('postwacht-option-manager');
    type(email, 'directie@');
    fireEvent.blur(email);
    expect(screen.getByTestId('postwacht-option-manager-error').textContent).toContain(
      'Dit is geen geldig e-mailadres',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await stored()).managerContact).toBe('');
    type(email, 'directie@regenboog.nl');
    fireEvent.blur(email);
    await waitFor(async () => expect((await stored()).managerContact).toBe('directie@regenboog.nl'));
    expect(screen.queryByTestId('postwacht-option-manager-error')).toBeNull();
  });

  it('edits the schools and their other names', async () => {
    await onboarded();
    render(<App />);
    await screen.findByTestId('postwacht-option-school-name-1');
    type(screen.getByTestId('postwacht-option-school-aliases-1'), 'Regenboog, OBS De Regenboog,');
    fireEvent.click(screen.getByTestId('postwacht-option-remove-school-2'));
    await waitFor(async () =>
      expect((await stored()).organisation.schools).toEqual([
        { name: 'De Regenboog', aliases: ['Regenboog', 'OBS De Regenboog'] },
      ]),
    );
    // What the user typed stays as typed (the trailing comma too).
    expect((screen.getByTestId('postwacht-option-school-aliases-1') as HTMLInputElement).value).toBe(
      'Regenboog, OBS De Regenboog,',
    );
    // Focus stays in the list for keyboard users.
    expect(document.activeElement).toBe(screen.getByTestId('postwacht-option-school-name-1'));
  });

  it('switches the page to English when the user picks English', async () => {
    await onboarded();
    render(<App />);
    fireEvent.click(await screen.findByTestId('postwacht-option-language-en'));
    await screen.findByRole('heading', { name: 'Postwacht: settings' }, SLOW);
    expect((await stored()).language).toBe('en');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('disables what the school locked and says "ingesteld door je school"', async () => {
    await onboarded();
    await policyItem.setValue({
      organization: { name: 'Stichting ProCon' },
      schools: PROCON.schools,
      managerContact: 'directie@procon.nl',
      locked: ['managerContact', 'templates', 'sendCheck'],
    });
    render(<App />);
    const manager = (await screen.findByTestId('postwacht-option-manager')) as HTMLInputElement;
    expect(manager.disabled).toBe(true);
    expect(manager.value).toBe('directie@procon.nl');
    expect((screen.getByTestId('postwacht-option-organisation') as HTMLInputElement).disabled).toBe(true);
    expect(
      (screen.getByTestId('postwacht-option-template-role-nl-long') as HTMLTextAreaElement).disabled,
    ).toBe(true);
    expect((screen.getByTestId('postwacht-option-send-check') as HTMLInputElement).disabled).toBe(true);
    for (const key of ['organisation', 'managerContact', 'templates', 'sendCheck']) {
      expect(screen.getByTestId(`postwacht-locked-${key}`).textContent).toBe('ingesteld door je school');
    }
    // What is not locked stays editable.
    expect((screen.getByTestId('postwacht-option-role') as HTMLInputElement).disabled).toBe(false);
    expect(screen.queryByTestId('postwacht-locked-user')).toBeNull();
    expect(screen.queryByTestId('postwacht-option-add-school')).toBeNull();
  });

  it('follows changes made elsewhere (the in-page setup, another tab)', async () => {
    await onboarded();
    render(<App />);
    const role = (await screen.findByTestId('postwacht-option-role')) as HTMLInputElement;
    await saveSetting('user', { school: 'Het Kompas', role: 'gymdocent', name: '' });
    await waitFor(() => expect(role.value).toBe('gymdocent'));
    expect((screen.getByTestId('postwacht-option-school') as HTMLSelectElement).value).toBe('Het Kompas');
  });
});

describe('options: helpers', () => {
  it('reads other names separated by commas', () => {
    expect(splitAliases(' ProCon, , Stichting ProCon ,')).toEqual(['ProCon', 'Stichting ProCon']);
  });

  it('knows an e-mail address', () => {
    expect(isEmail('directie@regenboog.nl')).toBe(true);
    expect(isEmail('a.b@school.procon.nl')).toBe(true);
    for (const wrong of ['directie', 'directie@', '@school.nl', 'a@b', 'a b@school.nl', 'a@school..nl']) {
      expect(isEmail(wrong), wrong).toBe(false);
    }
  });
});
