/**
 * Helpers for the trust tests (tests/e2e/trust-*.e2e.ts): what the extension sends, logs and stores,
 * and the editors of the practice sites by editor library.
 */
import type { ConsoleMessage, Locator, Page, Request, Worker } from 'playwright-core';
import type { Platform } from './routing';
import type { Session } from './session';

/** The main editor of each practice site. */
export const EDITORS: Record<Platform, (page: Page) => Locator> = {
  facebook: (page) => page.locator('div[role="dialog"] [data-lexical-editor="true"]'),
  x: (page) => page.getByTestId('tweetTextarea_0'),
  linkedin: (page) => page.locator('.share-creation-state__text-editor .ql-editor'),
  whatsapp: (page) => page.locator('footer [data-lexical-editor="true"]'),
};

/** One practice site per editor library. */
export const LIBRARIES = [
  { library: 'Lexical', platform: 'facebook' },
  { library: 'Draft.js', platform: 'x' },
  { library: 'Quill', platform: 'linkedin' },
] as const satisfies ReadonlyArray<{ library: string; platform: Platform }>;

export const ROLE_TEXT = 'Ik werk als leerkracht bij De Regenboog (onderdeel van Stichting ProCon).';

export interface SeenRequest {
  url: string;
  /** 'service-worker', 'extension-page' (popup, options), or 'page' (a site, with its content script). */
  from: 'service-worker' | 'extension-page' | 'page';
}

export interface Recorder {
  requests: SeenRequest[];
  /** Console text of every page (content scripts log there), extension page and the service worker. */
  console: string[];
}

/**
 * Records every request and console message of the context from now on: pages, extension pages and
 * the extension's service worker (Playwright reports service worker requests on the context).
 */
export function record(session: Session): Recorder {
  const recorder: Recorder = { requests: [], console: [] };
  const onConsole = (message: ConsoleMessage) => {
    recorder.console.push(message.text());
  };
  const watchWorker = (worker: Worker) => {
    worker.on('console', onConsole);
  };
  session.context.on('console', onConsole);
  session.context.on('serviceworker', watchWorker);
  for (const worker of session.context.serviceWorkers()) watchWorker(worker);
  session.context.on('request', (request: Request) => {
    const frameUrl = (() => {
      try {
        return request.frame().url();
      } catch {
        return '';
      }
    })();
    const from = request.serviceWorker()
      ? 'service-worker'
      : frameUrl.startsWith('chrome-extension:')
        ? 'extension-page'
        : 'page';
    recorder.requests.push({ url: request.url(), from });
  });
  return recorder;
}

/** Requests that are neither the extension's own files nor a practice site's page and assets. */
export function outsideRequests(recorder: Recorder, extensionId: string): SeenRequest[] {
  return recorder.requests.filter(({ url }) => {
    const parsed = new URL(url);
    if (parsed.protocol === 'chrome-extension:') return parsed.host !== extensionId;
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
    const site = ['www.facebook.com', 'x.com', 'www.linkedin.com', 'web.whatsapp.com'].includes(parsed.host);
    return !(site && parsed.protocol === 'https:');
  });
}

type Area = { get(keys: null): Promise<Record<string, unknown>> };
type ChromeStorage = { chrome: { storage: { local: Area; sync: Area; session: Area } } };

/** Everything the extension has stored: storage.local/sync/session and every IndexedDB of its origin. */
export async function dumpExtensionStorage(session: Session): Promise<Record<string, unknown>> {
  const worker = session.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker');
  return worker.evaluate(async () => {
    const { storage } = (globalThis as unknown as ChromeStorage).chrome;
    const idb: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const all = db.transaction(name).objectStore(name).getAll();
        idb[`${info.name}/${name}`] = await new Promise((resolve) => {
          all.onsuccess = () => resolve(all.result);
        });
      }
      db.close();
    }
    return {
      local: await storage.local.get(null),
      sync: await storage.sync.get(null),
      session: await storage.session.get(null),
      indexedDB: idb,
    };
  });
}

/** Writes into the extension's local storage (a setting, as the options page would). */
export async function setLocal(session: Session, items: Record<string, unknown>): Promise<void> {
  const worker = session.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker');
  await worker.evaluate(
    (values) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set(values),
    items,
  );
}

/** Every substring of `text` of `length` characters (for "no fragment of the sentinel" checks). */
export function fragments(text: string, length = 6): string[] {
  const out = new Set<string>();
  for (let i = 0; i + length <= text.length; i++) out.add(text.slice(i, i + length));
  return [...out];
}

/** The fragments of `sentinel` found in `haystack` (case-insensitive). */
export function leakedFragments(haystack: string, sentinel: string, length = 6): string[] {
  const lower = haystack.toLowerCase();
  return fragments(sentinel.toLowerCase(), length).filter((fragment) => lower.includes(fragment));
}

/** Pastes `text` into the focused editor the way a browser does: a paste event with clipboard data. */
export async function pasteInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.waitForTimeout(200);
  await editor.evaluate((element, payload) => {
    const data = new DataTransfer();
    data.setData('text/plain', payload);
    const target = window.getSelection()?.anchorNode?.parentElement ?? element;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** The id of the tab showing `page`, as the extension knows it (for `popup.html?tab=<id>`). */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = session.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker');
  const id = await worker.evaluate(async () => {
    type Tabs = { chrome: { tabs: { query(info: object): Promise<Array<{ id?: number }>> } } };
    const [tab] = await (globalThis as unknown as Tabs).chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  return id;
}
