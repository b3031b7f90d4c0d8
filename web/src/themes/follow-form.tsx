import { useState } from 'preact/hooks';
import type { MessageKey } from '#shared/i18n/format.ts';
import type { Language } from '#shared/schemas/common.ts';
import { announce } from '../app/announcer.ts';
import { useI18n } from '../app/i18n.ts';
import { themeOptions, useThemes } from '../app/themes.ts';
import { languageOptions } from '../members/member-form.ts';
import { outcomesApi } from '../outcomes/outcomes-api.ts';
import { ErrorSummary, summaryOf } from '../ui/error-summary.tsx';
import { byField } from '../ui/field-messages.ts';
import { SelectField, TextField } from '../ui/fields.tsx';
import { lazyChecks } from '../ui/lazy-checks.ts';
import { ErrorNotice, Notice } from '../ui/notices.tsx';
import { useFieldErrors } from '../ui/use-field-errors.ts';

const checks = lazyChecks(() => import('#shared/schemas/subscription.ts'));

/**
 * Following a theme by email, for anyone: the address, the theme (unless the page is the
 * theme's own) and the language of the emails. The answer is the same whether or not the address
 * follows the theme already, and so is what the page says.
 */
export function FollowForm({
  idPrefix,
  theme: fixedTheme,
  initialTheme,
}: {
  idPrefix: string;
  /** The theme followed, when the page is that theme's: no choice is offered. */
  theme?: string | undefined;
  initialTheme?: string | undefined;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const themes = useThemes();
  const [email, setEmail] = useState('');
  const [theme, setTheme] = useState(fixedTheme ?? initialTheme ?? '');
  const [language, setLanguage] = useState<Language>(i18n.lang);
  const { errors, attempt, showErrors, showApiErrors, clearErrors } = useFieldErrors();
  const [failure, setFailure] = useState<unknown>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const fields: Record<string, { id: string; label: MessageKey }> = {
    email: { id: `${idPrefix}-email`, label: 'follow.email' },
    ...(fixedTheme ? {} : { theme: { id: `${idPrefix}-theme`, label: 'follow.theme' } }),
    language: { id: `${idPrefix}-language`, label: 'follow.language' },
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (sending) return;
    setFailure(null);
    setSentTo(null);
    const input = { email, theme, language };
    setSending(true);
    try {
      const { validationErrors, subscribeSchema } = await checks();
      const found = byField(i18n, validationErrors(subscribeSchema, input));
      if (!email.trim()) found.email = t('errors.field.required');
      if (!theme) found.theme = t('errors.field.required');
      if (Object.keys(found).length > 0) return showErrors(found);
      clearErrors();
      const accepted = subscribeSchema.parse(input);
      await outcomesApi.follow(accepted);
      setSentTo(accepted.email);
      setEmail('');
      announce(t('follow.sent', { email: accepted.email }));
    } catch (error) {
      if (!showApiErrors(error)) setFailure(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <form class="form" noValidate onSubmit={submit} onFocusIn={() => checks().catch(() => undefined)}>
      <ErrorSummary items={summaryOf(fields, errors, t)} attempt={attempt} />
      {sentTo && (
        <Notice tone="success">
          <p>{t('follow.sent', { email: sentTo })}</p>
        </Notice>
      )}
      <TextField
        id={`${idPrefix}-email`}
        name="email"
        type="email"
        label={t('follow.email')}
        autoComplete="email"
        maxLength={254}
        value={email}
        onValue={setEmail}
        error={errors.email}
      />
      {!fixedTheme && (
        <SelectField
          id={`${idPrefix}-theme`}
          name="theme"
          label={t('follow.theme')}
          options={[{ value: '', label: t('common.choose') }, ...themeOptions(themes, i18n)]}
          value={theme}
          onValue={setTheme}
          error={errors.theme}
        />
      )}
      <SelectField
        id={`${idPrefix}-language`}
        name="language"
        label={t('follow.language')}
        options={languageOptions(i18n)}
        value={language}
        onValue={(value) => value && setLanguage(value)}
        error={errors.language}
      />
      {failure !== null && <ErrorNotice error={failure} />}
      <button type="submit" class="button" aria-disabled={sending ? 'true' : undefined}>
        {sending ? t('follow.sending') : t('follow.submit')}
      </button>
    </form>
  );
}
