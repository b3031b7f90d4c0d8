import { useState } from 'preact/hooks';
import type { GuestLinkStatus } from '#shared/constants.ts';
import type { guestLinkOutcomeSchema } from '#shared/schemas/guest.ts';
import { announce } from '../app/announcer.ts';
import { type AnswerOf, requestJson } from '../app/api.ts';
import { useI18n } from '../app/i18n.ts';
import { ErrorNotice, Notice } from '../ui/notices.tsx';

/** The token of a guest's cancel link: in the fragment, which no server or Referer sees. */
export function cancelTokenInLocation(): string | undefined {
  return new URLSearchParams(location.hash.slice(1)).get('token') ?? undefined;
}

/**
 * What a guest's cancel link opens: a question, and the cancellation only on "yes" (a mail
 * scanner that opens every link cancels nobody). The outcome replaces the question in place.
 */
export function GuestCancel({ token, onDone }: { token: string; onDone: (status: GuestLinkStatus) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cancel = async () => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await requestJson<AnswerOf<typeof guestLinkOutcomeSchema>>('/api/guests/cancel', {
        method: 'POST',
        body: { token },
      });
      // The link has done its work: a reload or a shared address must not ask again.
      history.replaceState(history.state, '', `${location.pathname}?guest=${outcome.status}`);
      announce(t(`guest.status.${outcome.status}`));
      onDone(outcome.status);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <Notice>
      <p>{t('guest.cancelQuestion')}</p>
      {error !== null && <ErrorNotice error={error} />}
      <p>
        <button type="button" class="button" onClick={cancel} disabled={busy}>
          {t('guest.cancelConfirm')}
        </button>
      </p>
    </Notice>
  );
}
