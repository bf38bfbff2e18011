import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { Choice, ChoiceGroup, LockedNote, SchoolsEditor, SelectField, TextField } from '@/components/fields';
import { TYPE_LABELS } from '@/components/Panel';
import type { EffectiveSettings, SettingKey } from '@/components/useSettings';
import type { FindingType, Lang } from '@/lib/detect/types';
import { type MessageKey, t } from '@/lib/i18n';
import { SITES } from '@/lib/platforms/sites';
import type { CheckId, Level, UserSettings } from '@/lib/settings/types';
import { DEFAULT_TEMPLATES, fillTemplate, type InsertKind, type TemplateLength } from '@/lib/templates';
import { type Autosave, useAutosave } from './autosave';
import {
  managerCodec,
  type OrganisationForm,
  organisationCodec,
  plainCodec,
  TEMPLATE_KINDS,
  TEMPLATE_LENGTHS,
  templateField,
  templatesCodec,
  userCodec,
} from './codecs';

const TEMPLATE_LABELS: Record<InsertKind, Record<TemplateLength, MessageKey>> = {
  role: { long: 'optionsTemplateRoleLong', short: 'optionsTemplateRoleShort' },
  disclaimer: { long: 'optionsTemplateDisclaimerLong', short: 'optionsTemplateDisclaimerShort' },
};

const CHECKS: ReadonlyArray<{ id: CheckId; label: MessageKey }> = [
  { id: 'personalData', label: 'optionsCheckPersonalData' },
  { id: 'special', label: 'optionsCheckSpecial' },
  { id: 'decency', label: 'optionsCheckDecency' },
  { id: 'roleReminder', label: 'optionsCheckRoleReminder' },
  { id: 'disclaimerReminder', label: 'optionsCheckDisclaimerReminder' },
];

const LEVELS: ReadonlyArray<{ id: Level; label: MessageKey }> = [
  { id: 'warn', label: 'optionsLevelWarn' },
  { id: 'note', label: 'optionsLevelNote' },
  { id: 'off', label: 'optionsLevelOff' },
];

/** Every kind of finding can hold up a post; by default only the high-risk ones do (SEND_CHECK_TYPES). */
const SEND_CHECK_CHOICES = Object.keys(TYPE_LABELS) as FindingType[];

const LANGUAGES: ReadonlyArray<{ id: Lang; label: string }> = [
  { id: 'nl', label: 'Nederlands' },
  { id: 'en', label: 'English' },
];

/** A section of the settings page for one setting; disabled with a note when IT locked it. */
function Section(props: {
  id: string;
  title: string;
  lang: Lang;
  setting: SettingKey;
  locked: boolean;
  intro?: string;
  children: ComponentChildren;
}): JSX.Element {
  return (
    <section
      class="pw-section pw-card"
      aria-labelledby={`pw-section-${props.id}`}
      data-testid={`postwacht-section-${props.id}`}
      data-locked={props.locked ? 'true' : undefined}
    >
      <h2 id={`pw-section-${props.id}`}>
        {props.title} {props.locked && <LockedNote lang={props.lang} setting={props.setting} />}
      </h2>
      {props.intro && <p class="pw-hint">{props.intro}</p>}
      {props.children}
    </section>
  );
}

/** The options for "your school": the organisation's schools, plus the stored one if it is not among them. */
export function schoolOptions(
  lang: Lang,
  schools: ReadonlyArray<{ name: string }>,
  current: string,
): Array<{ value: string; label: string }> {
  const names = schools.map((school) => school.name.trim()).filter(Boolean);
  if (current.trim() && !names.includes(current.trim())) names.push(current.trim());
  return [
    { value: '', label: t('optionsSchoolChoose', lang) },
    ...names.map((name) => ({ value: name, label: name })),
  ];
}

