import { type MessageSource, useI18n } from './i18n.ts';
import { locationStore } from './router.ts';
import { useSession } from './session.ts';
import { useStore } from './store.ts';

export const welcomeMessages: MessageSource = {
  az: () => import('#shared/i18n/az-welcome.ts').then((module) => module.azWelcome),
  en: () => import('#shared/i18n/en-welcome.ts').then((module) => module.enWelcome),
};

/**
 * The first sign-in of an invited member lands with `?welcome=1` (functions/api/routes/auth.ts):
 * a short welcome with the next steps, above whatever page they came back to.
 */
export function Welcome() {
  const { t } = useI18n();
  const session = useSession();
  const { search } = useStore(locationStore);
  if (session.status !== 'signed-in' || new URLSearchParams(search).get('welcome') !== '1') return null;
  return (
    // Above the page's own h1, so it names its region instead of taking a heading of its own.
    <section class="notice notice-success welcome" aria-labelledby="welcome-title">
      <p id="welcome-title" class="welcome-title">
        {t('welcome.title', { name: session.me.name })}
      </p>
      <p>{t('welcome.lead')}</p>
      <ul>
        <li>
          <a href="/me">{t('welcome.profile')}</a>
        </li>
        <li>
          <a href="/sessions">{t('welcome.sessions')}</a>
        </li>
        <li>
          <a href="/documents/upload">{t('welcome.documents')}</a>
        </li>
      </ul>
    </section>
  );
}
