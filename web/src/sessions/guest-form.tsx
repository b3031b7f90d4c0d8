import { useState } from 'preact/hooks';
import type { MessageKey } from '#shared/i18n/format.ts';
import type { Language } from '#shared/schemas/common.ts';
import type { GuestRegistrationInput, guestRegistrationAcceptedSchema } from '#shared/schemas/guest-registration.ts';
import type { AccessibilityNeeds } from '#shared/schemas/session.ts';
import { announce } from '../app/announcer.ts';
import { type AnswerOf, ApiError, requestJson } from '../app/api.ts';
import { useI18n } from '../app/i18n.ts';
import { languageOptions } from '../members/member-form.ts';
import { ErrorSummary, summaryOf } from '../ui/error-summary.tsx';
import { byField } from '../ui/field-messages.ts';
import { SelectField, TextField } from '../ui/fields.tsx';
import { lazyChecks } from '../ui/lazy-checks.ts';
import { ErrorNotice, Notice } from '../ui/notices.tsx';
import { useFieldErrors } from '../ui/use-field-errors.ts';
import { NeedsFields } from './needs-fields.tsx';

const noNeeds: AccessibilityNeeds = {
  signLanguage: false,
  stepFreeAccess: false,
  captioning: false,
  accessibleFormats: false,
  other: '',
};

const fields: Record<string, { id: string; label: MessageKey }> = {
  name: { id: 'guest-name', label: 'guest.name' },
  organisation: { id: 'guest-organisation', label: 'guest.organisation' },
  email: { id: 'guest-email', label: 'guest.email' },
  language: { id: 'guest-language', label: 'guest.language' },
  'needs.other': { id: 'guest-other', label: 'needs.other' },
};

const checks = lazyChecks(() => import('#shared/schemas/guest-registration.ts'));

/** Its own request, beside the form, so that only visitors who see the form download it. */
const registerGuest = (sessionId: string, input: GuestRegistrationInput) =>
  requestJson<AnswerOf<typeof guestRegistrationAcceptedSchema>>(
    `/api/sessions/${encodeURIComponent(sessionId)}/guests`,
    {
      method: 'POST',
      body: input,
    },
  );

/**
 * Registering for a public session without an account: the registration is confirmed by the
 * link emailed to the address (double opt-in), and only then holds a seat.
 */
export function GuestForm({ sessionId }: { sessionId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Language>(i18n.lang);
  const [needs, setNeeds] = useState<AccessibilityNeeds>(noNeeds);
  const { errors, attempt, showErrors, showApiErrors, clearErrors } = useFieldErrors();
  const [failure, setFailure] = useState<unknown>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (sending) return;
    setFailure(null);
    setRefusal(null);
    setSentTo(null);
    const input = { name, organisation, email, language, needs };
    setSending(true);
    try {
      const { validationErrors, guestRegistrationInputSchema } = await checks();
      const found = byField(i18n, validationErrors(guestRegistrationInputSchema, input));
      if (!name.trim()) found.name = t('errors.field.required');
      if (!email.trim()) found.email = t('errors.field.required');
      if (Object.keys(found).length > 0) return showErrors(found);
      clearErrors();
      const accepted = guestRegistrationInputSchema.parse(input);
      await registerGuest(sessionId, accepted);
      setSentTo(accepted.email);
      announce(t('guest.sent', { email: accepted.email }));
    } catch (error) {
      const code = error instanceof ApiError ? error.code : '';
      if (showApiErrors(error)) return;
      if (code === 'session-full') setRefusal(t('guest.full'));
      else if (code === 'registration-closed') setRefusal(t('guest.closed'));
      else setFailure(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <section aria-labelledby="guest-heading" class="card">
      <h2 id="guest-heading">{t('guest.heading')}</h2>
      <p>{t('guest.intro')}</p>
      {sentTo ? (
        <Notice tone="success">
          <p>{t('guest.sent', { email: sentTo })}</p>
        </Notice>
      ) : (
        <form class="form" noValidate onSubmit={submit} onFocusIn={() => checks().catch(() => undefined)}>
          <ErrorSummary items={summaryOf(fields, errors, t)} attempt={attempt} />
          <TextField
            id="guest-name"
            name="name"
            label={t('guest.name')}
            autoComplete="name"
            maxLength={120}
            value={name}
            onValue={setName}
            error={errors.name}
          />
          <TextField
            id="guest-organisation"
            name="organisation"
            label={t('guest.organisation')}
            optional
            autoComplete="organization"
            maxLength={200}
            value={organisation}
            onValue={setOrganisation}
            error={errors.organisation}
          />
          <TextField
            id="guest-email"
            name="email"
            type="email"
            label={t('guest.email')}
            autoComplete="email"
            maxLength={254}
            value={email}
            onValue={setEmail}
            error={errors.email}
          />
          <SelectField
            id="guest-language"
            name="language"
            label={t('guest.language')}
            options={languageOptions(i18n)}
            value={language}
            onValue={(value) => value && setLanguage(value)}
            error={errors.language}
          />
          <NeedsFields idPrefix="guest" needs={needs} onNeeds={setNeeds} otherError={errors['needs.other']} />
          {refusal && (
            <div class="notice notice-error" role="alert">
              {refusal}
            </div>
          )}
          {failure !== null && <ErrorNotice error={failure} />}
          <button type="submit" class="button" aria-disabled={sending ? 'true' : undefined}>
            {sending ? t('guest.sending') : t('guest.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