/** The school and function fields, shared by onboarding and the full settings. */
export function UserFields(props: {
  lang: Lang;
  user: Autosave<UserSettings>;
  schools: ReadonlyArray<{ name: string }>;
  showProblems: boolean;
  disabled?: boolean;
  withName?: boolean;
  schoolLabel?: string;
  roleLabel?: string;
}): JSX.Element {
  const { lang, user } = props;
  const form = user.form;
  const problem = (field: 'school' | 'role') => {
    const key = props.showProblems ? user.problems[field] : undefined;
    return key ? t(key, lang) : null;
  };
  const hasSchools = props.schools.some((school) => school.name.trim() !== '');
  return (
    <>
      {hasSchools ? (
        <SelectField
          id="pw-user-school"
          label={props.schoolLabel ?? t('optionsSchool', lang)}
          value={form.school}
          options={schoolOptions(lang, props.schools, form.school)}
          testId="postwacht-option-school"
          required
          disabled={props.disabled}
          error={problem('school')}
          onChange={(school) => user.edit({ ...form, school }, 'now')}
        />
      ) : (
        <TextField
          id="pw-user-school"
          label={props.schoolLabel ?? t('optionsSchool', lang)}
          value={form.school}
          testId="postwacht-option-school"
          autoComplete="organization"
          required
          disabled={props.disabled}
          error={problem('school')}
          onInput={(school) => user.edit({ ...form, school })}
          onBlur={user.flush}
        />
      )}
      <TextField
        id="pw-user-role"
        label={props.roleLabel ?? t('optionsRole', lang)}
        value={form.role}
        testId="postwacht-option-role"
        placeholder={t('setupRolePlaceholder', lang)}
        hint={t('optionsRoleHint', lang)}
        autoComplete="organization-title"
        required
        disabled={props.disabled}
        error={problem('role')}
        onInput={(role) => user.edit({ ...form, role })}
        onBlur={user.flush}
      />
      {props.withName && (
        <TextField
          id="pw-user-name"
          label={t('optionsName', lang)}
          value={form.name}
          testId="postwacht-option-name"
          hint={t('optionsNameHint', lang)}
          autoComplete="name"
          disabled={props.disabled}
          onInput={(name) => user.edit({ ...form, name })}
          onBlur={user.flush}
        />
      )}
    </>
  );
}

/** Organisation name, its other names, and its schools. */
export function OrganisationFields(props: {
  lang: Lang;
  org: Autosave<OrganisationForm>;
  disabled: boolean;
  withAliases: boolean;
}): JSX.Element {
  const { lang, org } = props;
  const form = org.form;
  return (
    <>
      <TextField
        id="pw-org-name"
        label={t('optionsOrganisationName', lang)}
        value={form.name}
        testId="postwacht-option-organisation"
        hint={t('optionsOrganisationHint', lang)}
        autoComplete="organization"
        disabled={props.disabled}
        onInput={(name) => org.edit({ ...form, name })}
        onBlur={org.flush}
      />
      {props.withAliases && (
        <TextField
          id="pw-org-aliases"
          label={t('optionsOrganisationAliases', lang)}
          value={form.aliases}
          testId="postwacht-option-organisation-aliases"
          hint={t('optionsAliasesHint', lang)}
          disabled={props.disabled}
          onInput={(aliases) => org.edit({ ...form, aliases })}
          onBlur={org.flush}
        />
      )}
      <h3 class="pw-subheading">{t('optionsSchools', lang)}</h3>
      <SchoolsEditor
        lang={lang}
        schools={form.schools}
        disabled={props.disabled}
        withAliases={props.withAliases}
        onChange={(schools, when) => org.edit({ ...form, schools }, when)}
        onBlur={org.flush}
      />
    </>
  );
}

