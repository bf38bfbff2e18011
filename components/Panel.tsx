import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
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
}

/** Buttons must not take focus from the editor on mousedown: the caret and selection stay put. */
const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

export function Panel(props: PanelProps): JSX.Element {
  const { lang, report, expanded } = props;
  const reminders = report?.reminders ?? [];
  const shown = (report?.findings.length ?? 0) + reminders.length;
  // The mark counts warnings only; quiet notes are listed but not counted.
  const count =
    (report?.findings.filter((f) => findingLevel(props.levels, f.type) === 'warn').length ?? 0) +
    reminders.filter((r) => reminderLevel(props.levels, r.id) === 'warn').length;
  const summary =
    report === null
      ? t('panelUnavailable', lang)
      : shown === 0
        ? t('panelAllClear', lang)
        : shown === 1
          ? t('panelSummaryOne', lang)
          : t('panelSummaryMany', lang, { n: shown });
  const calm = report !== null && shown === 0 && !props.setup && !props.notice;

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
          {report && report.findings.length > 0 && (
            <ul class="pw-findings">
              {report.findings.map((finding) => (
                <FindingItem
                  key={`${finding.rule}:${finding.start}`}
                  finding={finding}
                  lang={lang}
                  note={findingLevel(props.levels, finding.type) === 'note'}
                />
              ))}
            </ul>
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
          {props.notice && (
            <p class="pw-notice" role="alert">
              {props.notice}
            </p>
          )}
          <p class="pw-hint">{t('panelKeyboardHint', lang)}</p>
        </div>
      )}
    </section>
  );
}

function FindingItem({ finding, lang, note }: { finding: Finding; lang: Lang; note: boolean }) {
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
    </li>
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
