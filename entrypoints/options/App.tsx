import { Page } from '@/components/Page';
import { t } from '@/lib/i18n';

export function App() {
  return (
    <Page title={t('optionsTitle')}>
      <p data-testid="postwacht-options-intro">{t('optionsIntro')}</p>
    </Page>
  );
}
