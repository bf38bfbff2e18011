import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Page } from '@/components/Page';
import { PROTOCOL_ARTICLES } from '@/components/ProtocolSummary';
import { useEffectiveSettings } from '@/components/useSettings';
import { t } from '@/lib/i18n';

export const PROTOCOL_TEXT = '/protocol/modelprotocol-social-media.txt';

/** The text came from a PDF: one blank line after every line. Keep the lines, drop the blank ones. */
export function tidyProtocol(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line, index, lines) => line.trim() !== '' || (lines[index - 1] ?? '').trim() === '')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The full protocol, bundled in the extension (no network), with the summary above it. */
export function App(): JSX.Element {
  const { effective } = useEffectiveSettings();
  const lang = effective?.settings.language ?? 'nl';
  const [text, setText] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('protocolPageTitle', lang);
  }, [lang]);

  useEffect(() => {
    fetch(browser.runtime.getURL(PROTOCOL_TEXT))
      .then((response) => response.text())
      .then((body) => setText(tidyProtocol(body)))
      .catch(() => setFailed(true));
  }, []);

  return (
    <Page title={t('protocolPageTitle', lang)}>
      <div class="pw-wide">
        <section class="pw-section" aria-labelledby="pw-summary-heading">
          <h2 id="pw-summary-heading">{t('protocolHeading', lang)}</h2>
          <dl>
            {PROTOCOL_ARTICLES.map((article) => (
              <div key={article.id} class="pw-protocol__article">
                <dt>{article.id}</dt>
                <dd>{t(article.text, lang)}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section class="pw-section" aria-labelledby="pw-full-heading">
          <h2 id="pw-full-heading">{t('protocolFullHeading', lang)}</h2>
          {failed && <p>{t('protocolLoadFailed', lang)}</p>}
          {text !== null && (
            <pre class="pw-protocol-text" lang="nl" data-testid="postwacht-protocol-text">
              {text}
            </pre>
          )}
        </section>
      </div>
    </Page>
  );
}
