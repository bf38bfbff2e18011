import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { check, REMINDERS } from '@/lib/detect';
import type { Lang, Profile, Report } from '@/lib/detect/types';
import { t } from '@/lib/i18n';
import { type Levels, withoutOff } from '@/lib/settings/levels';
import { FindingList } from './FindingList';
import { HighlightedText } from './HighlightedText';
import { TYPE_LABELS } from './Panel';

/**
 * "Check a text": paste anything written elsewhere (a newsletter, an e-mail) and see what Postwacht
 * would say about it. The text stays in this page's memory: it is never stored or sent.
 */
export function TextCheck(props: {
  lang: Lang;
  profile: Profile;
  /** Checks switched off in the settings are left out here too. */
  levels?: Levels;
  debounceMs?: number;
}): JSX.Element {
  const { lang, profile, levels } = props;
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ text: string; report: Report } | null>(null);

  useEffect(() => {
    if (!text.trim()) {
      setResult(null);
      return;
    }
    const timer = setTimeout(
      () => setResult({ text, report: withoutOff(check(text, profile), levels) }),
      props.debounceMs ?? 250,
    );
    return () => clearTimeout(timer);
  }, [text, profile, levels, props.debounceMs]);

  const report = result?.report;
  const count = (report?.findings.length ?? 0) + (report?.reminders.length ?? 0);
  const summary = !report
    ? ''
    : count === 0
      ? t('checkNothing', lang)
      : count === 1
        ? t('checkResultOne', lang)
        : t('checkResultMany', lang, { n: count });

  return (
    <section class="pw-section" aria-labelledby="pw-check-heading">
      <h2 id="pw-check-heading">{t('checkHeading', lang)}</h2>
      <label for="pw-check-input">{t('checkLabel', lang)}</label>
      <textarea
        id="pw-check-input"
        data-testid="postwacht-popup-check-input"
        rows={4}
        value={text}
        aria-describedby="pw-check-hint"
        onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
      />
      <p id="pw-check-hint" class="pw-hint">
        {t('checkHint', lang)}
      </p>
      <p class="pw-check-summary" role="status" data-testid="postwacht-popup-check-summary">
        {summary}
      </p>
      {report && result && (
        <div data-testid="postwacht-popup-check-result">
          {report.findings.length > 0 && (
            <FindingList findings={report.findings} lang={lang} testId="postwacht-popup-check-findings" />
          )}
          {report.reminders.length > 0 && (
            <ul class="pw-finding-list" data-testid="postwacht-popup-check-reminders">
              {report.reminders.map((reminder) => (
                <li key={reminder.id} class="pw-finding-item" data-reminder={reminder.id}>
                  <strong>
                    {t(
                      reminder.id === REMINDERS.role.id ? 'reminderRoleTitle' : 'reminderDisclaimerTitle',
                      lang,
                    )}
                  </strong>{' '}
                  <span class="pw-muted">
                    ({reminder.articles.map((article) => t('panelArticle', lang, { article })).join(', ')})
                  </span>
                  <br />
                  {reminder.message[lang]}
                </li>
              ))}
            </ul>
          )}
          {report.findings.length > 0 && (
            <HighlightedText
              text={result.text}
              findings={report.findings}
              label={t('checkPreviewLabel', lang)}
              testId="postwacht-popup-check-preview"
              typeLabel={(finding) => t(TYPE_LABELS[finding.type], lang)}
            />
          )}
        </div>
      )}
    </section>
  );
}
