import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { announcementStore, flashStore } from './announcer.ts';
import { addMessages, useI18n } from './i18n.ts';
import { forgetReadsAhead } from './read-ahead.ts';
import { locationStore } from './router.ts';
import { matchRoute, type PageModule, type RouteParams } from './routes.ts';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';
import { useStore } from './store.ts';

export interface LoadedPage {
  pathname: string;
  Page: PageModule['default'];
  params: RouteParams;
  /** Settles when the page's first reads have (read-ahead.ts). */
  firstReads: Promise<unknown>;
}

/**
 * The page of an address: its chunk, then the messages it brings, its first reads started
 * between the two. They wait for `sessionKnown`: who reads decides what is read.
 */
export async function loadPage(
  pathname: string,
  search: string,
  sessionKnown: Promise<unknown> = Promise.resolve(),
): Promise<LoadedPage> {
  const { route, params } = matchRoute(pathname);
  const [module] = await Promise.all([route.load(), sessionKnown]);
  forgetReadsAhead();
  const firstReads = module.firstReads?.(params, new URLSearchParams(search)).catch(() => undefined);
  await addMessages(...(module.messages ?? []));
  return { pathname, Page: module.default, params, firstReads: firstReads ?? Promise.resolve() };
}

/**
 * Shows the page of the current address; the previous page stays until the next one has loaded.
 * The first page comes loaded (`main.tsx`), so the first drawing already holds it.
 */
function Outlet({ firstPage }: { firstPage: LoadedPage | null }) {
  const { t } = useI18n();
  const { pathname, search } = useStore(locationStore);
  const [loaded, setLoaded] = useState<LoadedPage | null>(firstPage);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (loaded?.pathname === pathname) return;
    let current = true;
    setFailed(false);
    loadPage(pathname, search).then(
      (page) => {
        if (current) setLoaded(page);
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

export function App({ firstPage }: { firstPage: LoadedPage | null }) {
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
        <Outlet firstPage={firstPage} />
      </main>
      <SiteFooter />
    </>
  );
}
