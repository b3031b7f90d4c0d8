import * as z from 'zod/mini';
import { languages } from '../constants.ts';

/**
 * The schemas are zod/mini: functions instead of methods, so that the API's cold start and the
 * pages load only the zod they use (ARCHITECTURE.md, "Routes and their schemas").
 */

/**
 * Words for the OpenAPI document (`id`, `description`, `example`): `schema.apply(meta({ … }))`.
 * As classic zod's `.meta()`, on a copy, in zod's global registry: never a check, so a schema
 * extended from a described one does not inherit its `id`.
 */
export const meta =
  (metadata: z.core.GlobalMeta) =>
  <T extends z.ZodMiniType>(schema: T): T => {
    const described = schema.clone();
    z.globalRegistry.add(described, metadata);
    return described;
  };

export const languageSchema = /* @__PURE__ */ z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** Trims, refuses control characters, and bounds the length: every free-text field goes through it. */
export function text(max: number, min = 1) {
  return z.string().check(
    z.trim(),
    z.minLength(min, min === 1 ? 'Required.' : `At least ${min} characters.`),
    z.maxLength(max, `At most ${max} characters.`),
    z.refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), {
      message: 'Control characters are not allowed.',
      params: { code: 'control-characters' },
    }),
  );
}

export function localized(max: number) {
  return z.strictObject({ az: text(max), en: text(max) });
}

/** Both languages of a text as the API answers it. */
export const bilingual = () => z.object({ az: z.string(), en: z.string() });

export const emailSchema = /* @__PURE__ */ z.pipe(
  z.pipe(
    z.string().check(z.trim(), z.maxLength(254, 'At most 254 characters.')),
    z.email('Not a valid email address.'),
  ),
  z.transform((value: string) => value.toLowerCase()),
);

export const idSchema = /* @__PURE__ */ z.string().check(z.regex(/^[0-9A-Za-z_-]{8,64}$/, 'Not a valid id.'));

/**
 * A client's name for one create, so that sending it again (after a timeout, a double click)
 * answers the first result instead of creating twice. A UUID does; any 8–128 visible characters will.
 */
export const idempotencyKeySchema = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^[\x21-\x7E]{8,128}$/, 'From 8 to 128 visible ASCII characters, such as a UUID.'))
  .apply(meta({ description: 'Optional. Repeating a create with the same key answers the first result again.' }));

export const idempotencyHeaders = /* @__PURE__ */ z.object({ 'idempotency-key': z.optional(idempotencyKeySchema) });

/** The `{id}` of an address such as /sessions/{id}. */
export const idParams = /* @__PURE__ */ z.object({ id: idSchema });

export const cursorQuery = {
  cursor: z.optional(
    z
      .string()
      .check(z.maxLength(2048))
      .apply(meta({ description: 'Opaque; from `nextCursor` of the previous page.' })),
  ),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
};

export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
}
