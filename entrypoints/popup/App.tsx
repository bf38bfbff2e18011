import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Page } from '@/components/Page';
import { TYPE_LABELS } from '@/components/Panel';
import { ProtocolSummary } from '@/components/ProtocolSummary';
import { TextCheck } from '@/components/TextCheck';
import { useEffectiveSettings } from '@/components/useSettings';
import type { FindingType, Lang } from '@/lib/detect/types';
import { type MessageKey, t } from '@/lib/i18n';
import type { ComposerStatus, InsertResult, Request } from '@/lib/messages';
import { SITES, type SiteId, siteForHost } from '@/lib/platforms/sites';
import { DEFAULT_SETTINGS, pausedUntil, pauseSite, profileOf, resumeSite, watchPause } from '@/lib/settings';
import type { InsertKind } from '@/lib/templates';

/** How often the popup asks the page for fresh counts while it is open. */
const REFRESH_MS = 1500;

/**
 * The tab the popup is about: `?tab=<id>` when given (tests, or the popup opened in a tab of its own),
 * else the active tab of this window.
 */
export function tabFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  return value !== null && /^\d{1,10}$/.test(value) ? Number(value) : null;
}

type TabState =
  | { kind: 'loading' }
  /** Not one of the four sites (or no tab at all). */
  | { kind: 'unsupported' }
  /** One of the four sites, but our content script does not answer (the page predates the install). */
  | { kind: 'unreachable'; site: SiteId }
  | { kind: 'supported'; tabId: number; status: ComposerStatus };

type InsertOutcome = InsertResult | 'unreachable';

const INSERT_MESSAGES: Record<InsertOutcome, MessageKey> = {
  inserted: 'popupInsertInserted',
  'setup-needed': 'popupInsertSetupNeeded',
  'too-long': 'popupInsertTooLong',
  copied: 'popupInsertCopied',
  failed: 'popupInsertFailed',
  'no-composer': 'popupInsertNoComposer',
  unreachable: 'popupInsertUnreachable',
};

const TYPE_ORDER = Object.keys(TYPE_LABELS) as FindingType[];

function isStatus(reply: unknown): reply is ComposerStatus {
  if (typeof reply !== 'object' || reply === null) return false;
  const status = reply as Partial<ComposerStatus>;
  return (
    SITES.some((site) => site.id === status.site) &&
    typeof status.active === 'boolean' &&
    typeof status.counts === 'object' &&
    typeof status.reminders === 'object'
  );
}

function isInsertResult(reply: unknown): reply is InsertResult {
  return typeof reply === 'string' && reply in INSERT_MESSAGES && reply !== 'unreachable';
}

async function send(tabId: number, request: Request): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

async function readTab(search: string): Promise<TabState> {
  let tabId = tabFromQuery(search);
  let site: SiteId | undefined;
  if (tabId === null) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return { kind: 'unsupported' };
    tabId = tab.id;
    // Without the `tabs` permission the url is only visible on the four sites (our host access).
    if (tab.url) {
      site = siteForHost(new URL(tab.url).hostname)?.id;
      if (!site) return { kind: 'unsupported' };
    }
  }
  try {
    const status = await send(tabId, { type: 'postwacht:status' });
    if (isStatus(status)) return { kind: 'supported', tabId, status };
  } catch {
    // No content script in that tab: not one of the four sites, or loaded before Postwacht was.
  }
  return site ? { kind: 'unreachable', site } : { kind: 'unsupported' };
}

export function App({ search = location.search }: { search?: string } = {}): JSX.Element {
  const { effective } = useEffectiveSettings();
  const settings = effective?.settings ?? DEFAULT_SETTINGS;
  const lang = settings.language;
  const profile = useMemo(() => profileOf(settings), [settings]);
  const [tab, setTab] = useState<TabState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<InsertOutcome | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const refresh = useCallback(() => {
    readTab(search).then(setTab, () => setTab({ kind: 'unsupported' }));
  }, [search]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const insert = async (kind: InsertKind) => {
    if (tab.kind !== 'supported') return;
    setBusy(true);
    setOutcome(null);
    let result: InsertOutcome = 'unreachable';
    try {
      const reply = await send(tab.tabId, { type: 'postwacht:insert', kind });
      result = isInsertResult(reply) ? reply : 'failed';
    } catch {
      result = 'unreachable';
    }
    setOutcome(result);
    setBusy(false);
    refresh();
  };

  return (
    <Page title={t('popupTitle', lang)}>
      <div class="pw-popup">
        {effective && !effective.onboarded && (
          <p class="pw-callout" data-testid="postwacht-popup-setup">
            {t('popupSetupNeeded', lang)}{' '}
            <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
              {t('popupSetupLink', lang)}
            </a>
          </p>
        )}
        <section class="pw-section" aria-labelledby="pw-tab-heading">
          <h2 id="pw-tab-heading">{t('popupThisPage', lang)}</h2>
          <TabStatus
            tab={tab}
            lang={lang}
            platformOn={(site) => settings.platforms[site] !== false}
            busy={busy}
            onInsert={(kind) => void insert(kind)}
          />
          {tab.kind === 'supported' &&
            settings.platforms[tab.status.site] !== false &&
            effective &&
            !effective.locked.has('platforms') && <PauseControl site={tab.status.site} lang={lang} />}
          <p
            class="pw-insert-result"
            role="status"
            data-testid="postwacht-popup-insert-result"
            data-result={outcome ?? ''}
          >
            {outcome ? t(INSERT_MESSAGES[outcome], lang) : ''}
          </p>
        </section>
        <TextCheck lang={lang} profile={profile} levels={settings.levels} />
        <ProtocolSummary lang={lang} />
        <footer class="pw-popup__footer">
          <p class="pw-hint" data-testid="postwacht-popup-about">
            {t('popupWhereItWorks', lang)}
          </p>
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
            {t('popupOpenOptions', lang)}
          </a>
        </footer>
      </div>
    </Page>
  );
}

/** "Pause on this site for an hour" and, while paused, until when and "turn back on". */
function PauseControl({ site, lang }: { site: SiteId; lang: Lang }): JSX.Element {
  const [until, setUntil] = useState<number | null>(null);
  useEffect(() => {
    const load = () => {
      pausedUntil(site).then(setUntil, () => setUntil(null));
    };
    load();
    return watchPause(load);
  }, [site]);
  const label = siteLabel(site);
  if (until === null) {
    return (
      <button
        type="button"
        class="pw-button pw-button--quiet"
        data-testid="postwacht-popup-pause"
        onClick={() => void pauseSite(site).then(setUntil, () => setUntil(null))}
      >
        {t('popupPause', lang, { site: label })}
      </button>
    );
  }
  const time = new Date(until).toLocaleTimeString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <p data-testid="postwacht-popup-paused">
      {t('popupPaused', lang, { site: label, time })}{' '}
      <button
        type="button"
        class="pw-button pw-button--quiet"
        data-testid="postwacht-popup-resume"
        onClick={() => void resumeSite(site).then(() => setUntil(null))}
      >
        {t('popupResume', lang)}
      </button>
    </p>
  );
}

