import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isOwnSender } from '@/lib/messages';
import { loadEffectiveSettings } from '@/lib/settings';
import { refreshPolicyCache } from '@/lib/settings/managed';

/**
 * The service worker. It owns no post text. It keeps the school's policy (storage.managed) cached in
 * local storage for the pages and content scripts, opens onboarding after install, and answers only
 * messages from this extension itself.
 */
export default defineBackground(() => {
  // Read the policy before anything else: a runtime message that arrives before the first
  // storage.managed read completes can make that read hang (w3c/webextensions#547). The read has a
  // timeout regardless, and nobody but this worker ever waits for it.
  const policyRead = refreshPolicyCache();

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void refreshPolicyCache({ changes });
  });

  // Registered so the worker wakes at browser start; waking is what refreshes the cached policy.
  browser.runtime.onStartup.addListener(() => {
    void policyRead;
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    // After the policy is cached, so onboarding opens with the school's organisation already filled in.
    void policyRead
      .then(() => loadEffectiveSettings())
      .then((effective) => (effective.onboarded ? undefined : browser.runtime.openOptionsPage()))
      .catch((error: unknown) => console.warn('[Postwacht] could not open onboarding', error));
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    if (isPing(message))
      return Promise.resolve({ type: 'pong', version: browser.runtime.getManifest().version });
    return undefined;
  });
});

function isPing(message: unknown): message is { type: 'ping' } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ping';
}
