/** Labelled form fields for the settings pages: every control has a visible label, hint and error. */
import type { ComponentChildren, JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Lang } from '@/lib/detect/types';
import { t } from '@/lib/i18n';

function describedBy(id: string, hint?: string, error?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldNotes(props: { id: string; hint?: string; error?: string | null; testId?: string }) {
  return (
    <>
      {props.hint && (
        <p id={`${props.id}-hint`} class="pw-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p
          id={`${props.id}-error`}
          class="pw-error"
          data-testid={props.testId ? `${props.testId}-error` : undefined}
        >
          {props.error}
        </p>
      )}
    </>
  );
}

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  onBlur?(): void;
  testId?: string;
  hint?: string;
  error?: string | null;
  type?: 'text' | 'email';
  multiline?: boolean;
  placeholder?: string;
  autoComplete?: string;
  disabled?: boolean;
  required?: boolean;
  inputRef?: { current: HTMLInputElement | null };
}

export function TextField(props: TextFieldProps): JSX.Element {
  const shared = {
    id: props.id,
    value: props.value,
    'data-testid': props.testId,
    placeholder: props.placeholder,
    disabled: props.disabled,
    required: props.required,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(props.id, props.hint, props.error),
    onBlur: props.onBlur,
  };
  return (
    <div class="pw-field">
      <label id={`${props.id}-label`} for={props.id}>
        {props.label}
      </label>
      {props.multiline ? (
        <textarea
          {...shared}
          rows={2}
          onInput={(event) => props.onInput((event.target as HTMLTextAreaElement).value)}
        />
      ) : (
        <input
          {...shared}
          ref={props.inputRef}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          onInput={(event) => props.onInput((event.target as HTMLInputElement).value)}
        />
      )}
      <FieldNotes id={props.id} hint={props.hint} error={props.error} testId={props.testId} />
    </div>
  );
}

export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange(value: string): void;
  testId?: string;
  hint?: string;
  error?: string | null;
  disabled?: boolean;
  required?: boolean;
}): JSX.Element {
  return (
    <div class="pw-field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        data-testid={props.testId}
        disabled={props.disabled}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onChange={(event) => props.onChange((event.target as HTMLSelectElement).value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={props.id} hint={props.hint} error={props.error} testId={props.testId} />
    </div>
  );
}

/** A group of radio buttons or checkboxes, with the group's name as its legend. */
export function ChoiceGroup(props: {
  legend: string;
  children: ComponentChildren;
  testId?: string;
}): JSX.Element {
  return (
    <fieldset class="pw-choices" data-testid={props.testId}>
      <legend>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}

export function Choice(props: {
  type: 'radio' | 'checkbox';
  name: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  testId?: string;
  disabled?: boolean;
  value?: string;
}): JSX.Element {
  return (
    <label class="pw-choice">
      <input
        type={props.type}
        name={props.name}
        value={props.value}
        checked={props.checked}
        disabled={props.disabled}
        data-testid={props.testId}
        onChange={(event) => props.onChange((event.target as HTMLInputElement).checked)}
      />{' '}
      {props.label}
    </label>
  );
}

/** The note on a section that the school's IT set it (and so it cannot be changed here). */
export function LockedNote({ lang, setting }: { lang: Lang; setting: string }): JSX.Element {
  return (
    <span class="pw-locked" data-testid={`postwacht-locked-${setting}`}>
      {t('optionsLocked', lang)}
    </span>
  );
}

export interface SchoolForm {
  name: string;
  aliases: string;
}

/** The organisation's schools: a name and (optionally) other names for each, add and remove. */
export function SchoolsEditor(props: {
  lang: Lang;
  schools: SchoolForm[];
  onChange(schools: SchoolForm[], when: 'later' | 'now'): void;
  onBlur(): void;
  disabled?: boolean;
  withAliases?: boolean;
}): JSX.Element {
  const { lang, schools } = props;
  const focusRow = useRef<number | null>(null);
  const list = useRef<HTMLOListElement | null>(null);
  const add = useRef<HTMLButtonElement | null>(null);
  // After adding or removing a row, keyboard focus goes to the nearest school's name (or to "add").
  useLayoutEffect(() => {
    if (focusRow.current === null) return;
    const inputs =
      list.current?.querySelectorAll<HTMLInputElement>(
        'input[data-testid^="postwacht-option-school-name-"]',
      ) ?? [];
    (inputs[Math.min(focusRow.current, inputs.length - 1)] ?? add.current)?.focus();
    focusRow.current = null;
  });
  const change = (index: number, patch: Partial<SchoolForm>) =>
    props.onChange(
      schools.map((school, i) => (i === index ? { ...school, ...patch } : school)),
      'later',
    );
  return (
    <div class="pw-schools">
      <ol ref={list} class="pw-schools__list" data-testid="postwacht-option-schools">
        {schools.map((school, index) => {
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; names change while typed
            <li key={index} class="pw-schools__row">
              <TextField
                id={`pw-school-name-${n}`}
                label={t('optionsSchoolName', lang, { n })}
                value={school.name}
                testId={`postwacht-option-school-name-${n}`}
                disabled={props.disabled}
                onInput={(name) => change(index, { name })}
                onBlur={props.onBlur}
              />
              {props.withAliases && (
                <TextField
                  id={`pw-school-aliases-${n}`}
                  label={t('optionsSchoolAliases', lang, { n })}
                  value={school.aliases}
                  testId={`postwacht-option-school-aliases-${n}`}
                  disabled={props.disabled}
                  onInput={(aliases) => change(index, { aliases })}
                  onBlur={props.onBlur}
                />
              )}
              {!props.disabled && (
                <button
                  type="button"
                  class="pw-button pw-button--quiet"
                  data-testid={`postwacht-option-remove-school-${n}`}
                  onClick={() => {
                    focusRow.current = index;
                    props.onChange(
                      schools.filter((_, i) => i !== index),
                      'now',
                    );
                  }}
                >
                  {t('optionsSchoolRemove', lang, { name: school.name.trim() || String(n) })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!props.disabled && (
        <button
          ref={add}
          type="button"
          class="pw-button pw-button--quiet"
          data-testid="postwacht-option-add-school"
          onClick={() => {
            focusRow.current = schools.length;
            props.onChange([...schools, { name: '', aliases: '' }], 'later');
          }}
        >
          {t('optionsSchoolAdd', lang)}
        </button>
      )}
    </div>
  );
}
