/**
 * Trust, item 8 of issue 6: a long session. A composer is opened, typed into (so Postwacht hooks it
 * and shows its panel) and closed 500 times on the practice pages with a closable composer; after
 * garbage collection, event listeners, DOM nodes (live and detached), documents and Postwacht's panel
 * hosts do not grow. Prints the figures, and the JS heap before and after.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCON, seedSettings } from '../harness/composer';
import type { Platform } from '../harness/routing';
import { openSession, type Session } from '../harness/session';
import { EDITORS } from '../harness/trust';

const CYCLES = Number(process.env.POSTWACHT_SOAK_CYCLES ?? 500);
const WARMUP = 20;

interface Figures {
  listeners: number;
  nodes: number;
  documents: number;
  detached: number | null;
  panels: number;
  heapMB: number;
}

async function measure(page: Page, cdp: CDPSession): Promise<Figures> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const detached = await cdp
    .send('DOM.getDetachedDomNodes' as 'DOM.enable')
    .then((result) => (result as unknown as { detachedNodes: unknown[] }).detachedNodes.length)
    .catch(() => null);
  return {
    listeners: metric('JSEventListeners'),
    nodes: metric('Nodes'),
    documents: metric('Documents'),
    detached,
    panels: await page.locator('postwacht-panel').count(),
    heapMB: Math.round((metric('JSHeapUsedSize') / 1024 / 1024) * 10) / 10,
  };
}

async function cycle(page: Page, platform: Platform, n: number, extension: boolean): Promise<void> {
  for (let i = 0; i < n; i++) {
    await page.evaluate(() => window.__fixture.openComposer?.());
    await EDITORS[platform](page).click();
    await page.keyboard.type('Bel 06-12345678');
    if (extension) await page.locator('postwacht-panel').waitFor({ state: 'attached', timeout: 5000 });
    else await page.waitForTimeout(100);
    await page.evaluate(() => window.__fixture.closeComposer?.());
    if (extension) await page.locator('postwacht-panel').waitFor({ state: 'detached', timeout: 5000 });
  }
}

/** Figures before and after CYCLES open/type/close cycles (after a warm-up), and how long it took. */
async function soak(
  session: Session,
  platform: Platform,
  extension: boolean,
): Promise<{ before: Figures; after: Figures; seconds: number }> {
  const page = await session.openSite(platform);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // The fixture starts with its composer open: close it, warm up (JIT, caches), then measure.
  await page.evaluate(() => window.__fixture.closeComposer?.());
  await cycle(page, platform, WARMUP, extension);
  const before = await measure(page, cdp);
  const started = Date.now();
  await cycle(page, platform, CYCLES, extension);
  const after = await measure(page, cdp);
  await page.close();
  return { before, after, seconds: Math.round((Date.now() - started) / 1000) };
}

describe.each(['facebook', 'linkedin'] as const)('%s: opening and closing a composer', (platform) => {
  let session: Session;
  let baseline: Session;
  beforeAll(async () => {
    session = await openSession();
    baseline = await openSession({ withExtension: false });
    await seedSettings(session, {
      organisation: PROCON,
      user: { school: 'De Regenboog', role: 'leerkracht', name: '' },
    });
  });
  afterAll(async () => {
    await session?.close();
    await baseline?.close();
  });

  it(`${CYCLES} times leaks no listeners, nodes, documents or panels`, async () => {
    // The practice editors themselves leave some listeners and nodes behind per composer: the same
    // cycles without Postwacht are the baseline, and Postwacht may add nothing that grows on top.
    const without = await soak(baseline, platform, false);
    const withExtension = await soak(session, platform, true);
    const growth = (run: { before: Figures; after: Figures }, key: 'listeners' | 'nodes' | 'documents') =>
      run.after[key] - run.before[key];
    const detachedGrowth = (run: { before: Figures; after: Figures }) =>
      (run.after.detached ?? 0) - (run.before.detached ?? 0);
    console.info(
      `[soak] ${platform}: ${CYCLES} open/type/close cycles\n` +
        `  without Postwacht (${without.seconds} s): before ${JSON.stringify(without.before)}\n` +
        `                               after  ${JSON.stringify(without.after)}\n` +
        `  with Postwacht    (${withExtension.seconds} s): before ${JSON.stringify(withExtension.before)}\n` +
        `                               after  ${JSON.stringify(withExtension.after)}`,
    );
    expect(withExtension.after.panels).toBe(0);
    // A leak of one listener or node per cycle would add >= CYCLES; allow small noise only.
    expect(growth(withExtension, 'listeners') - growth(without, 'listeners')).toBeLessThan(25);
    expect(growth(withExtension, 'nodes') - growth(without, 'nodes')).toBeLessThan(100);
    expect(growth(withExtension, 'documents')).toBeLessThanOrEqual(1);
    expect(detachedGrowth(withExtension) - detachedGrowth(without)).toBeLessThan(100);
    const heapGrowth = (run: { before: Figures; after: Figures }) => run.after.heapMB - run.before.heapMB;
    expect(heapGrowth(withExtension) - heapGrowth(without)).toBeLessThan(5);
  });
});
