import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

/**
 * The service worker. It owns no user data; later it routes messages between popup and content
 * scripts. Every message is checked to come from this extension itself.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isPing(message))
      return Promise.resolve({ type: 'pong', version: browser.runtime.getManifest().version });
    return undefined;
  });
});

function isPing(message: unknown): message is { type: 'ping' } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ping';
}
