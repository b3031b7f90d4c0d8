import * as z from 'zod/mini';
import { emailSchema, languageSchema, meta } from './common.ts';
import { themeSlugSchema } from './theme.ts';

export const subscribeSchema = /* @__PURE__ */ z
  .strictObject({ email: emailSchema, theme: themeSlugSchema, language: z._default(languageSchema, 'az') })
  .apply(meta({ id: 'Subscribe' }));
export type Subscribe = z.infer<typeof subscribeSchema>;

export const subscriptionTokenQuerySchema = /* @__PURE__ */ z.object({
  token: z.optional(z.string().check(z.maxLength(200))),
});

/** Where the confirmation and unsubscribe links lead (`/follow?status=`). */
export const followStatusSchema = /* @__PURE__ */ z.enum(['confirmed', 'unsubscribed', 'invalid-link']);
