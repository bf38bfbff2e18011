/**
 * Reading the school's policy from storage.managed: only the service worker does this, and it keeps
 * a checked copy in local storage (`policyItem`) for everyone else.
 *
 * Chromium bug w3c/webextensions#547: a storage.managed read in the service worker can hang for good
 * when a runtime message arrives before the first read completes. So every read has a timeout; after a
 * timeout the cached copy stays as it was, and nothing else ever waits on storage.managed.
 * Firefox: a `3rdparty` policy in policies.json arrives here the same way; without one, the read fails
 * ("managed storage manifest not found"), which means "no policy".
 */
import { browser } from 'wxt/browser';
import { parsePolicy } from './merge';
import { policyItem } from './storage';
import type { Policy } from './types';

export const MANAGED_READ_TIMEOUT_MS = 5_000;

export type ManagedRead = { status: 'read'; policy: Policy | null } | { status: 'timeout' };

/** One read of storage.managed, without a timeout. Never rejects: a failed read means "no policy". */
function readManaged(): Promise<Policy | null> {
  const managed = browser.storage?.managed;
  if (!managed) return Promise.resolve(null);
  return Promise.resolve()
    .then(() => managed.get())
    .then(parsePolicy, () => null);
}

/** Waits for `read` at most `timeoutMs`. */
async function withTimeout(read: Promise<Policy | null>, timeoutMs: number): Promise<ManagedRead> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ManagedRead>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'timeout' }), timeoutMs);
  });
  try {
    return await Promise.race([read.then((policy): ManagedRead => ({ status: 'read', policy })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** One read of storage.managed that gives up after `timeoutMs`. Never rejects. */
export function readManagedPolicy(timeoutMs = MANAGED_READ_TIMEOUT_MS): Promise<ManagedRead> {
  return withTimeout(readManaged(), timeoutMs);
}

export type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

/** The cached policy with a storage.onChanged('managed') change applied (no read needed). */
export function applyManagedChanges(cached: Policy | null, changes: StorageChanges): Policy | null {
  const raw: Record<string, unknown> = { ...cached };
  for (const [key, change] of Object.entries(changes)) {
    if (change.newValue === undefined) delete raw[key];
    else raw[key] = change.newValue;
  }
  return parsePolicy(raw);
}

let generation = 0;

export type RefreshOutcome = 'updated' | 'timeout' | 'superseded';

/**
 * Brings the cached policy up to date: applies `changes` from storage.onChanged at once (when given),
 * then reads storage.managed in full. After a timeout the cache stays as it was (and a late answer
 * still counts); a read overtaken by a newer refresh is dropped, so an old answer never wins.
 */
export async function refreshPolicyCache(
  options: { timeoutMs?: number; changes?: StorageChanges } = {},
): Promise<RefreshOutcome> {
  const mine = ++generation;
  if (options.changes) {
    const updated = applyManagedChanges(await policyItem.getValue(), options.changes);
    if (mine === generation) await writeCache(updated);
  }
  const read = readManaged();
  const result = await withTimeout(read, options.timeoutMs ?? MANAGED_READ_TIMEOUT_MS);
  if (mine !== generation) return 'superseded';
  if (result.status === 'timeout') {
    console.warn('[Postwacht] storage.managed did not answer in time; the cached school policy stays');
    // Should the read still come back, its answer counts, unless a newer refresh started meanwhile.
    void read.then((policy) => (mine === generation ? writeCache(policy) : undefined));
    return 'timeout';
  }
  await writeCache(result.policy);
  return 'updated';
}

async function writeCache(policy: Policy | null): Promise<void> {
  if (policy) await policyItem.setValue(policy);
  else await policyItem.removeValue();
}
