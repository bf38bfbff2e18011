/**
 * Offline stand-ins for the real sites: document requests to a site's host get that site's
 * fixture page, /__fixtures/* on the same host gets the built assets, and everything else is
 * aborted and recorded, so tests can assert that nothing unexpected was requested.
 * chrome-extension:// requests (the extension's own pages) pass through untouched.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const SITE_URLS = {
  facebook: 'https://www.facebook.com/',
  x: 'https://x.com/home',
  linkedin: 'https://www.linkedin.com/feed/',
  whatsapp: 'https://web.whatsapp.com/',
} as const;

export type Platform = keyof typeof SITE_URLS;

const HOSTS: Readonly<Record<string, Platform>> = {
  'www.facebook.com': 'facebook',
  'x.com': 'x',
  'twitter.com': 'x',
  'www.linkedin.com': 'linkedin',
  'web.whatsapp.com': 'whatsapp',
};

const ASSET_PREFIX = '/__fixtures/';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/** Route every request of `context`; the returned `blocked` array fills up as requests are aborted. */
export async function routeSites(
  context: BrowserContext,
  fixturesDir: string,
): Promise<{ blocked: string[] }> {
  const root = resolve(fixturesDir);
  const blocked: string[] = [];

  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    // The extension's own pages load their chunks through the context too: local, never network.
    if (url.protocol === 'chrome-extension:') {
      await route.fallback();
      return;
    }
    const file = fixtureFile(root, url, request.resourceType());
    const body = file && (await readFile(file).catch(() => null));
    if (file && body) {
      const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      await route.fulfill({ status: 200, body, contentType, headers: { 'cache-control': 'no-store' } });
      return;
    }
    blocked.push(request.url());
    await route.abort('blockedbyclient');
  });

  return { blocked };
}

/** The file that answers this request, or null when it must be blocked. */
function fixtureFile(root: string, url: URL, resourceType: string): string | null {
  const platform = url.protocol === 'https:' ? HOSTS[url.hostname] : undefined;
  if (!platform) return null;
  if (url.pathname.startsWith(ASSET_PREFIX)) {
    const file = resolve(root, decodeURIComponent(url.pathname.slice(ASSET_PREFIX.length)));
    return file.startsWith(root + sep) ? file : null;
  }
  // Any page on the site is the fixture; the page itself reads ?variant=… from location.search.
  return resourceType === 'document' ? resolve(root, `${platform}.html`) : null;
}
