import { describe } from 'vitest';
import { composerScenario } from './harness/composer-scenario';

describe('Facebook (Lexical): post composer dialog', () => {
  composerScenario({
    platform: 'facebook',
    editor: (page) => page.locator('div[role="dialog"] [data-lexical-editor="true"]'),
    roleText: 'Ik werk als leerkracht bij De Regenboog (onderdeel van Stichting ProCon).',
    disclaimerText:
      'Dit bericht plaats ik op persoonlijke titel; het is niet het standpunt van Stichting ProCon.',
    post: (page) => page.locator('div[role="button"][aria-label="Plaatsen"]').click(),
    close: (page) => page.getByTestId('fixture-close').click(),
  });
});
