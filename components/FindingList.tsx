import type { JSX } from 'preact';
import type { Finding, Lang } from '@/lib/detect/types';
import { t } from '@/lib/i18n';
import { TYPE_LABELS } from './Panel';

/** The findings of a check, each with its type, the text found, the article and the advice. */
export function FindingList(props: {
  findings: readonly Finding[];
  lang: Lang;
  testId?: string;
}): JSX.Element {
  const { lang } = props;
  return (
    <ul class="pw-finding-list" data-testid={props.testId}>
      {props.findings.map((finding) => (
        <li
          key={`${finding.rule}:${finding.start}`}
          class={`pw-finding-item pw-finding-item--${finding.severity}`}
          data-type={finding.type}
          data-start={finding.start}
          data-end={finding.end}
          data-article={finding.article}
        >
          <strong>{t(TYPE_LABELS[finding.type], lang)}</strong> <q>{finding.text}</q>{' '}
          <span class="pw-muted">({t('panelArticle', lang, { article: finding.article })})</span>
          <br />
          {finding.message[lang]}
        </li>
      ))}
    </ul>
  );
}
