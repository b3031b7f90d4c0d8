import { z } from 'zod';
import { emailSchema, languageSchema, text } from './common.ts';
import { accessibilityNeedsSchema } from './needs.ts';

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

export const guestStatuses = ['pending', 'confirmed', 'cancelled'] as const;
export const guestStatusSchema = z.enum(guestStatuses);
export type GuestStatus = z.infer<typeof guestStatusSchema>;

/** A guest's registration as the secretariat sees it. */
export const guestSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    organisation: z.string(),
    email: z.string(),
    language: languageSchema,
    needs: accessibilityNeedsSchema,
    status: guestStatusSchema.meta({ description: 'Only a confirmed registration takes a seat.' }),
    createdAt: z.string(),
    confirmedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Guest' });
export type Guest = z.infer<typeof guestSchema>;

export const guestTokenQuerySchema = z.object({ token: z.string().max(300).optional() });

/** Where the links in a guest's emails lead: the session page with `?guest=<status>`. */
export const guestLinkStatuses = ['confirmed', 'cancelled', 'full', 'closed', 'expired-link', 'invalid-link'] as const;
export type GuestLinkStatus = (typeof guestLinkStatuses)[number];

export const guestRegistrationAcceptedSchema = z
  .object({ message: z.string() })
  .meta({ id: 'GuestRegistrationAccepted' });