export function SettingsForm({ effective }: { effective: EffectiveSettings }): JSX.Element {
  const { settings, locked } = effective;
  const lang = settings.language;
  const org = useAutosave('organisation', settings.organisation, organisationCodec);
  const user = useAutosave('user', settings.user, userCodec);
  const language = useAutosave('language', settings.language, plainCodec<'language'>());
  const templates = useAutosave('templates', settings.templates, templatesCodec);
  const position = useAutosave('insertPosition', settings.insertPosition, plainCodec<'insertPosition'>());
  const platforms = useAutosave('platforms', settings.platforms, plainCodec<'platforms'>());
  const manager = useAutosave('managerContact', settings.managerContact, managerCodec);
  const levels = useAutosave('levels', settings.levels, plainCodec<'levels'>());
  const sendCheck = useAutosave('sendCheck', settings.sendCheck, plainCodec<'sendCheck'>());
  const [templateLang, setTemplateLang] = useState<Lang>(lang);

  const schoolsForUser = locked.has('organisation') ? settings.organisation.schools : org.form.schools;
  const previewValues = {
    functie: user.form.role.trim() || t('optionsPreviewRole', lang),
    school: user.form.school.trim() || t('optionsPreviewSchool', lang),
    organisatie:
      (locked.has('organisation') ? settings.organisation.organization.name : org.form.name).trim() ||
      t('fallbackOrganisation', templateLang),
  };
  const managerProblem = manager.problems.email;

  return (
    <div class="pw-settings">
      <Section
        id="user"
        title={t('optionsSectionUser', lang)}
        lang={lang}
        setting="user"
        locked={locked.has('user')}
      >
        <UserFields
          lang={lang}
          user={user}
          schools={schoolsForUser}
          showProblems
          withName
          disabled={locked.has('user')}
        />
      </Section>

      <Section
        id="organisation"
        title={t('optionsSectionOrganisation', lang)}
        lang={lang}
        setting="organisation"
        locked={locked.has('organisation')}
        intro={t('optionsOrganisationIntro', lang)}
      >
        <OrganisationFields lang={lang} org={org} disabled={locked.has('organisation')} withAliases />
      </Section>

      <Section
        id="language"
        title={t('optionsSectionLanguage', lang)}
        lang={lang}
        setting="language"
        locked={locked.has('language')}
      >
        <ChoiceGroup legend={t('optionsLanguage', lang)} testId="postwacht-option-language">
          {LANGUAGES.map((option) => (
            <Choice
              key={option.id}
              type="radio"
              name="pw-language"
              value={option.id}
              label={option.label}
              checked={language.form === option.id}
              disabled={locked.has('language')}
              testId={`postwacht-option-language-${option.id}`}
              onChange={(checked) => checked && language.edit(option.id, 'now')}
            />
          ))}
        </ChoiceGroup>
      </Section>

      <Section
        id="templates"
        title={t('optionsSectionTemplates', lang)}
        lang={lang}
        setting="templates"
        locked={locked.has('templates')}
        intro={t('optionsTemplateHelp', lang)}
      >
        <ChoiceGroup legend={t('optionsTemplateLanguage', lang)}>
          {LANGUAGES.map((option) => (
            <Choice
              key={option.id}
              type="radio"
              name="pw-template-language"
              value={option.id}
              label={option.label}
              checked={templateLang === option.id}
              testId={`postwacht-option-template-language-${option.id}`}
              onChange={(checked) => checked && setTemplateLang(option.id)}
            />
          ))}
        </ChoiceGroup>
        {TEMPLATE_KINDS.flatMap((kind) =>
          TEMPLATE_LENGTHS.map((length) => {
            const id = `pw-template-${kind}-${templateLang}-${length}`;
            const text = templates.form[kind][templateLang][length];
            const problem = templates.problems[templateField(kind, templateLang, length)];
            const isDefault = text === DEFAULT_TEMPLATES[kind][templateLang][length];
            const edit = (value: string, when: 'later' | 'now' = 'later') =>
              templates.edit(
                {
                  ...templates.form,
                  [kind]: {
                    ...templates.form[kind],
                    [templateLang]: { ...templates.form[kind][templateLang], [length]: value },
                  },
                },
                when,
              );
            return (
              <div key={id} class="pw-template">
                <TextField
                  id={id}
                  label={t(TEMPLATE_LABELS[kind][length], lang)}
                  value={text}
                  multiline
                  testId={`postwacht-option-template-${kind}-${templateLang}-${length}`}
                  disabled={locked.has('templates')}
                  error={problem ? t(problem, lang) : null}
                  onInput={(value) => edit(value)}
                  onBlur={templates.flush}
                />
                <p class="pw-preview" lang={templateLang}>
                  <span class="pw-preview__label" lang={lang}>
                    {t('optionsPreview', lang)}
                  </span>{' '}
                  <span data-testid={`postwacht-preview-${kind}-${templateLang}-${length}`}>
                    {text.trim() ? fillTemplate(text, previewValues) : ''}
                  </span>
                </p>
                {!isDefault && !locked.has('templates') && (
                  <button
                    type="button"
                    class="pw-button pw-button--quiet"
                    aria-describedby={`${id}-label`}
                    data-testid={`postwacht-option-template-reset-${kind}-${templateLang}-${length}`}
                    onClick={() => edit(DEFAULT_TEMPLATES[kind][templateLang][length], 'now')}
                  >
                    {t('optionsTemplateReset', lang)}
                  </button>
                )}
              </div>
            );
          }),
        )}
      </Section>

      <Section
        id="insert"
        title={t('optionsSectionInsert', lang)}
        lang={lang}
        setting="insertPosition"
        locked={locked.has('insertPosition')}
      >
        <ChoiceGroup legend={t('optionsInsertPosition', lang)} testId="postwacht-option-insert-position">
          {(['end', 'start'] as const).map((where) => (
            <Choice
              key={where}
              type="radio"
              name="pw-insert-position"
              value={where}
              label={t(where === 'end' ? 'optionsInsertEnd' : 'optionsInsertStart', lang)}
              checked={position.form === where}
              disabled={locked.has('insertPosition')}
              testId={`postwacht-option-insert-${where}`}
              onChange={(checked) => checked && position.edit(where, 'now')}
            />
          ))}
        </ChoiceGroup>
      </Section>

      <Section
        id="platforms"
        title={t('optionsSectionPlatforms', lang)}
        lang={lang}
        setting="platforms"
        locked={locked.has('platforms')}
      >
        <ChoiceGroup legend={t('optionsPlatforms', lang)} testId="postwacht-option-platforms">
          {SITES.map((site) => (
            <Choice
              key={site.id}
              type="checkbox"
              name={`pw-platform-${site.id}`}
              label={site.label}
              checked={platforms.form[site.id] !== false}
              disabled={locked.has('platforms')}
              testId={`postwacht-option-platform-${site.id}`}
              onChange={(checked) => platforms.edit({ ...platforms.form, [site.id]: checked }, 'now')}
            />
          ))}
        </ChoiceGroup>
      </Section>

      <Section
        id="manager"
        title={t('optionsSectionManager', lang)}
        lang={lang}
        setting="managerContact"
        locked={locked.has('managerContact')}
      >
        <TextField
          id="pw-manager"
          type="email"
          label={t('optionsManager', lang)}
          value={manager.form}
          testId="postwacht-option-manager"
          hint={t('optionsManagerHint', lang)}
          autoComplete="email"
          disabled={locked.has('managerContact')}
          error={managerProblem ? t(managerProblem, lang) : null}
          onInput={(value) => manager.edit(value)}
          onBlur={manager.flush}
        />
      </Section>

      <Section
        id="levels"
        title={t('optionsSectionLevels', lang)}
        lang={lang}
        setting="levels"
        locked={locked.has('levels')}
        intro={t('optionsLevelsIntro', lang)}
      >
        {CHECKS.map((check) => (
          <SelectField
            key={check.id}
            id={`pw-level-${check.id}`}
            label={t(check.label, lang)}
            value={levels.form[check.id]}
            options={LEVELS.map((level) => ({ value: level.id, label: t(level.label, lang) }))}
            testId={`postwacht-option-level-${check.id}`}
            disabled={locked.has('levels')}
            onChange={(value) => levels.edit({ ...levels.form, [check.id]: value as Level }, 'now')}
          />
        ))}
      </Section>

      <Section
        id="send-check"
        title={t('optionsSectionSendCheck', lang)}
        lang={lang}
        setting="sendCheck"
        locked={locked.has('sendCheck')}
        intro={t('optionsSendCheckIntro', lang)}
      >
        <Choice
          type="checkbox"
          name="pw-send-check"
          label={t('optionsSendCheckEnabled', lang)}
          checked={sendCheck.form.enabled}
          disabled={locked.has('sendCheck')}
          testId="postwacht-option-send-check"
          onChange={(enabled) => sendCheck.edit({ ...sendCheck.form, enabled }, 'now')}
        />
        <ChoiceGroup legend={t('optionsSendCheckTypes', lang)} testId="postwacht-option-send-check-types">
          {SEND_CHECK_CHOICES.map((type) => (
            <Choice
              key={type}
              type="checkbox"
              name={`pw-send-check-${type}`}
              label={t(TYPE_LABELS[type], lang)}
              checked={sendCheck.form.types.includes(type)}
              disabled={locked.has('sendCheck') || !sendCheck.form.enabled}
              testId={`postwacht-option-send-check-${type}`}
              onChange={(checked) =>
                sendCheck.edit(
                  {
                    ...sendCheck.form,
                    types: SEND_CHECK_CHOICES.filter((t) =>
                      t === type ? checked : sendCheck.form.types.includes(t),
                    ),
                  },
                  'now',
                )
              }
            />
          ))}
        </ChoiceGroup>
      </Section>
    </div>
  );
}
