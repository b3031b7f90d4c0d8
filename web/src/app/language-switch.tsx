import { useState } from 'preact/hooks';
import { languages } from '#shared/constants.ts';
import type { Language } from '#shared/schemas/common.ts';
import { chooseLanguage, reloadIn, useI18n } from './i18n.ts';

const ownNames = { az: 'Azərbaycanca', en: 'English' } as const;

/**
 * Each language named in itself, so that a reader who cannot read the current one still finds
 * theirs. A switch whose messages cannot be loaded says so, in both languages (the reader may
 * read only the one they asked for), instead of leaving the page as it was without a word; the
 * next choice of that language loads the page again in it.
 */
export function LanguageSwitch() {
  const { lang, t } = useI18n();
  const [failed, setFailed] = useState<Language | null>(null);
  const [switching, setSwitching] = useState<Language | null>(null);
  const choose = async (option: Language) => {
    if (failed === option) return reloadIn(option);
    setFailed(null);
    setSwitching(option);
    try {
      await chooseLanguage(option);
    } catch {
      setFailed(option);
    } finally {
      setSwitching(null);
    }
  };
  return (
    <div class="language-choice">
      <fieldset class="language-switch">
        <legend class="visually-hidden">{t('layout.languageSwitch')}</legend>
        {languages.map((option) => (
          <button
            key={option}
            type="button"
            lang={option}
            aria-pressed={option === lang}
            aria-busy={switching === option ? 'true' : undefined}
            onClick={() => void choose(option)}
          >
            {ownNames[option]}
          </button>
        ))}
      </fieldset>
      {failed && (
        <p class="language-failed" role="alert">
          <span lang={lang}>{t('layout.languageFailed')}</span>{' '}
          {failed !== lang && <span lang={failed}>{languageFailedIn[failed]}</span>}
        </p>
      )}
    </div>
  );
}

/** Said in the language that could not be loaded, whose messages are, by definition, missing. */
const languageFailedIn: Record<Language, string> = {
  az: 'Azərbaycan dilinə keçmək alınmadı. Bağlantını yoxlayın və dili yenidən seçin: səhifə yenidən yüklənəcək.',
  en: 'Could not switch to English. Check your connection and choose it again: the page will reload.',
};
