import { z } from 'zod';
import { isReturnPath } from '../return-path.ts';
import { emailSchema } from './common.ts';
import { memberSchema } from './member.ts';

/** A page of the portal to come back to after signing in (see `shared/return-path.ts`). */
export const returnPathSchema = z
  .string()
  .refine(isReturnPath, { message: 'Not a path of this portal.', params: { code: 'not-a-portal-path' } })
  .meta({ description: 'A path of the portal (`/sessions/…`), never another site.', example: '/sessions/abc' });

export const signInRequestSchema = z
  .strictObject({
    email: emailSchema,
    next: returnPathSchema.optional().meta({ description: 'Where the emailed link brings the member back to.' }),
  })
  .meta({ id: 'SignInRequest' });

export const signInCallbackQuerySchema = z.object({
  token: z.string().max(200).optional(),
  next: z.string().max(500).optional(),
});

/** Why a sign-in link did not work, as the sign-in page is told (`?error=`). */
export const signInErrorSchema = z.enum(['invalid-link', 'expired-link']);
export type SignInError = z.infer<typeof signInErrorSchema>;

export const meSchema = memberSchema.meta({ id: 'Me' });

/** Who is signed in, asked by every page load: a visitor without a session is not an error. */
export const signedInSchema = z.object({ member: meSchema.nullable() }).meta({ id: 'SignedIn' });
export type SignedIn = z.infer<typeof signedInSchema>;
