import { z } from 'zod';
import { emailSchema, languageSchema } from './common.ts';
import { themeSlugSchema } from './theme.ts';

export const subscribeSchema = z
  .strictObject({ email: emailSchema, theme: themeSlugSchema, language: languageSchema.default('az') })
  .meta({ id: 'Subscribe' });
export type Subscribe = z.infer<typeof subscribeSchema>;

export const subscriptionTokenQuerySchema = z.object({ token: z.string().max(200).optional() });

/** Where the confirmation and unsubscribe links lead (`/follow?status=`). */
export const followStatusSchema = z.enum(['confirmed', 'unsubscribed', 'invalid-link']);
