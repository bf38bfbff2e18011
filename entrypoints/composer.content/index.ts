import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type Discovery, startDiscovery } from '@/lib/composer/discovery';
import { createHighlighter } from '@/lib/composer/highlights';
import { ComposerSession } from '@/lib/composer/session';
import { check } from '@/lib/detect';
import { type ComposerStatus, isOwnSender, isRequest } from '@/lib/messages';
import { ADAPTERS } from '@/lib/platforms';
import { SITE_MATCHES, siteForHost } from '@/lib/platforms/sites';
import {
  loadEffectiveSettings,
  pausedUntil,
  pauseSite,
  profileOf,
  saveSetting,
  watchEffectiveSettings,
  watchPause,
} from '@/lib/settings';
import { createPanelView } from './panel-view';

/** Watches the post composers on the supported sites. */
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const site = siteForHost(location.hostname);
    if (!site) return;
    // A visible sign for tests and support staff that Postwacht is active on this page.
    document.documentElement.dataset.postwacht = site.id;

    const reported = new Set<string>();
    // Our own errors are logged once each and never thrown into the page.
    const report = (error: unknown) => {
      const key = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (reported.has(key)) return;
      reported.add(key);
      console.warn('[Postwacht]', key);
    };

    // The effective settings (the school's policy as the service worker cached it, over the user's own).
    let effective = await loadEffectiveSettings();
    let settings = effective.settings;
    // "Pause on this site for an hour" (not when IT locked where Postwacht runs).
    let paused = await pausedUntil(site.id).catch(() => null);
    let resumeTimer: number | undefined;
    const highlighter = createHighlighter(document);
    const start = (): Discovery<ComposerSession> =>
      startDiscovery({
        doc: document,
        adapter: ADAPTERS[site.id],
        report,
        createSession: (composer) =>
          new ComposerSession(composer, {
            settings: () => settings,
            profile: () => profileOf(settings),
            saveUser: (user) => saveSetting('user', user),
            check,
            createView: (session) => createPanelView(session, document),
            highlighter,
            report,
            copyToClipboard: (text) =>
              navigator.clipboard.writeText(text).then(
                () => true,
                () => false,
              ),
            win: window,
            debounceMs: 250,
            canPause: () => !effective.locked.has('platforms'),
            pause: () => pauseSite(site.id).then(() => undefined),
          }),
      });
    // A site switched off in the settings gets no sessions at all (and loses them when switched off).
    let discovery: Discovery<ComposerSession> | null = null;
    const applyPlatformSetting = () => {
      const enabled = settings.platforms[site.id] && paused === null;
      document.documentElement.toggleAttribute('data-postwacht-off', !settings.platforms[site.id]);
      document.documentElement.toggleAttribute('data-postwacht-paused', paused !== null);
      if (enabled && !discovery) discovery = start();
      if (!enabled && discovery) {
        discovery.stop();
        discovery = null;
      }
    };
    const applyPause = (until: number | null) => {
      paused = until;
      window.clearTimeout(resumeTimer);
      if (until !== null) {
        resumeTimer = window.setTimeout(() => applyPause(null), Math.max(0, until - Date.now()));
      }
      applyPlatformSetting();
    };
    applyPause(paused);
    const unwatchPause = watchPause(() => {
      pausedUntil(site.id).then(applyPause, report);
    });
    const unwatch = watchEffectiveSettings((fresh) => {
      effective = fresh;
      settings = fresh.settings;
      applyPlatformSetting();
      for (const session of discovery?.sessions.values() ?? []) session.runCheck(true);
    });

    // The popup asks for the current composer's status and can insert; only this extension may ask.
    const idle: ComposerStatus = {
      site: site.id,
      active: false,
      counts: {},
      reminders: { role: false, disclaimer: false },
      unavailable: false,
    };
    const onMessage = (message: unknown, sender: { id?: string; url?: string }) => {
      if (!isOwnSender(sender, browser.runtime.id, browser.runtime.getURL('/')) || !isRequest(message))
        return undefined;
      const session = discovery?.current() ?? null;
      if (message.type === 'postwacht:status') return Promise.resolve(session?.status() ?? idle);
      return session ? session.insert(message.kind) : Promise.resolve('no-composer');
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
      unwatchPause();
      window.clearTimeout(resumeTimer);
      discovery?.stop();
    });
  },
});
