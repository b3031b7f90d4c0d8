import * as z from 'zod/mini';
import { emailSchema, languageSchema, meta } from './common.ts';
import { themeSlugSchema } from './theme.ts';

export const subscribeSchema = /* @__PURE__ */ z
  .strictObject({ email: emailSchema, theme: themeSlugSchema, language: z._default(languageSchema, 'az') })
  .apply(meta({ id: 'Subscribe' }));
export type Subscribe = z.infer<typeof subscribeSchema>;

/** The answer to a follow request, alike whether or not the address already follows the theme. */
export const subscriptionAcceptedSchema = /* @__PURE__ */ z.object({ message: z.string() });

export const subscriptionTokenQuerySchema = /* @__PURE__ */ z.object({
  token: z.optional(z.string().check(z.maxLength(200))),
});
