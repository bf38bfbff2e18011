import { describe } from 'vitest';
import { composerScenario } from './harness/composer-scenario';

describe('X (Draft.js): post composer, short texts', () => {
  composerScenario({
    platform: 'x',
    editor: (page) => page.getByTestId('tweetTextarea_0'),
    roleText: 'Leerkracht bij De Regenboog.',
    disclaimerText: 'Persoonlijke mening, niet namens Stichting ProCon.',
    post: (page) => page.getByTestId('tweetButtonInline').click(),
  });
});
