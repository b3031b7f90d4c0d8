import { render } from 'preact';
import { App, loadPage } from './app.tsx';
import { applyLanguage, languageStore, loadLanguage } from './i18n.ts';
import { locationStore, startRouter } from './router.ts';
import { refreshSession } from './session.ts';

const lang = languageStore.get();
applyLanguage(lang);
startRouter();

/** How long the first drawing waits for the page's first reads, at most. */
const readsWaitMs = 1500;

const root = document.getElementById('app');
if (root) {
  // Who is signed in is known before the first drawing, so that the header and the pages are
  // drawn once for the reader's role and nothing moves when it arrives. The page's chunk loads
  // beside them and its first reads start as soon as it has, so that the first drawing holds
  // the whole page, or its loading states if the reads take longer than `readsWaitMs`
  // (ARCHITECTURE.md, "Pages"). A page that fails to load is retried, and its failure shown, by
  // the outlet.
  const sessionKnown = refreshSession();
  const { pathname, search } = locationStore.get();
  const firstPage = loadPage(pathname, search, sessionKnown).then(
    async (page) => {
      await Promise.race([page.firstReads, new Promise((resolve) => setTimeout(resolve, readsWaitMs))]);
      return page;
    },
    () => null,
  );
  Promise.all([loadLanguage(lang), sessionKnown, firstPage]).then(
    ([, , page]) => render(<App firstPage={page} />, root),
    () => {
      root.textContent = 'Səhifəni yükləmək alınmadı; yenidən cəhd edin. · The page could not be loaded; try again.';
    },
  );
}
