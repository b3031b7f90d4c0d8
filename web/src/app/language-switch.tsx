import { languages } from '#shared/constants.ts';
import { chooseLanguage, useI18n } from './i18n.ts';

const ownNames = { az: 'Azərbaycanca', en: 'English' } as const;

/** Each language named in itself, so that a reader who cannot read the current one still finds theirs. */
export function LanguageSwitch() {
  const { lang, t } = useI18n();
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{t('layout.languageSwitch')}</legend>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === lang}
          onClick={() => void chooseLanguage(option)}
        >
          {ownNames[option]}
        </button>
      ))}
    </fieldset>
  );
}
