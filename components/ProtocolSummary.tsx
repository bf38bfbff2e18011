import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import type { Lang } from '@/lib/detect/types';
import { type MessageKey, t } from '@/lib/i18n';

/** The articles staff meet most, in one line each (see the protocol's article table). */
export const PROTOCOL_ARTICLES: ReadonlyArray<{ id: string; text: MessageKey }> = [
  { id: 'A2', text: 'protocolA2' },
  { id: 'A4', text: 'protocolA4' },
  { id: 'A5', text: 'protocolA5' },
  { id: 'A6', text: 'protocolA6' },
  { id: 'A7', text: 'protocolA7' },
  { id: 'B2', text: 'protocolB2' },
  { id: 'B3/B4', text: 'protocolB3B4' },
  { id: 'C1', text: 'protocolC1' },
  { id: 'C2', text: 'protocolC2' },
  { id: 'C3', text: 'protocolC3' },
  { id: 'C4', text: 'protocolC4' },
];

export const PROTOCOL_PAGE = '/protocol.html';

/** A short summary of the protocol, folded away, with a link to the full text bundled in the extension. */
export function ProtocolSummary({ lang }: { lang: Lang }): JSX.Element {
  return (
    <details class="pw-section pw-protocol" data-testid="postwacht-protocol-summary">
      <summary>{t('protocolHeading', lang)}</summary>
      <dl>
        {PROTOCOL_ARTICLES.map((article) => (
          <div key={article.id} class="pw-protocol__article" data-article={article.id}>
            <dt>{article.id}</dt>
            <dd>{t(article.text, lang)}</dd>
          </div>
        ))}
      </dl>
      <p class="pw-hint">{t('protocolSanctions', lang)}</p>
      <p>
        <a
          href={browser.runtime.getURL(PROTOCOL_PAGE)}
          target="_blank"
          rel="noreferrer"
          data-testid="postwacht-protocol-link"
        >
          {t('protocolFullText', lang)}
        </a>
      </p>
    </details>
  );
}
