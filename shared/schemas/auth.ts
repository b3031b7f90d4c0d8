import { z } from 'zod';
import { emailSchema } from './common.ts';
import { memberSchema } from './member.ts';

export const signInRequestSchema = z.strictObject({ email: emailSchema }).meta({ id: 'SignInRequest' });

export const signInCallbackQuerySchema = z.object({
  token: z.string().max(200).optional(),
  next: z.string().max(500).optional(),
});

/** Why a sign-in link did not work, as the sign-in page is told (`?error=`). */
export const signInErrorSchema = z.enum(['invalid-link', 'expired-link']);
export type SignInError = z.infer<typeof signInErrorSchema>;

export const meSchema = memberSchema.meta({ id: 'Me' });
