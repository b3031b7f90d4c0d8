import type { MessageKey, Messages } from './az.ts';

export type { MessageKey, Messages } from './az.ts';
export type MessageParams = Record<string, string | number>;

/** Keys that come in `.one` / `.other` forms, chosen by the language's plural rules. */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/**
 * The message for `key`, with `{placeholders}` filled from `params` (unknown ones are left as they are).
 * A key whose section has not been loaded shows as itself rather than breaking the page.
 */
export function translate(messages: Messages, key: MessageKey, params: MessageParams = {}): string {
  return (messages[key] ?? key).replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

export function translatePlural(
  messages: Messages,
  locale: string,
  base: PluralBase,
  count: number,
  params: MessageParams = {},
): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return translate(messages, `${base}.${form}` as MessageKey, { count, ...params });
}
