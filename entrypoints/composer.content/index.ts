import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES, siteForHost } from '@/lib/platforms/sites';

/** Watches the post composers on the supported sites. */
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    const site = siteForHost(location.hostname);
    if (!site) return;
    // A visible sign for tests and support staff that Postwacht is active on this page.
    document.documentElement.dataset.postwacht = site.id;
  },
});
