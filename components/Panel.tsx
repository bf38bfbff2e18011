import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { FIX_OF_TYPE } from '@/lib/composer/fixes';
import { REMINDERS } from '@/lib/detect';
import type { Finding, FindingType, Lang, Report } from '@/lib/detect/types';
import { type MessageKey, t } from '@/lib/i18n';
import { findingLevel, type Levels, reminderLevel } from '@/lib/settings/levels';
import type { InsertKind } from '@/lib/templates';

export const TYPE_LABELS: Record<FindingType, MessageKey> = {
  name: 'findingType_name',
  email: 'findingType_email',
  phone: 'findingType_phone',
  address: 'findingType_address',
  postcode: 'findingType_postcode',
  bsn: 'findingType_bsn',
  iban: 'findingType_iban',
  birthdate: 'findingType_birthdate',
  handle: 'findingType_handle',
  special: 'findingType_special',
  licenseplate: 'findingType_licenseplate',
  abusive: 'findingType_abusive',
};

export interface SetupRequest {
  kind: InsertKind;
  schools: string[];
  school: string;
  role: string;
}

export interface PanelProps {
  lang: Lang;
  /** The latest report, or null when the check failed. */
  report: Report | null;
  /** Per check: findings of a check at 'note' are shown quietly and left out of the count (default 'warn'). */
  levels?: Levels;
  expanded: boolean;
  onToggle(): void;
  onInsert(kind: InsertKind): void;
  /** When set, the panel asks for school and function before inserting. */
  setup: SetupRequest | null;
  onSetupSave(school: string, role: string): void;
  onSetupCancel(): void;
  /** A message about the last action (inserted, copied to the clipboard, does not fit). */
  notice: string | null;
  busy: boolean;
  /** The user asked to post while these findings remain: ask "Toch plaatsen" or "Terug". */
  sendConfirm?: { findings: Finding[] } | null;
  onSendAnyway?(): void;
  onSendBack?(): void;
  /** A photo or video is attached: 'needed' shows the consent reminder (A5). */
  consent?: 'needed' | 'confirmed' | null;
  onConsentConfirm?(): void;
  /** Quick fixes: initials for a name, removal for other personal data; all at once. */
  onFix?(finding: Finding): void;
  onFixAll?(): void;
  /** Whom to ask when in doubt (B3/B4); with `mailtoFor` the panel offers a mail to them. */
  contact?: string;
  mailtoFor?(includeDraft: boolean): string | null;
  /** "Pause on this site for an hour", unless IT locked it. */
  canPause?: boolean;
  site?: string;
  onPause?(): void;
}

/** Buttons must not take focus from the editor on mousedown: the caret and selection stay put. */
const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

