import type { Language } from '../schemas/common.ts';
import { az, type MessageKey } from './az.ts';
import { en } from './en.ts';

export type { MessageKey } from './az.ts';
export type MessageParams = Record<string, string | number>;

export const messages: Record<Language, Record<MessageKey, string>> = { az, en };

/** The message for `key` in `lang`, with `{placeholders}` filled from `params`. */
export function t(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

/** Keys that come in `.one` / `.other` forms, chosen by the language's plural rules. */
type PluralBase = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

export function tPlural(lang: Language, base: PluralBase, count: number, params: MessageParams = {}): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return t(lang, `${base}.${form}` as MessageKey, { count, ...params });
}
