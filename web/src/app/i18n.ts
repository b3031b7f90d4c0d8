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

/** Where a set of messages comes from, in each language: one chunk per language. */
export type MessageSource = Record<Language, () => Promise<Partial<Messages>>>;

/**
 * Each language is its own chunk: a reader downloads the messages of the language they read.
 * The core messages come with the shell. A page with many messages of its own
 * (`#shared/i18n/<lang>-<section>.ts`) exports their sources as `messages`, which the outlet
 * loads before showing it; a component loaded later adds its own with `addMessages`.
 */
const core: MessageSource = {
  az: () => import('#shared/i18n/az.ts').then((module) => module.az),
  en: () => import('#shared/i18n/en.ts').then((module) => module.en),
};

const loaded: Partial<Record<Language, I18n>> = {};
/** Every source some opened page needed: a change of language loads them in the new language too. */
const sources: MessageSource[] = [core];
const parts: Record<Language, Map<MessageSource, Partial<Messages>>> = { az: new Map(), en: new Map() };

export const languageStore = createStore<Language>(savedLanguage());

export async function loadLanguage(lang: Language): Promise<void> {
  const have = parts[lang];
  const missing = sources.filter((source) => !have.has(source));
  if (missing.length === 0 && loaded[lang]) return;
  const messages = await Promise.all(missing.map((source) => source[lang]()));
  missing.forEach((source, index) => {
    have.set(source, messages[index] ?? {});
  });
  loaded[lang] = i18nFor(lang, Object.assign({}, ...have.values()));
}

/** Adds the messages of a page or component, in the language read now (and in any chosen later). */
export function addMessages(...added: MessageSource[]): Promise<void> {
  for (const source of added) if (!sources.includes(source)) sources.push(source);
  return loadLanguage(languageStore.get());
}

export function applyLanguage(lang: Language): void {
  document.documentElement.lang = lang;
}

/** Rejects when the chosen language's messages cannot be loaded; the page then stays as it was. */
export async function chooseLanguage(lang: Language): Promise<void> {
  await loadLanguage(lang);
  remember(lang);
  applyLanguage(lang);
  languageStore.set(lang);
}

/**
 * The page loaded again in `lang`: the way to a language whose messages failed to load, because
 * the browser keeps a failed `import()` failed for as long as the page lives.
 */
export function reloadIn(lang: Language): void {
  remember(lang);
  window.location.reload();
}

function remember(lang: Language): void {
  try {
    window.localStorage.setItem(storageKey, lang);
  } catch {
    // Not remembered, but still applied to this visit.
  }
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
