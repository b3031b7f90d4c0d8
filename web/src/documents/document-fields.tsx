import type { MessageKey } from '#shared/i18n/format.ts';
import { documentLanguageSchema } from '#shared/schemas/document.ts';
import type { I18n } from '../app/i18n.ts';
import { themeOptions, useThemes } from '../app/themes.ts';
import type { FieldMessages } from '../ui/field-messages.ts';
import { SelectField, TextAreaField, TextField } from '../ui/fields.tsx';
import { sessionOptions, useSessionChoices } from './session-options.ts';

/** A document's details as the upload and edit forms hold them. */
export interface DocumentValues {
  title: string;
  description: string;
  language: 'az' | 'en' | 'ru' | 'other';
  session: string;
  theme: string;
  visibility: 'members' | 'public';
}

export const documentFields = (prefix: string): Record<keyof DocumentValues, { id: string; label: MessageKey }> => ({
  title: { id: `${prefix}-title`, label: 'docField.title' },
  description: { id: `${prefix}-description`, label: 'docField.description' },
  language: { id: `${prefix}-language`, label: 'docField.language' },
  session: { id: `${prefix}-session`, label: 'docField.session' },
  theme: { id: `${prefix}-theme`, label: 'docField.theme' },
  visibility: { id: `${prefix}-visibility-members`, label: 'docField.visibility' },
});

/**
 * Title, description, language, session, theme and who may see it. Only the secretariat is
 * offered "public"; a member is told who decides that.
 */
export function DocumentDetailFields({
  prefix,
  i18n,
  values,
  errors,
  secretariat,
  onChange,
}: {
  prefix: string;
  i18n: I18n;
  values: DocumentValues;
  errors: FieldMessages;
  secretariat: boolean;
  onChange(values: DocumentValues): void;
}) {
  const { t } = i18n;
  const themes = useThemes();
  const sessions = useSessionChoices();
  const fields = documentFields(prefix);
  const set =
    <K extends keyof DocumentValues>(name: K) =>
    (value: DocumentValues[K]) =>
      onChange({ ...values, [name]: value });

  function chooseSession(session: string) {
    // A document about a session is about its theme too, unless another was chosen.
    const theme =
      values.theme || (sessions.state === 'done' ? (sessions.value.find((s) => s.id === session)?.theme ?? '') : '');
    onChange({ ...values, session, theme });
  }

  const common = (name: keyof DocumentValues) => ({
    id: fields[name].id,
    name,
    label: t(fields[name].label),
    error: errors[name],
  });

  return (
    <>
      <TextField {...common('title')} maxLength={300} value={values.title} onValue={set('title')} />
      <TextAreaField
        {...common('description')}
        optional
        maxLength={2000}
        value={values.description}
        onValue={set('description')}
      />
      <SelectField
        {...common('language')}
        options={documentLanguageSchema.options.map((value) => ({ value, label: t(`docLanguage.${value}`) }))}
        value={values.language}
        onValue={(value) => value && set('language')(value)}
      />
      <SelectField
        {...common('session')}
        optional
        options={[{ value: '', label: t('docField.noSession') }, ...sessionOptions(sessions, i18n)]}
        value={values.session}
        onValue={chooseSession}
      />
      <SelectField
        {...common('theme')}
        optional
        options={[{ value: '', label: t('docField.noTheme') }, ...themeOptions(themes, i18n)]}
        value={values.theme}
        onValue={set('theme')}
      />
      {secretariat ? (
        <fieldset
          class={errors.visibility ? 'choices field-invalid' : 'choices'}
          aria-describedby={errors.visibility ? `${prefix}-visibility-error` : undefined}
        >
          <legend>{t('docField.visibility')}</legend>
          {errors.visibility && (
            <p id={`${prefix}-visibility-error`} class="field-error">
              {errors.visibility}
            </p>
          )}
          {(['members', 'public'] as const).map((option) => (
            <label key={option} class="choice">
              <input
                id={`${prefix}-visibility-${option}`}
                type="radio"
                name={`${prefix}-visibility`}
                value={option}
                checked={values.visibility === option}
                onChange={() => set('visibility')(option)}
              />
              {t(`docVisibility.${option}`)}
            </label>
          ))}
        </fieldset>
      ) : (
        <p class="hint">
          {values.visibility === 'public'
            ? `${t('docField.visibility')}: ${t('docVisibility.public')}`
            : t('upload.visibilityNote')}
        </p>
      )}
    </>
  );
}
