import { z } from 'zod/mini';
import { guestStatuses } from '../constants.ts';
import { languageSchema, meta } from './common.ts';
import { accessibilityNeedsSchema } from './needs.ts';

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
