/**
 * Messages between the extension's own pages (popup) and the content script. Every receiver checks
 * that a message comes from this extension (`isOwnSender`): a web page can neither send these nor
 * read the answers. Post text never travels in them, only counts, types and states.
 */
import type { FindingType } from './detect/types';
import type { SiteId } from './platforms/sites';
import type { InsertKind } from './templates';

export type Request = { type: 'postwacht:status' } | { type: 'postwacht:insert'; kind: InsertKind };

/** What the popup shows about the active tab's composer. */
export interface ComposerStatus {
  site: SiteId;
  /** A composer has been focused on this page and is still there. */
  active: boolean;
  /** Findings by type, e.g. { name: 2, phone: 1 }. */
  counts: Partial<Record<FindingType, number>>;
  reminders: { role: boolean; disclaimer: boolean };
  /** The check failed; the panel says it is unavailable. */
  unavailable: boolean;
}

export type InsertResult = 'inserted' | 'setup-needed' | 'too-long' | 'copied' | 'failed' | 'no-composer';

export function isRequest(message: unknown): message is Request {
  if (typeof message !== 'object' || message === null) return false;
  const { type, kind } = message as { type?: unknown; kind?: unknown };
  return (
    type === 'postwacht:status' || (type === 'postwacht:insert' && (kind === 'role' || kind === 'disclaimer'))
  );
}

/**
 * Whether a message comes from this extension itself (its popup, options page or service worker).
 * `ownUrl` is `runtime.getURL('')`: Firefox gives each install its own moz-extension:// origin.
 */
export function isOwnSender(
  sender: { id?: string; url?: string },
  extensionId: string,
  ownUrl: string,
): boolean {
  return sender.id === extensionId && (sender.url === undefined || sender.url.startsWith(ownUrl));
}
