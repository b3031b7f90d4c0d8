import { render } from 'preact';
import { App } from './app.tsx';
import { applyLanguage, languageStore } from './i18n.ts';
import { startRouter } from './router.ts';
import { refreshSession } from './session.ts';

applyLanguage(languageStore.get());
startRouter();
void refreshSession();

const root = document.getElementById('app');
if (root) render(<App />, root);
