import { findChromium } from './harness/browser';
import { buildFixtures } from './harness/fixtures';

/** Fail early with one clear line when there is no browser, and build the practice pages once. */
export default async function setup(): Promise<void> {
  findChromium();
  await buildFixtures();
}
