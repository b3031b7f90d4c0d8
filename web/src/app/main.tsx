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
void refreshSession();

const root = document.getElementById('app');
if (root) {
  loadLanguage(lang).then(
    () => render(<App />, root),
    () => {
      root.textContent = 'Səhifəni yükləmək alınmadı; yenidən cəhd edin. · The page could not be loaded; try again.';
    },
  );
}
