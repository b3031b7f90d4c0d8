import * as z from 'zod/mini';
import { emailSchema, languageSchema, meta, text } from './common.ts';
import { accessibilityNeedsSchema, noNeeds } from './needs.ts';

// Apart from guest.ts (what the session detail shows) so that only the guests' form downloads it.

/**
 * A person without an account registering for a public, scheduled session. The registration is
 * confirmed by a link sent to the address (double opt-in); only a confirmed one takes a seat.
 */
export const guestRegistrationInputSchema = /* @__PURE__ */ z
  .strictObject({
    name: text(120),
    organisation: z._default(text(200, 0), ''),
    email: emailSchema,
    language: z._default(languageSchema, 'az').apply(meta({ description: 'The language the emails lead with.' })),
    needs: z._default(accessibilityNeedsSchema, noNeeds),
  })
  .apply(meta({ id: 'GuestRegistrationInput' }));
export type GuestRegistrationInput = z.infer<typeof guestRegistrationInputSchema>;

export const guestTokenQuerySchema = /* @__PURE__ */ z.object({
  token: z.optional(z.string().check(z.maxLength(300))),
});

export const guestCancelInputSchema = /* @__PURE__ */ z
  .strictObject({ token: z.string().check(z.minLength(1), z.maxLength(300)) })
  .apply(meta({ id: 'GuestCancelInput', description: 'The token of the cancel link in the registration email.' }));
export type GuestCancelInput = z.infer<typeof guestCancelInputSchema>;

export const guestRegistrationAcceptedSchema = /* @__PURE__ */ z
  .object({ message: z.string() })
  .apply(meta({ id: 'GuestRegistrationAccepted' }));
