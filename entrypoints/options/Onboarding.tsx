import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { LockedNote } from '@/components/fields';
import { type EffectiveSettings, finishOnboarding, save } from '@/components/useSettings';
import { t } from '@/lib/i18n';
import { useAutosave } from './autosave';
import { organisationCodec, userCodec } from './codecs';
import { OrganisationFields, UserFields } from './SettingsForm';

/**
 * First run: three questions (organisation, school, function), done in well under half a minute. What
 * is typed is saved as it is typed, like everywhere else; "Klaar" checks the two required answers and
 * marks onboarding as done.
 */
export function Onboarding(props: { effective: EffectiveSettings; onDone(): void }): JSX.Element {
  const { settings, locked } = props.effective;
  const lang = settings.language;
  const orgLocked = locked.has('organisation');
  const org = useAutosave('organisation', settings.organisation, organisationCodec);
  // Half-answered is normal here: no "not saved" while the user is still on their way.
  const user = useAutosave('user', settings.user, userCodec, { reportInvalid: false });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const formRef = useRef<HTMLFormElement | null>(null);

  const schools = orgLocked ? settings.organisation.schools : org.form.schools;

  const submit = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    const problems = userCodec.validate(user.form);
    if (Object.keys(problems).length > 0) {
      // Mark the fields (edit re-validates) and take the keyboard to the first one to fix.
      user.edit(user.form);
      const first = problems.school ? 'pw-user-school' : 'pw-user-role';
      setTimeout(() => formRef.current?.querySelector<HTMLElement>(`#${first}`)?.focus(), 0);
      return;
    }
    setBusy(true);
    const outcomes = await Promise.all([
      orgLocked ? Promise.resolve('saved') : save('organisation', organisationCodec.toValue(org.form)),
      save('user', userCodec.toValue(user.form)),
    ]);
    const done = outcomes.every((outcome) => outcome === 'saved') && (await finishOnboarding()) === 'saved';
    setBusy(false);
    setFailed(!done);
    if (done) props.onDone();
  };

  return (
    <form
      ref={formRef}
      class="pw-onboarding"
      data-testid="postwacht-onboarding"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2>{t('onboardingTitle', lang)}</h2>
      <p>{t('onboardingIntro', lang)}</p>

      <fieldset class="pw-card pw-step" data-testid="postwacht-onboarding-organisation">
        <legend>{t('onboardingStepOrganisation', lang)}</legend>
        {orgLocked ? (
          <>
            <p>
              <strong data-testid="postwacht-onboarding-organisation-name">
                {settings.organisation.organization.name}
              </strong>{' '}
              <LockedNote lang={lang} setting="organisation" />
            </p>
            {settings.organisation.schools.length > 0 && (
              <p class="pw-hint">
                {t('onboardingSchoolsOfOrganisation', lang, {
                  schools: settings.organisation.schools.map((school) => school.name).join(', '),
                })}
              </p>
            )}
          </>
        ) : (
          <OrganisationFields lang={lang} org={org} disabled={false} withAliases={false} />
        )}
      </fieldset>

      <fieldset class="pw-card pw-step">
        <legend>{t('onboardingStepSchool', lang)}</legend>
        <UserFields
          lang={lang}
          user={user}
          schools={schools}
          showProblems={tried}
          schoolLabel={t('onboardingSchoolLabel', lang)}
          roleLabel={t('onboardingRoleLabel', lang)}
        />
      </fieldset>

      {failed && (
        <p class="pw-error" role="alert">
          {t('optionsSaveFailed', lang)}
        </p>
      )}
      <button
        type="submit"
        class="pw-button pw-button--primary"
        data-testid="postwacht-onboarding-done"
        disabled={busy}
      >
        {t('onboardingDone', lang)}
      </button>
    </form>
  );
}
