/**
 * `npm run demo`: builds Postwacht, serves the four practice composers at their real URLs and opens
 * Chromium with the extension loaded. Without a display it types a sample post into each composer
 * and writes one screenshot per platform.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium, MissingBrowserError } from './harness/browser';
import { PROCON, seedSettings } from './harness/composer';
import type { Platform } from './harness/routing';
import { openSession } from './harness/session';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS_DIR = join(ROOT, '.output/demo');

const SAMPLE_POSTS: Record<Platform, string> = {
  facebook:
    'Wat een geweldige sportdag met groep 7 van De Regenboog! Sanne de Vries had haar arm gebroken maar moedigde iedereen aan.',
  x: 'Trots op onze leerlingen van Het Kompas 💪 vragen? Bel me op 06-12345678',
  linkedin:
    'Vandaag ons nieuwe leesplan gepresenteerd aan het team van Het Baken. Reacties welkom via j.bakker@example.nl',
  whatsapp: 'Hallo ouders van groep 6! Vrijdag naar het museum, de moeder van Lieke regelt de auto-indeling.',
};

async function main(): Promise<void> {
  findChromium();
  console.log('Postwacht bouwen…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });

  const headless = !process.env.DISPLAY || process.argv.includes('--headless');
  const session = await openSession({ headless });
  // As onboarding would: Stichting ProCon, and a teacher of De Regenboog.
  await seedSettings(session, {
    organisation: PROCON,
    user: { school: 'De Regenboog', role: 'leerkracht groep 7', name: '' },
  });
  const platforms = Object.keys(SAMPLE_POSTS) as Platform[];
  if (!headless) {
    for (const platform of platforms) await session.openSite(platform);
    console.log('Chromium is open met Postwacht en de vier oefenpagina’s. Sluit het venster om te stoppen.');
    await new Promise((done) => session.context.on('close', done));
    return;
  }

  mkdirSync(SHOTS_DIR, { recursive: true });
  for (const platform of platforms) {
    const page = await session.openSite(platform);
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type(SAMPLE_POSTS[platform], { delay: 5 });
    await page.waitForTimeout(800); // Postwacht checks once typing pauses
    const path = join(SHOTS_DIR, `${platform}.png`);
    await page.screenshot({ path });
    console.log(path);
  }
  await session.close();
}

main().catch((error: unknown) => {
  if (error instanceof MissingBrowserError) {
    console.error(error.message);
  } else {
    console.error(`Demo mislukt: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
