import type { z } from 'zod';
import type { MessageKey } from '#shared/i18n/format.ts';
import type { FieldError } from './api.ts';
import type { I18n } from './i18n.ts';

/**
 * The API and the shared schemas word their field messages in English; the page says them in the
 * reader's language when it knows the message, and passes any other through unchanged.
 */
export function fieldMessage({ t }: I18n, message: string): string {
  const tooLong = /^At most (\d+) characters\.$/.exec(message);
  if (tooLong) return t('errors.field.tooLong', { max: tooLong[1] ?? '' });
  const known: Record<string, MessageKey> = {
    'Required.': 'errors.field.required',
    'Not a valid email address.': 'errors.field.email',
    'Control characters are not allowed.': 'errors.field.controlChars',
    'The end must come after the start.': 'errors.field.endAfterStart',
    'An http(s) link.': 'errors.field.url',
    'A time of day as HH:MM (Asia/Baku).': 'errors.field.time',
    'This date does not exist.': 'errors.field.date',
  };
  const key = known[message];
  if (key) return t(key);
  if (/received undefined/.test(message)) return t('errors.field.required');
  if (/^Invalid (option|input)/.test(message)) return t('errors.field.invalid');
  return message;
}

export type FieldMessages = Partial<Record<string, string>>;

/** Field errors keyed by field name, for the form that sent them. */
export function byField(i18n: I18n, errors: readonly FieldError[]): FieldMessages {
  const messages: FieldMessages = {};
  for (const { field, message } of errors) {
    const name = field.replace(/^(json|body)\./, '');
    messages[name] ??= fieldMessage(i18n, message);
  }
  return messages;
}

/** Runs a shared schema in the browser, so the form says what the API would say, sooner. */
export function validationErrors(schema: z.ZodType, value: unknown): FieldError[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }));
}
