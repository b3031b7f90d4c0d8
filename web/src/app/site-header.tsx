import { useI18n } from './i18n.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { signInHref } from './return-to.ts';
import { locationStore } from './router.ts';
import { useSession } from './session.ts';
import { useStore } from './store.ts';

/** `sections`: the path prefixes under which the link stays marked as current. */
function NavLink({ href, sections = [href], children }: { href: string; sections?: string[]; children: string }) {
  const { pathname } = useStore(locationStore);
  const current = sections.some((section) => pathname === section || pathname.startsWith(`${section}/`));
  return (
    <li>
      <a href={href} aria-current={current ? 'page' : undefined}>
        {children}
      </a>
    </li>
  );
}

export function SiteHeader() {
  const { t } = useI18n();
  const session = useSession();
  const me = session.status === 'signed-in' ? session.me : null;
  return (
    <header class="site-header">
      <div class="wrap masthead">
        <a class="brand" href="/">
          <span class="brand-name">{t('site.name')}</span>
          <span class="brand-convener">{t('site.convener')}</span>
        </a>
        <LanguageSwitch />
      </div>
      <nav class="primary-nav" aria-label={t('layout.primaryNav')}>
        <ul class="wrap">
          <NavLink href="/outcomes">{t('nav.outcomes')}</NavLink>
          <NavLink href="/sessions">{t('nav.sessions')}</NavLink>
          <NavLink href="/documents">{t('nav.documents')}</NavLink>
          {/* The monitoring rounds are how the recommendations are followed: the same part of the site. */}
          <NavLink href="/recommendations" sections={['/recommendations', '/rounds']}>
            {t('nav.recommendations')}
          </NavLink>
          {me && <NavLink href="/members">{t('nav.members')}</NavLink>}
          {me?.role === 'secretariat' && (
            <NavLink href="/admin/members" sections={['/admin']}>
              {t('nav.admin')}
            </NavLink>
          )}
          <li class="nav-account">
            {me ? <AccountLink name={me.name} /> : session.status === 'anonymous' && <SignInLink />}
          </li>
        </ul>
      </nav>
    </header>
  );
}

function AccountLink({ name }: { name: string }) {
  const { t } = useI18n();
  const { pathname } = useStore(locationStore);
  return (
    <a href="/me" aria-current={pathname === '/me' ? 'page' : undefined}>
      {name}
      <span class="visually-hidden"> ({t('layout.myProfile')})</span>
    </a>
  );
}

function SignInLink() {
  const { t } = useI18n();
  const { pathname } = useStore(locationStore);
  return (
    <a href={signInHref()} aria-current={pathname.startsWith('/sign-in') ? 'page' : undefined}>
      {t('nav.signIn')}
    </a>
  );
}
