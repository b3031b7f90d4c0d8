import { z } from 'zod/mini';
import { emailSchema, meta } from './common.ts';

export const signInRequestSchema = /* @__PURE__ */ z
  .strictObject({ email: emailSchema })
  .apply(meta({ id: 'SignInRequest' }));

export const signInCallbackQuerySchema = /* @__PURE__ */ z.object({
  token: z.optional(z.string().check(z.maxLength(200))),
  next: z.optional(z.string().check(z.maxLength(500))),
});

/** Why a sign-in link did not work, as the sign-in page is told (`?error=`). */
export const signInErrorSchema = /* @__PURE__ */ z.enum(['invalid-link', 'expired-link']);
export type SignInError = z.infer<typeof signInErrorSchema>;

export { meSchema } from './member.ts';
