import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Page } from '@/components/Page';
import { useEffectiveSettings } from '@/components/useSettings';
import { type MessageKey, t } from '@/lib/i18n';
import { SaveReporter, type SaveState } from './autosave';
import { Onboarding } from './Onboarding';
import { SettingsForm } from './SettingsForm';

const SAVE_MESSAGES: Record<SaveState, MessageKey | null> = {
  idle: null,
  saving: 'optionsSaving',
  saved: 'optionsSaved',
  invalid: 'optionsInvalid',
  locked: 'optionsLockedError',
  failed: 'optionsSaveFailed',
};

/** The settings page: onboarding on first run, then every setting, saved as it changes. */
export function App(): JSX.Element {
  const { effective, failed } = useEffectiveSettings();
  const [mode, setMode] = useState<'onboarding' | 'settings' | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [welcomed, setWelcomed] = useState(false);
  const welcome = useRef<HTMLParagraphElement | null>(null);
  const lang = effective?.settings.language ?? 'nl';

  // Decided once: a page that started with onboarding keeps it until the user is done with it.
  useEffect(() => {
    if (effective && mode === null) setMode(effective.onboarded ? 'settings' : 'onboarding');
  }, [effective, mode]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optionsTitle', lang);
  }, [lang]);

  useEffect(() => {
    if (welcomed) welcome.current?.focus();
  }, [welcomed]);

  const message = SAVE_MESSAGES[saveState];
  return (
    <SaveReporter.Provider value={setSaveState}>
      <Page title={t('optionsTitle', lang)}>
        <div class="pw-wide">
          {!effective || mode === null ? (
            <p>{t(failed ? 'optionsLoadFailed' : 'optionsLoading', lang)}</p>
          ) : mode === 'onboarding' ? (
            <Onboarding
              effective={effective}
              onDone={() => {
                setMode('settings');
                setWelcomed(true);
              }}
            />
          ) : (
            <>
              {welcomed && (
                <p ref={welcome} class="pw-callout" tabIndex={-1} data-testid="postwacht-onboarding-complete">
                  {t('onboardingComplete', lang)}
                </p>
              )}
              <p data-testid="postwacht-options-intro">{t('optionsIntro', lang)}</p>
              <SettingsForm effective={effective} />
            </>
          )}
          <p
            class={`pw-save-status pw-save-status--${saveState}`}
            role="status"
            data-testid="postwacht-options-status"
            data-state={saveState}
          >
            {message ? t(message, lang) : ''}
          </p>
        </div>
      </Page>
    </SaveReporter.Provider>
  );
}
