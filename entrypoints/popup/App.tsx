import { browser } from 'wxt/browser';
import { Page } from '@/components/Page';
import { t } from '@/lib/i18n';

export function App() {
  return (
    <Page title={t('popupTitle')}>
      <p data-testid="postwacht-popup-about">{t('popupWhereItWorks')}</p>
      <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
        {t('popupOpenOptions')}
      </a>
    </Page>
  );
}
