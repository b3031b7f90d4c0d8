import { type MessageKey, type MessageParams, t, tPlural } from '#shared/i18n/t.ts';
import type { Language } from '#shared/schemas/common.ts';
import { createStore, useStore } from './store.ts';

const storageKey = 'portal.language';

function savedLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(storageKey);
    if (saved === 'az' || saved === 'en') return saved;
  } catch {
    // Storage may be off (private mode, policy): the working language it is.
  }
  return 'az';
}

export const languageStore = createStore<Language>(savedLanguage());

export function applyLanguage(lang: Language): void {
  document.documentElement.lang = lang;
}

export function chooseLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(storageKey, lang);
  } catch {
    // Not remembered, but still applied to this visit.
  }
  applyLanguage(lang);
  languageStore.set(lang);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** Dates and times as the group lives them: in Asia/Baku, whatever the reader's own zone. */
export function formatDateTime(lang: Language, iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'az' ? 'az-Latn-AZ' : 'en-GB', { ...options, timeZone: 'Asia/Baku' });
    dateTimeFormats.set(key, format);
  }
  return format.format(date);
}

export interface I18n {
  lang: Language;
  t(key: MessageKey, params?: MessageParams): string;
  tPlural(base: Parameters<typeof tPlural>[1], count: number, params?: MessageParams): string;
  formatDateTime(iso: string, options?: Intl.DateTimeFormatOptions): string;
}

export function i18nFor(lang: Language): I18n {
  return {
    lang,
    t: (key, params) => t(lang, key, params),
    tPlural: (base, count, params) => tPlural(lang, base, count, params),
    formatDateTime: (iso, options) => formatDateTime(lang, iso, options),
  };
}

const bound = { az: i18nFor('az'), en: i18nFor('en') } satisfies Record<Language, I18n>;

export function useI18n(): I18n {
  return bound[useStore(languageStore)];
}

/** For code outside components (e.g. announcements after an await). */
export function currentI18n(): I18n {
  return bound[languageStore.get()];
}
