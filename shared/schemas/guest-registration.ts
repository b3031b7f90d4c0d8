import { z } from 'zod';
import { emailSchema, languageSchema, text } from './common.ts';
import { accessibilityNeedsSchema } from './needs.ts';

// Apart from guest.ts (what the session detail shows) so that only the guests' form downloads it.

/**
 * A person without an account registering for a public, scheduled session. The registration is
 * confirmed by a link sent to the address (double opt-in); only a confirmed one takes a seat.
 */
export const guestRegistrationInputSchema = z
  .strictObject({
    name: text(120),
    organisation: text(200, 0).default(''),
    email: emailSchema,
    language: languageSchema.default('az').meta({ description: 'The language the emails lead with.' }),
    needs: accessibilityNeedsSchema.default({
      signLanguage: false,
      stepFreeAccess: false,
      captioning: false,
      accessibleFormats: false,
      other: '',
    }),
  })
  .meta({ id: 'GuestRegistrationInput' });
export type GuestRegistrationInput = z.infer<typeof guestRegistrationInputSchema>;

export const guestTokenQuerySchema = z.object({ token: z.string().max(300).optional() });

export const guestRegistrationAcceptedSchema = z
  .object({ message: z.string() })
  .meta({ id: 'GuestRegistrationAccepted' });
