/**
 * A school policy for Chromium, the way IT would set one on Linux: a JSON file in
 * /etc/chromium/policies/managed with a `3rdparty` entry for Postwacht's fixed extension ID. Chromium
 * reads it at startup, so write it before launching. The file is removed after each test, and also when
 * the run is interrupted; a file left by an earlier run that died is removed before anything starts
 * (its owner's process id is recorded in it, so a file of a run that is still going is left alone).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Postwacht's extension ID, fixed by the manifest `key` in wxt.config.ts. */
export const EXTENSION_ID = 'bajanlninhjgjlphmecofelbdnpmeico';

/** Where Debian's Chromium reads mandatory policies (Google Chrome: /etc/opt/chrome/policies/managed). */
export const POLICY_DIR = '/etc/chromium/policies/managed';
export const POLICY_FILE = join(POLICY_DIR, 'postwacht-test.json');

/** Marks the file as ours (Chromium lists an unknown top-level name as such and ignores it). */
const OWNER = 'PostwachtTestOwnerPid';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes a test policy file that a run which is no longer going left behind. */
export function removeStalePolicy(): void {
  if (!existsSync(POLICY_FILE)) return;
  let owner: unknown;
  try {
    owner = (JSON.parse(readFileSync(POLICY_FILE, 'utf8')) as Record<string, unknown>)[OWNER];
  } catch {
    owner = undefined;
  }
  if (typeof owner === 'number' && owner !== process.pid && isAlive(owner)) return;
  rmSync(POLICY_FILE, { force: true });
}

export function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/** Writes the policy for Postwacht; throws with a clear message when the directory is not writable. */
export function writePolicy(policy: object): void {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    const file = { [OWNER]: process.pid, '3rdparty': { extensions: { [EXTENSION_ID]: policy } } };
    writeFileSync(POLICY_FILE, `${JSON.stringify(file, null, 2)}\n`);
  } catch (error) {
    throw new Error(
      `Cannot write ${POLICY_FILE} (${(error as Error).message}): the policy test needs to write Chromium's ` +
        'policy directory (run as root, as CI does).',
    );
  }
}

/** The policy example in the README's IT section (marked `<!-- policy-example -->`). */
export function readmePolicyExample(): { schools: Array<{ name: string }> } & Record<string, unknown> {
  const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
  const json = readme.match(/<!-- policy-example -->\s*```json\n([\s\S]*?)```/)?.[1];
  if (!json) throw new Error('README.md has no policy example');
  return JSON.parse(json);
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function onSignal(signal: NodeJS.Signals): void {
  removePolicy();
  untrapInterrupts();
  // Die of the same signal, as without this handler.
  process.kill(process.pid, signal);
}

/** Removes the policy file on exit and on an interrupt. Returns nothing; undo with `untrapInterrupts`. */
export function trapInterrupts(): void {
  process.on('exit', removePolicy);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

export function untrapInterrupts(): void {
  process.off('exit', removePolicy);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}
