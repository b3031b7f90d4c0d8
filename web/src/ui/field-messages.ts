import type { FieldError } from '#shared/field-errors.ts';
import type { MessageKey } from '#shared/i18n/format.ts';
import type { I18n } from '../app/i18n.ts';

/** Field errors said by their stable code, in the reader's language (see shared/field-errors.ts). */
const byCode: Partial<Record<string, MessageKey>> = {
  required: 'errors.field.required',
  'control-characters': 'errors.field.controlChars',
  'end-before-start': 'errors.field.endAfterStart',
  'date-not-exist': 'errors.field.date',
  'invalid-option': 'errors.field.invalid',
  'invalid-type': 'errors.field.invalid',
  invalid: 'errors.field.invalid',
};

/**
 * What is wrong with a field, in the reader's language: by its code where the page knows it,
 * else by the English message of the shared schemas, else that message as it is.
 */
export function fieldMessage({ t }: I18n, error: Pick<FieldError, 'code' | 'message' | 'params'>): string {
  const { code, message, params = {} } = error;
  if (code === 'too-long') return t('errors.field.tooLong', { max: params.max ?? '' });
  if (code === 'invalid-format' && params.format === 'email') return t('errors.field.email');
  if (code === 'invalid-format' && params.format === 'url') return t('errors.field.url');
  const coded = byCode[code];
  if (coded) return t(coded);
  // A pattern has no code of its own: the one the pages show is known by its wording.
  if (message === 'A time of day as HH:MM (Asia/Baku).') return t('errors.field.time');
  return message;
}

export type FieldMessages = Partial<Record<string, string>>;

/** Field errors keyed by field name, for the form that sent them. */
export function byField(i18n: I18n, errors: readonly FieldError[]): FieldMessages {
  const messages: FieldMessages = {};
  for (const error of errors) {
    const name = error.field.replace(/^(json|body)\./, '');
    messages[name] ??= fieldMessage(i18n, error);
  }
  return messages;
}
