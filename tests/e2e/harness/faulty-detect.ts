/**
 * The detector of the fault-injection build (harness/fault-build.ts): everything the real module
 * exports, except that `check` throws. Only the content script of that test build gets it; the
 * extension that ships has no such hook.
 */
import type { Profile, Report } from '../../../lib/detect/types';

export * from '../../../lib/detect/index';

export const FAULT_MESSAGE = 'Postwacht test fault: the detector failed';

export function check(_text: string, _profile: Profile): Report {
  throw new Error(FAULT_MESSAGE);
}
