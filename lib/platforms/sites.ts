/**
 * The sites Postwacht works on. This list is the single source for the content script's `matches`
 * (and so for the extension's host access) and for recognising the current site at run time.
 */
export const SITES = [
  { id: 'facebook', label: 'Facebook', matches: ['*://*.facebook.com/*'] },
  { id: 'x', label: 'X', matches: ['*://x.com/*', '*://twitter.com/*'] },
  { id: 'linkedin', label: 'LinkedIn', matches: ['*://*.linkedin.com/*'] },
  { id: 'whatsapp', label: 'WhatsApp Web', matches: ['*://web.whatsapp.com/*'] },
] as const;

export type Site = (typeof SITES)[number];
export type SiteId = Site['id'];

export const SITE_MATCHES: string[] = SITES.flatMap((site) => [...site.matches]);

/** Whether a match pattern's host part (`x.com`, `*.facebook.com`) covers `hostname`. */
function hostMatches(pattern: string, hostname: string): boolean {
  const host = pattern.replace(/^[^:]+:\/\//, '').replace(/\/.*$/, '');
  if (host.startsWith('*.')) {
    const domain = host.slice(2);
    return hostname === domain || hostname.endsWith(`.${domain}`);
  }
  return hostname === host;
}

export function siteForHost(hostname: string): Site | undefined {
  const host = hostname.toLowerCase();
  return SITES.find((site) => site.matches.some((pattern) => hostMatches(pattern, host)));
}
