import { z } from 'zod';

export const languages = ['az', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** Trims, refuses control characters, and bounds the length: every free-text field goes through it. */
export function text(max: number, min = 1) {
  return z
    .string()
    .trim()
    .min(min, min === 1 ? 'Required.' : `At least ${min} characters.`)
    .max(max, `At most ${max} characters.`)
    .refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), {
      message: 'Control characters are not allowed.',
      params: { code: 'control-characters' },
    });
}

export function localized(max: number) {
  return z.strictObject({ az: text(max), en: text(max) });
}

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'At most 254 characters.')
  .pipe(z.email('Not a valid email address.'))
  .transform((value) => value.toLowerCase());

export const idSchema = z.string().regex(/^[0-9A-Za-z_-]{8,64}$/, 'Not a valid id.');

/**
 * A client's name for one create, so that sending it again (after a timeout, a double click)
 * answers the first result instead of creating twice. A UUID does; any 8–128 visible characters will.
 */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7E]{8,128}$/, 'From 8 to 128 visible ASCII characters, such as a UUID.')
  .meta({ description: 'Optional. Repeating a create with the same key answers the first result again.' });

export const idempotencyHeaders = z.object({ 'idempotency-key': idempotencyKeySchema.optional() });

/** The `{id}` of an address such as /sessions/{id}. */
export const idParams = z.object({ id: idSchema });

export const cursorQuery = {
  cursor: z.string().max(2048).optional().meta({ description: 'Opaque; from `nextCursor` of the previous page.' }),
  limit: z.coerce.number().int().min(1).max(100).default(25),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const isoInstant = z.iso.datetime({ offset: true });
