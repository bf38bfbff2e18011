import { describe, expect, it } from 'vitest';
import { SITE_MATCHES, siteForHost } from '@/lib/platforms/sites';

describe('siteForHost', () => {
  it.each([
    ['www.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['www.linkedin.com', 'linkedin'],
    ['nl.linkedin.com', 'linkedin'],
    ['web.whatsapp.com', 'whatsapp'],
  ])('recognises %s as %s', (host, id) => {
    expect(siteForHost(host)?.id).toBe(id);
  });

  it.each(['example.com', 'notfacebook.com', 'facebook.com.evil.nl', 'www.x.com.nl', 'whatsapp.com'])(
    'does not claim %s',
    (host) => {
      expect(siteForHost(host)).toBeUndefined();
    },
  );

  it('asks for no host beyond the four sites', () => {
    expect(SITE_MATCHES.sort()).toEqual([
      '*://*.facebook.com/*',
      '*://*.linkedin.com/*',
      '*://twitter.com/*',
      '*://web.whatsapp.com/*',
      '*://x.com/*',
    ]);
  });
});
