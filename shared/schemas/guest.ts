import { z } from 'zod';
import { languageSchema } from './common.ts';
import { accessibilityNeedsSchema } from './needs.ts';

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

/** Where the links in a guest's emails lead: the session page with `?guest=<status>`. */
export const guestLinkStatuses = ['confirmed', 'cancelled', 'full', 'closed', 'expired-link', 'invalid-link'] as const;
export type GuestLinkStatus = (typeof guestLinkStatuses)[number];