function siteLabel(site: SiteId): string {
  return SITES.find((s) => s.id === site)?.label ?? site;
}

function TabStatus(props: {
  tab: TabState;
  lang: Lang;
  platformOn(site: SiteId): boolean;
  busy: boolean;
  onInsert(kind: InsertKind): void;
}): JSX.Element {
  const { tab, lang } = props;
  if (tab.kind === 'loading') {
    return (
      <div data-testid="postwacht-popup-status" data-state="loading">
        <p>{t('popupLoading', lang)}</p>
      </div>
    );
  }
  if (tab.kind === 'unsupported') {
    return (
      <div data-testid="postwacht-popup-status" data-state="unsupported">
        <p>{t('popupUnsupported', lang)}</p>
      </div>
    );
  }
  if (tab.kind === 'unreachable') {
    return (
      <div data-testid="postwacht-popup-status" data-state="unreachable" data-site={tab.site}>
        <p>{t('popupReload', lang, { site: siteLabel(tab.site) })}</p>
      </div>
    );
  }
  const { status } = tab;
  const site = siteLabel(status.site);
  if (!props.platformOn(status.site)) {
    return (
      <div data-testid="postwacht-popup-status" data-state="off" data-site={status.site}>
        <p>{t('popupPlatformOff', lang, { site })}</p>
      </div>
    );
  }
  const counts = TYPE_ORDER.filter((type) => (status.counts[type] ?? 0) > 0);
  const reminders = (['role', 'disclaimer'] as const).filter((kind) => status.reminders[kind]);
  return (
    <div
      data-testid="postwacht-popup-status"
      data-state={status.unavailable ? 'unavailable' : status.active ? 'active' : 'idle'}
      data-site={status.site}
    >
      <p>
        {t('popupActiveOn', lang, { site })}{' '}
        {status.active ? t('popupComposerActive', lang) : t('popupComposerIdle', lang)}
      </p>
      {status.unavailable && <p class="pw-callout">{t('panelUnavailable', lang)}</p>}
      {status.active && !status.unavailable && counts.length === 0 && reminders.length === 0 && (
        <p data-testid="postwacht-popup-clear">{t('popupAllClear', lang)}</p>
      )}
      {counts.length > 0 && (
        <>
          <h3>{t('popupFindingsHeading', lang)}</h3>
          <ul class="pw-counts" data-testid="postwacht-popup-counts">
            {counts.map((type) => (
              <li key={type} data-type={type} data-count={status.counts[type]}>
                {t('popupCount', lang, { label: t(TYPE_LABELS[type], lang), n: status.counts[type] ?? 0 })}
              </li>
            ))}
          </ul>
        </>
      )}
      {reminders.length > 0 && (
        <>
          <h3>{t('popupRemindersHeading', lang)}</h3>
          <ul class="pw-counts" data-testid="postwacht-popup-reminders">
            {reminders.map((kind) => (
              <li key={kind} data-reminder={kind}>
                {t(kind === 'role' ? 'reminderRoleTitle' : 'reminderDisclaimerTitle', lang)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="pw-actions">
        <button
          type="button"
          class="pw-button"
          data-testid="postwacht-insert-role"
          disabled={props.busy}
          onClick={() => props.onInsert('role')}
        >
          {t('insertRole', lang)}
        </button>
        <button
          type="button"
          class="pw-button"
          data-testid="postwacht-insert-disclaimer"
          disabled={props.busy}
          onClick={() => props.onInsert('disclaimer')}
        >
          {t('insertDisclaimer', lang)}
        </button>
      </div>
    </div>
  );
}
