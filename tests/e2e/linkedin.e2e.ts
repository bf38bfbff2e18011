import { describe } from 'vitest';
import { composerScenario } from './harness/composer-scenario';

describe('LinkedIn (Quill): share box', () => {
  composerScenario({
    platform: 'linkedin',
    editor: (page) => page.locator('.share-creation-state__text-editor .ql-editor'),
    roleText: 'Ik werk als leerkracht bij De Regenboog (onderdeel van Stichting ProCon).',
    disclaimerText:
      'Dit bericht plaats ik op persoonlijke titel; het is niet het standpunt van Stichting ProCon.',
    post: (page) => page.locator('button.share-actions__primary-action').click(),
    close: (page) => page.getByTestId('fixture-close').click(),
  });
});
