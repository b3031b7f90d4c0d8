import * as z from 'zod/mini';
import { guestLinkStatuses, guestStatuses } from '../constants.ts';
import { languageSchema, meta } from './common.ts';
import { accessibilityNeedsSchema } from './needs.ts';

/** What a guest's link did (the session page says it); here, as the session page reads it. */
export const guestLinkOutcomeSchema = /* @__PURE__ */ z
  .object({
    status: z.enum(guestLinkStatuses),
    sessionId: z.optional(z.string()),
  })
  .apply(meta({ id: 'GuestLinkOutcome' }));
export type GuestLinkOutcomeBody = z.infer<typeof guestLinkOutcomeSchema>;

export const guestStatusSchema = /* @__PURE__ */ z.enum(guestStatuses);
export type GuestStatus = z.infer<typeof guestStatusSchema>;

/** A guest's registration as the secretariat sees it. */
export const guestSchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    name: z.string(),
    organisation: z.string(),
    email: z.string(),
    language: languageSchema,
    needs: accessibilityNeedsSchema,
    status: guestStatusSchema.apply(meta({ description: 'Only a confirmed registration takes a seat.' })),
    createdAt: z.string(),
    confirmedAt: z.nullable(z.string()),
    updatedAt: z.string(),
  })
  .apply(meta({ id: 'Guest' }));
export type Guest = z.infer<typeof guestSchema>;
