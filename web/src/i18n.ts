import {
  type MessageKey,
  type MessageParams,
  type Messages,
  type PluralBase,
  translate,
  translatePlural,
} from '#shared/i18n/format.ts';
import type { Language } from '#shared/schemas/common.ts';
import { type DateTimeStyle, formatDateTime } from './dates.ts';
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

export interface I18n {
  lang: Language;
  t(key: MessageKey, params?: MessageParams): string;
  tPlural(base: PluralBase, count: number, params?: MessageParams): string;
  formatDateTime(iso: string, style?: DateTimeStyle): string;
}

function i18nFor(lang: Language, messages: Messages): I18n {
  return {
    lang,
    t: (key, params) => translate(messages, key, params),
    tPlural: (base, count, params) => translatePlural(messages, lang, base, count, params),
    formatDateTime: (iso, style) => formatDateTime(lang, iso, style),
  };
}

/**
 * Each language is its own chunk: a reader downloads the messages of the language they read.
 * The core messages come with the shell; pages with many messages of their own bring them as
 * sections (`#shared/i18n/<lang>-<section>.ts`), loaded with the page (see `routes.ts`).
 */
export type Section = 'sessions' | 'session-detail' | 'session-admin' | 'session-editor';
type Part = 'core' | Section;

const messageLoaders: Record<Language, Record<Part, () => Promise<Partial<Messages>>>> = {
  az: {
    core: () => import('#shared/i18n/az.ts').then((module) => module.az),
    sessions: () => import('#shared/i18n/az-sessions.ts').then((module) => module.azSessions),
    'session-detail': () => import('#shared/i18n/az-session-detail.ts').then((module) => module.azSessionDetail),
    'session-admin': () => import('#shared/i18n/az-session-admin.ts').then((module) => module.azSessionAdmin),
    'session-editor': () => import('#shared/i18n/az-session-editor.ts').then((module) => module.azSessionEditor),
  },
  en: {
    core: () => import('#shared/i18n/en.ts').then((module) => module.en),
    sessions: () => import('#shared/i18n/en-sessions.ts').then((module) => module.enSessions),
    'session-detail': () => import('#shared/i18n/en-session-detail.ts').then((module) => module.enSessionDetail),
    'session-admin': () => import('#shared/i18n/en-session-admin.ts').then((module) => module.enSessionAdmin),
    'session-editor': () => import('#shared/i18n/en-session-editor.ts').then((module) => module.enSessionEditor),
  },
};

const loaded: Partial<Record<Language, I18n>> = {};
const loadedParts: Record<Language, Partial<Record<Part, Partial<Messages>>>> = { az: {}, en: {} };
/** The sections some opened page needed: a change of language loads them in the new language too. */
const wantedParts = new Set<Part>(['core']);

export const languageStore = createStore<Language>(savedLanguage());

export async function loadLanguage(lang: Language): Promise<void> {
  const parts = loadedParts[lang];
  const missing = [...wantedParts].filter((part) => !parts[part]);
  if (missing.length === 0 && loaded[lang]) return;
  const messages = await Promise.all(missing.map((part) => messageLoaders[lang][part]()));
  missing.forEach((part, index) => {
    parts[part] = messages[index];
  });
  loaded[lang] = i18nFor(lang, Object.assign({}, ...Object.values(parts)) as Messages);
}

/** Loads the sections of messages a page needs, in the current language, before it shows. */
export function loadSections(...sections: Section[]): Promise<void> {
  for (const section of sections) wantedParts.add(section);
  return loadLanguage(languageStore.get());
}

export function applyLanguage(lang: Language): void {
  document.documentElement.lang = lang;
}

export async function chooseLanguage(lang: Language): Promise<void> {
  await loadLanguage(lang);
  try {
    window.localStorage.setItem(storageKey, lang);
  } catch {
    // Not remembered, but still applied to this visit.
  }
  applyLanguage(lang);
  languageStore.set(lang);
}

function i18nOf(lang: Language): I18n {
  const i18n = loaded[lang];
  if (!i18n) throw new Error(`The ${lang} messages are used before they were loaded.`);
  return i18n;
}

/** The current language's messages; `main.tsx` loads them before the first render. */
export function useI18n(): I18n {
  return i18nOf(useStore(languageStore));
}
