import type { ComponentChildren, RefObject } from 'preact';
import { ApiError } from '../app/api.ts';
import { type I18n, useI18n } from '../app/i18n.ts';
import { signInHref } from '../app/return-to.ts';

export function Notice({
  children,
  tone = 'info',
}: {
  children: ComponentChildren;
  tone?: 'info' | 'error' | 'success';
}) {
  return <div class={`notice notice-${tone}`}>{children}</div>;
}

/** An error that is not about one field, said in the reader's language where the code is known. */
export function problemMessage(i18n: I18n, error: unknown): string {
  if (!(error instanceof ApiError)) return i18n.t('errors.unexpected');
  if (error.status === 0) return i18n.t('errors.network');
  if (error.status === 401) return i18n.t('errors.unauthenticated');
  if (error.status === 403) return i18n.t('errors.forbidden');
  if (error.status === 412) return i18n.t('errors.stale');
  if (error.status === 429) {
    const seconds = error.retryAfterSeconds;
    if (seconds === undefined) return i18n.t('errors.rateLimitedSoon');
    return i18n.tPlural('errors.rateLimited', Math.max(1, Math.ceil(seconds / 60)));
  }
  if (error.status >= 500 || error.code === 'unexpected-answer') return i18n.t('errors.unexpected');
  return error.detail;
}

/** An error from the API, read out as soon as it appears. */
export function ErrorNotice({ error }: { error: unknown }) {
  const i18n = useI18n();
  return (
    <div class="notice notice-error" role="alert">
      {problemMessage(i18n, error)}
    </div>
  );
}

export function SignInNeeded() {
  const { t } = useI18n();
  return (
    <Notice>
      <p>{t('common.signInNeeded')}</p>
      <p>
        <a href={signInHref()}>{t('common.signInLink')}</a>
      </p>
    </Notice>
  );
}

export function Loading() {
  const { t } = useI18n();
  return <p class="loading">{t('common.loading')}</p>;
}

/** What a page says when its record is not there (or its id is refused), and the way back. */
export interface NotFound {
  message: string;
  backTo?: string;
  backLabel?: string;
}

/**
 * What a page shows when its record did not load: "not found" (also for an id the API refuses)
 * with a way back, where the page says what it lacks; else the error, with a retry where it can.
 */
export function LoadFailure({
  error,
  notFound,
  onRetry,
}: {
  error: unknown;
  notFound?: NotFound;
  onRetry?: () => void;
}) {
  const { t } = useI18n();
  if (notFound && error instanceof ApiError && (error.status === 404 || error.status === 400)) {
    return (
      <Notice>
        <p>{notFound.message}</p>
        {notFound.backTo && (
          <p>
            <a href={notFound.backTo}>{notFound.backLabel}</a>
          </p>
        )}
      </Notice>
    );
  }
  return (
    <>
      <ErrorNotice error={error} />
      {onRetry && (
        <button type="button" class="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </>
  );
}

/**
 * The question before an action that cannot be taken back, focused when it opens (the caller
 * focuses `#id`): the caller's confirm button, and a keep button that closes it and gives the
 * focus back to the button that opened it.
 */
export function ConfirmBox({
  id,
  question,
  danger = false,
  confirm,
  keepLabel,
  onKeep,
  opener,
}: {
  id: string;
  question: string;
  danger?: boolean;
  confirm: ComponentChildren;
  keepLabel: string;
  onKeep: () => void;
  opener: RefObject<HTMLButtonElement | null>;
}) {
  return (
    <div class={danger ? 'notice notice-error confirm' : 'notice confirm'}>
      <p id={id} tabIndex={-1}>
        {question}
      </p>
      <div class="button-row">
        {confirm}
        <button
          type="button"
          class="button button-secondary"
          onClick={() => {
            onKeep();
            setTimeout(() => opener.current?.focus());
          }}
        >
          {keepLabel}
        </button>
      </div>
    </div>
  );
}
