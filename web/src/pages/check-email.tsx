import { PageHeading } from '../components/page-heading.tsx';
import { useI18n } from '../i18n.ts';
import { locationStore } from '../router.ts';
import { useStore } from '../store.ts';

function emailFrom(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('email' in state)) return null;
  return typeof state.email === 'string' ? state.email : null;
}

export default function CheckEmailPage() {
  const { t } = useI18n();
  const email = emailFrom(useStore(locationStore).state);
  return (
    <>
      <PageHeading title={t('checkEmail.title')}>{t('checkEmail.title')}</PageHeading>
      <div class="prose">
        <p class="lead">{email ? t('checkEmail.sentTo', { email }) : t('checkEmail.sentGeneric')}</p>
        <p>{t('checkEmail.validity')}</p>
        <p>
          <a href="/sign-in">{t('checkEmail.again')}</a>
        </p>
      </div>
    </>
  );
}
