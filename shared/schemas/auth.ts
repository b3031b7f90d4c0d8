import * as z from 'zod/mini';
import { isReturnPath } from '../return-path.ts';
import { emailSchema, meta } from './common.ts';
import { meSchema } from './member.ts';

/** A page of the portal to come back to after signing in (see `shared/return-path.ts`). */
export const returnPathSchema = /* @__PURE__ */ z
  .string()
  .check(z.refine(isReturnPath, { message: 'Not a path of this portal.', params: { code: 'not-a-portal-path' } }))
  .apply(meta({ description: 'A path of the portal (`/sessions/…`), never another site.', example: '/sessions/abc' }));

export const signInRequestSchema = /* @__PURE__ */ z
  .strictObject({
    email: emailSchema,
    next: z
      .optional(returnPathSchema)
      .apply(meta({ description: 'Where the emailed link brings the member back to.' })),
  })
  .apply(meta({ id: 'SignInRequest' }));

export const signInCallbackQuerySchema = /* @__PURE__ */ z.object({
  token: z.optional(z.string().check(z.maxLength(200))),
  next: z.optional(z.string().check(z.maxLength(500))),
});

/** Why a sign-in link did not work, as the sign-in page is told (`?error=`). */
export const signInErrorSchema = /* @__PURE__ */ z.enum(['invalid-link', 'expired-link']);
export type SignInError = z.infer<typeof signInErrorSchema>;

export { meSchema } from './member.ts';

/** Who is signed in, asked by every page load: a visitor without a session is not an error. */
export const signedInSchema = /* @__PURE__ */ z
  .object({ member: z.nullable(meSchema) })
  .apply(meta({ id: 'SignedIn' }));
export type SignedIn = z.infer<typeof signedInSchema>;
