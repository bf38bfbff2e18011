import { findChromium } from './harness/browser';
import { buildFixtures } from './harness/fixtures';
import { removeStalePolicy } from './harness/policy';

/**
 * Fail early with one clear line when there is no browser, and build the practice pages once. A test
 * policy file that an interrupted run left in Chromium's policy directory would reach every browser
 * these tests start: it is removed first, and again at the end.
 */
export default async function setup(): Promise<() => void> {
  findChromium();
  removeStalePolicy();
  await buildFixtures();
  return removeStalePolicy;
}
