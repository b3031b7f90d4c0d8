import { render } from 'preact';
import { useShortIssueWording } from '#shared/issue-wording.ts';
import { App } from './app.tsx';
import { applyLanguage, languageStore, loadLanguage } from './i18n.ts';
import { startRouter } from './router.ts';
import { refreshSession } from './session.ts';

useShortIssueWording();
const lang = languageStore.get();
applyLanguage(lang);
startRouter();

const root = document.getElementById('app');
if (root) {
  // Who is signed in is known before the first drawing, so that the header and the pages are
  // drawn once for the reader's role and nothing moves when it arrives (ARCHITECTURE.md, "Pages").
  Promise.all([loadLanguage(lang), refreshSession()]).then(
    () => render(<App />, root),
    () => {
      root.textContent = 'Səhifəni yükləmək alınmadı; yenidən cəhd edin. · The page could not be loaded; try again.';
    },
  );
}
