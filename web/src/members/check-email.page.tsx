import { returnPathOr } from '#shared/return-path.ts';
import { useI18n } from '../app/i18n.ts';
import { locationStore } from '../app/router.ts';
import { useStore } from '../app/store.ts';
import { PageHeading } from '../ui/page-heading.tsx';

function emailFrom(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('email' in state)) return null;
  return typeof state.email === 'string' ? state.email : null;
}

export default function CheckEmailPage() {
  const { t } = useI18n();
  const { state, search } = useStore(locationStore);
  const email = emailFrom(state);
  const next = returnPathOr(new URLSearchParams(search).get('next'), '');
  return (
    <>
      <PageHeading title={t('checkEmail.title')}>{t('checkEmail.title')}</PageHeading>
      <div class="prose">
        <p class="lead">{email ? t('checkEmail.sentTo', { email }) : t('checkEmail.sentGeneric')}</p>
        <p>{t('checkEmail.validity')}</p>
        <p>
          <a href={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>{t('checkEmail.again')}</a>
        </p>
      </div>
    </>
  );
}
