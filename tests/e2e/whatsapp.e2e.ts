import { describe } from 'vitest';
import { composerScenario } from './harness/composer-scenario';

describe('WhatsApp Web (Lexical): message box', () => {
  composerScenario({
    platform: 'whatsapp',
    editor: (page) => page.locator('footer [data-lexical-editor="true"]'),
    roleText: 'Ik werk als leerkracht bij De Regenboog (onderdeel van Stichting ProCon).',
    disclaimerText:
      'Dit bericht plaats ik op persoonlijke titel; het is niet het standpunt van Stichting ProCon.',
    post: (page) => page.locator('button[aria-label="Verzenden"]').click(),
  });
});
