import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { announcementStore, flashStore } from './announcer.ts';
import { addMessages, useI18n } from './i18n.ts';
import { locationStore } from './router.ts';
import { matchRoute, type PageModule, type RouteParams } from './routes.ts';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';
import { useStore } from './store.ts';

interface LoadedPage {
  pathname: string;
  Page: PageModule['default'];
  params: RouteParams;
}

/** Shows the page of the current address; the previous page stays until the next one has loaded. */
function Outlet() {
  const { t } = useI18n();
  const { pathname } = useStore(locationStore);
  const [loaded, setLoaded] = useState<LoadedPage | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    const { route, params } = matchRoute(pathname);
    setFailed(false);
    route.load().then(
      async (module) => {
        await addMessages(...(module.messages ?? []));
        if (current) setLoaded({ pathname, Page: module.default, params });
      },
      // Typically a new release replaced the chunk names; a full load fetches the new ones.
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [pathname]);

  if (failed) {
    return (
      <div class="notice notice-error" role="alert">
        <p>{t('common.loadFailed')}</p>
        <button type="button" class="button" onClick={() => window.location.reload()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!loaded) return <p class="loading">{t('common.loading')}</p>;
  const { Page, params } = loaded;
  return (
    <>
      <Flash pathname={loaded.pathname} />
      <WelcomeSlot />
      <Page key={loaded.pathname} params={params} />
    </>
  );
}

/** The welcome of a newly invited member (`?welcome=1`): its own chunk, which only they download. */
function WelcomeSlot() {
  const { search } = useStore(locationStore);
  const wanted = new URLSearchParams(search).get('welcome') === '1';
  const [Welcome, setWelcome] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!wanted || Welcome) return;
    import('./welcome.tsx').then(
      async (module) => {
        await addMessages(module.welcomeMessages);
        setWelcome(() => module.Welcome);
      },
      // Without its chunk the page still works; the welcome is a courtesy.
      () => undefined,
    );
  }, [wanted]);
  return wanted && Welcome ? <Welcome /> : null;
}

/** The success of the action that led here; gone once the visitor moves on to another page. */
function Flash({ pathname }: { pathname: string }) {
  const flashed = useStore(flashStore);
  useEffect(() => {
    if (flashed && flashed.pathname !== pathname) flashStore.set(null);
  }, [pathname]);
  if (!flashed || flashed.pathname !== pathname) return null;
  return (
    <p class="action-status action-status-success action-status-flash">
      <span class="action-status-mark" aria-hidden="true" />
      {flashed.text}
    </p>
  );
}

export function App() {
  const { t } = useI18n();
  const announcement = useStore(announcementStore);
  return (
    <>
      <a class="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" class="wrap" tabIndex={-1}>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {announcement}
        </div>
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}