export function Panel(props: PanelProps): JSX.Element {
  const { lang, report, expanded } = props;
  const reminders = report?.reminders ?? [];
  const consent = props.consent === 'needed' ? 1 : 0;
  const shown = (report?.findings.length ?? 0) + reminders.length + consent;
  // The mark counts warnings only; quiet notes are listed but not counted.
  const count =
    (report?.findings.filter((f) => findingLevel(props.levels, f.type) === 'warn').length ?? 0) +
    reminders.filter((r) => reminderLevel(props.levels, r.id) === 'warn').length +
    consent;
  const summary =
    report === null
      ? t('panelUnavailable', lang)
      : shown === 0
        ? t('panelAllClear', lang)
        : shown === 1
          ? t('panelSummaryOne', lang)
          : t('panelSummaryMany', lang, { n: shown });
  const calm =
    report !== null &&
    shown === 0 &&
    !props.setup &&
    !props.notice &&
    !props.sendConfirm &&
    props.consent !== 'needed';

  return (
    <section
      class={`pw-panel ${calm ? 'pw-panel--calm' : ''} ${expanded ? '' : 'pw-panel--collapsed'}`}
      data-testid="postwacht-panel"
      data-state={report === null ? 'unavailable' : calm ? 'clear' : 'attention'}
      aria-label={t('panelLabel', lang)}
      lang={lang}
    >
      <header class="pw-panel__header">
        <span
          class={`pw-mark ${report === null || (count === 0 && shown > 0) ? 'pw-mark--off' : count > 0 ? 'pw-mark--warn' : 'pw-mark--ok'}`}
          aria-hidden="true"
        >
          {report === null ? '–' : count > 0 ? count : shown > 0 ? 'i' : '✓'}
        </span>
        <span class="pw-panel__summary" role="status" aria-live="polite">
          {summary}
        </span>
        {!calm && (
          <button
            type="button"
            class="pw-icon-button"
            aria-expanded={expanded}
            aria-label={expanded ? t('panelCollapse', lang) : t('panelExpand', lang)}
            title={expanded ? t('panelCollapse', lang) : t('panelExpand', lang)}
            onMouseDown={keepEditorFocus}
            onClick={props.onToggle}
          >
            {expanded ? '▾' : '▸'}
          </button>
        )}
      </header>
      {expanded && !calm && (
        <div class="pw-panel__body">
          {props.sendConfirm && <SendConfirm {...props} findings={props.sendConfirm.findings} />}
          {report && report.findings.length > 0 && (
            <ul class="pw-findings">
              {report.findings.map((finding) => (
                <FindingItem
                  key={`${finding.rule}:${finding.start}`}
                  finding={finding}
                  lang={lang}
                  note={findingLevel(props.levels, finding.type) === 'note'}
                  busy={props.busy}
                  onFix={props.onFix}
                />
              ))}
            </ul>
          )}
          {props.onFixAll && (report?.findings.filter((f) => FIX_OF_TYPE[f.type]).length ?? 0) > 1 && (
            <button
              type="button"
              class="pw-button pw-button--quiet"
              data-testid="postwacht-fix-all"
              disabled={props.busy}
              onMouseDown={keepEditorFocus}
              onClick={() => props.onFixAll?.()}
            >
              {t('fixAll', lang)}
            </button>
          )}
          {report?.findings.some(
            (f) => f.severity === 'high' && findingLevel(props.levels, f.type) === 'warn',
          ) && (
            <p class="pw-permanence" data-testid="postwacht-permanence">
              {t('permanenceLine', lang)}{' '}
              <span class="pw-article">({t('panelArticle', lang, { article: 'A4' })})</span>
            </p>
          )}
          {props.consent === 'needed' && (
            <div class="pw-reminder pw-reminder--warn" data-testid="postwacht-consent" data-level="warn">
              <strong>{t('consentTitle', lang)}</strong>{' '}
              <span class="pw-article">({t('panelArticle', lang, { article: 'A5' })})</span>
              <p>{t('consentText', lang)}</p>
              <button
                type="button"
                class="pw-button"
                data-testid="postwacht-consent-confirm"
                onMouseDown={keepEditorFocus}
                onClick={() => props.onConsentConfirm?.()}
              >
                {t('consentConfirm', lang)}
              </button>
            </div>
          )}
          {reminders.map((reminder) => {
            const kind: InsertKind = reminder.id === REMINDERS.role.id ? 'role' : 'disclaimer';
            return (
              <div
                key={reminder.id}
                class={`pw-reminder pw-reminder--${reminderLevel(props.levels, reminder.id)}`}
                data-level={reminderLevel(props.levels, reminder.id)}
                data-testid={kind === 'role' ? 'postwacht-reminder-role' : 'postwacht-reminder-disclaimer'}
              >
                <strong>{t(kind === 'role' ? 'reminderRoleTitle' : 'reminderDisclaimerTitle', lang)}</strong>{' '}
                <span class="pw-article">
                  ({reminder.articles.map((a) => t('panelArticle', lang, { article: a })).join(', ')})
                </span>
                <p>{reminder.message[lang]}</p>
                {!props.setup && (
                  <button
                    type="button"
                    class="pw-button"
                    data-testid={kind === 'role' ? 'postwacht-insert-role' : 'postwacht-insert-disclaimer'}
                    disabled={props.busy}
                    onMouseDown={keepEditorFocus}
                    onClick={() => props.onInsert(kind)}
                  >
                    {t(kind === 'role' ? 'insertRole' : 'insertDisclaimer', lang)}
                  </button>
                )}
              </div>
            );
          })}
          {props.setup && <SetupForm {...props} setup={props.setup} />}
          {props.contact && props.mailtoFor && <AskManager {...props} />}
          {props.notice && (
            <p class="pw-notice" role="alert">
              {props.notice}
            </p>
          )}
          <p class="pw-hint">{t('panelKeyboardHint', lang)}</p>
          {props.canPause && props.onPause && (
            <button
              type="button"
              class="pw-button pw-button--quiet"
              data-testid="postwacht-pause"
              onMouseDown={keepEditorFocus}
              onClick={() => props.onPause?.()}
            >
              {t('pauseSite', lang, { site: props.site ?? '' })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function FindingItem({
  finding,
  lang,
  note,
  busy,
  onFix,
}: {
  finding: Finding;
  lang: Lang;
  note: boolean;
  busy?: boolean;
  onFix?(finding: Finding): void;
}) {
  const fix = FIX_OF_TYPE[finding.type];
  return (
    <li
      class={`pw-finding ${note ? 'pw-finding--note' : `pw-finding--${finding.severity}`}`}
      data-testid="postwacht-finding"
      data-level={note ? 'note' : 'warn'}
      data-type={finding.type}
      data-rule={finding.rule}
      data-article={finding.article}
      data-start={finding.start}
      data-end={finding.end}
    >
      <span class="pw-finding__type">{t(TYPE_LABELS[finding.type], lang)}</span>{' '}
      <q class="pw-finding__text">{finding.text}</q>{' '}
      <span class="pw-article">({t('panelArticle', lang, { article: finding.article })})</span>
      <p>{finding.message[lang]}</p>
      {fix && onFix && (
        <button
          type="button"
          class="pw-button pw-button--quiet"
          data-testid="postwacht-fix"
          aria-label={t(fix === 'initials' ? 'fixInitialsLabel' : 'fixRemoveLabel', lang, {
            text: finding.text,
          })}
          disabled={busy}
          onMouseDown={keepEditorFocus}
          onClick={() => onFix(finding)}
        >
          {t(fix === 'initials' ? 'fixInitials' : 'fixRemove', lang)}
        </button>
      )}
    </li>
  );
}

/** The question before posting: the user asked to post, so it takes focus (on "Terug"); Escape is "Terug". */
function SendConfirm(props: PanelProps & { findings: Finding[] }) {
  const { lang, findings } = props;
  return (
    <div
      class="pw-confirm"
      role="alertdialog"
      aria-labelledby="pw-confirm-title"
      aria-describedby="pw-confirm-text"
      data-testid="postwacht-send-confirm"
    >
      <p id="pw-confirm-title" class="pw-confirm__title">
        <strong>{t('sendConfirmTitle', lang)}</strong>
      </p>
      <div id="pw-confirm-text">
        <p>{t(findings.length === 1 ? 'sendConfirmOne' : 'sendConfirmMany', lang, { n: findings.length })}</p>
        <ul class="pw-confirm__list">
          {findings.map((finding) => (
            <li key={`${finding.rule}:${finding.start}`} data-type={finding.type}>
              {t(TYPE_LABELS[finding.type], lang)}: <q>{finding.text}</q>
            </li>
          ))}
        </ul>
      </div>
      <div class="pw-confirm__actions">
        <button
          type="button"
          class="pw-button"
          data-testid="postwacht-send-back"
          onClick={() => props.onSendBack?.()}
        >
          {t('sendBack', lang)}
        </button>
        <button
          type="button"
          class="pw-button pw-button--quiet"
          data-testid="postwacht-send-anyway"
          onClick={() => props.onSendAnyway?.()}
        >
          {t('sendAnyway', lang)}
        </button>
      </div>
    </div>
  );
}

/** "Twijfel? Vraag het je leidinggevende" (B3/B4): the draft goes along only when the user ticks it. */
function AskManager(props: PanelProps) {
  const { lang } = props;
  const [includeDraft, setIncludeDraft] = useState(false);
  const href = props.mailtoFor?.(includeDraft) ?? null;
  if (!href) return null;
  return (
    <div class="pw-ask">
      <a class="pw-ask__link" data-testid="postwacht-ask" href={href} onMouseDown={keepEditorFocus}>
        {t('askManager', lang)}
      </a>
      <label class="pw-ask__include">
        <input
          type="checkbox"
          data-testid="postwacht-ask-include"
          checked={includeDraft}
          onChange={(e) => setIncludeDraft((e.target as HTMLInputElement).checked)}
        />{' '}
        {t('askIncludeDraft', lang)}
      </label>
    </div>
  );
}

function SetupForm(props: PanelProps & { setup: SetupRequest }) {
  const { lang, setup } = props;
  const [school, setSchool] = useState(setup.school);
  const [role, setRole] = useState(setup.role);
  const [error, setError] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!school.trim() || !role.trim()) {
      setError(true);
      return;
    }
    props.onSetupSave(school.trim(), role.trim());
  };
  return (
    <form class="pw-setup" onSubmit={submit}>
      <p>
        <strong>{t('setupTitle', lang)}</strong>
      </p>
      <label for="pw-setup-school">{t('setupSchool', lang)}</label>
      {setup.schools.length > 0 ? (
        <select
          id="pw-setup-school"
          data-testid="postwacht-setup-school"
          value={school}
          onChange={(e) => setSchool((e.target as HTMLSelectElement).value)}
        >
          <option value="" />
          {setup.schools.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      ) : (
        <input
          id="pw-setup-school"
          data-testid="postwacht-setup-school"
          value={school}
          onInput={(e) => setSchool((e.target as HTMLInputElement).value)}
        />
      )}
      <label for="pw-setup-role">{t('setupRole', lang)}</label>
      <input
        id="pw-setup-role"
        data-testid="postwacht-setup-role"
        value={role}
        placeholder={t('setupRolePlaceholder', lang)}
        onInput={(e) => setRole((e.target as HTMLInputElement).value)}
      />
      {error && (
        <p class="pw-notice" role="alert">
          {t('setupMissing', lang)}
        </p>
      )}
      <div class="pw-setup__actions">
        <button type="submit" class="pw-button" data-testid="postwacht-setup-save">
          {t('setupSave', lang)}
        </button>
        <button type="button" class="pw-button pw-button--quiet" onClick={props.onSetupCancel}>
          {t('setupCancel', lang)}
        </button>
      </div>
    </form>
  );
}
