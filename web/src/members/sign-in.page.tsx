import { useState } from 'preact/hooks';
import { returnPathOr } from '#shared/return-path.ts';
import { signInErrorSchema, signInRequestSchema } from '#shared/schemas/auth.ts';
import { api } from '../app/api.ts';
import { useI18n } from '../app/i18n.ts';
import { locationStore, navigate } from '../app/router.ts';
import { useSession } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { byField } from '../ui/field-messages.ts';
import { TextField } from '../ui/fields.tsx';
import { ErrorNotice, Notice } from '../ui/notices.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useFieldErrors } from '../ui/use-field-errors.ts';
import { validationErrors } from '../ui/validation.ts';

export default function SignInPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const { search } = useStore(locationStore);
  const query = new URLSearchParams(search);
  const linkError = signInErrorSchema.safeParse(query.get('error'));
  // Where the emailed link brings the member back to; anything but a path of the portal is dropped.
  const next = returnPathOr(query.get('next'), '');

  const [email, setEmail] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const { errors, attempt, showErrors, showApiErrors, clearErrors } = useFieldErrors();

  async function submit(event: Event) {
    event.preventDefault();
    if (sending) return;
    setFailure(null);
    const problems =
      email.trim() === ''
        ? [{ field: 'email', code: 'required', message: 'Required.' }]
        : validationErrors(signInRequestSchema, { email, ...(next ? { next } : {}) });
    if (problems.length > 0) {
      return showErrors(byField(i18n, problems));
    }
    clearErrors();
    setSending(true);
    try {
      await api.signIn(email.trim(), next || undefined);
      navigate(next ? `/sign-in/check-email?next=${encodeURIComponent(next)}` : '/sign-in/check-email', {
        state: { email: email.trim() },
      });
    } catch (error) {
      // The form has one field: anything else the API says is said as the failure.
      if (!showApiErrors(error, ({ email: found }) => (found ? { email: found } : {}))) setFailure(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      <PageHeading title={t('signIn.title')}>{t('signIn.title')}</PageHeading>
      {linkError.success && (
        <div class="notice notice-error">
          <h2 class="notice-title">{t('signIn.linkProblem')}</h2>
          <p>{t(`signIn.error.${linkError.data}`)}</p>
        </div>
      )}
      {session.status === 'signed-in' && (
        <Notice>
          <p>
            {t('signIn.alreadySignedIn', { name: session.me.name })}{' '}
            {next ? <a href={next}>{t('signIn.continue')}</a> : <a href="/me">{t('me.title')}</a>}
          </p>
        </Notice>
      )}
      <div class="prose">
        <p>{t('signIn.intro')}</p>
      </div>
      <form class="form narrow" noValidate onSubmit={submit}>
        <ErrorSummary
          items={errors.email ? [{ fieldId: 'sign-in-email', label: t('signIn.email'), message: errors.email }] : []}
          attempt={attempt}
        />
        <TextField
          id="sign-in-email"
          name="email"
          type="email"
          label={t('signIn.email')}
          autoComplete="email"
          maxLength={254}
          value={email}
          onValue={setEmail}
          error={errors.email}
        />
        {failure !== null && <ErrorNotice error={failure} />}
        <button type="submit" class="button" aria-disabled={sending ? 'true' : undefined}>
          {sending ? t('signIn.sending') : t('signIn.submit')}
        </button>
      </form>
      <p class="muted">{t('signIn.publicNote')}</p>
    </>
  );
}
