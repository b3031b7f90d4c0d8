import { z } from 'zod';
import { cursorQuery, idSchema, pageOf, text } from './common.ts';
import { themeSlugSchema } from './theme.ts';

/** To whom a recommendation speaks. */
export const addressees = ['state-bodies', 'businesses', 'trade-unions', 'ngos'] as const;
export const addresseeSchema = z.enum(addressees);

export const recommendationSchema = z.strictObject({
  text: z.strictObject({ az: text(3000), en: text(3000) }),
  addressees: z.array(addresseeSchema).max(addressees.length).default([]),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const outcomeContentSchema = z.strictObject({
  summary: z.strictObject({ az: text(20_000), en: text(20_000) }),
  recommendations: z.array(recommendationSchema).max(100, 'At most 100 recommendations.').default([]),
  documents: z.array(idSchema).max(50, 'At most 50 linked documents.').default([]),
});
export type OutcomeContent = z.infer<typeof outcomeContentSchema>;

export const saveOutcomeSchema = outcomeContentSchema
  .extend({
    note: text(1000, 0)
      .optional()
      .meta({ description: 'Required for a correction of published outcomes: what was corrected.' }),
  })
  .meta({ id: 'SaveOutcome' });
export type SaveOutcome = z.infer<typeof saveOutcomeSchema>;

export const outcomeRevisionSchema = z
  .object({
    revision: z.number().int(),
    kind: z.enum(['draft', 'published', 'correction']),
    authorName: z.string(),
    at: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: 'OutcomeRevision' });

export const attendanceFiguresSchema = z.object({
  attended: z.number().int(),
  organisations: z.number().int(),
});

/**
 * Who may read published outcomes. They take the session's visibility unless the secretariat,
 * publishing, makes a members-only session's outcomes public.
 */
export const outcomeVisibilitySchema = z.enum(['public', 'members']);
export type OutcomeVisibility = z.infer<typeof outcomeVisibilitySchema>;

export const outcomeSchema = z
  .object({
    sessionId: z.string(),
    status: z.enum(['draft', 'published']),
    visibility: outcomeVisibilitySchema
      .nullable()
      .meta({ description: 'Who may read the published outcomes; null while a draft.' }),
    summary: z.object({ az: z.string(), en: z.string() }),
    recommendations: z.array(
      z.object({ text: z.object({ az: z.string(), en: z.string() }), addressees: z.array(addresseeSchema) }),
    ),
    documents: z.array(z.string()),
    attendance: attendanceFiguresSchema.nullable(),
    publishedAt: z.string().nullable(),
    correctedAt: z.string().nullable().meta({ description: 'Set when a published outcome was corrected.' }),
    revisions: z.array(outcomeRevisionSchema),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Outcome' });
export type Outcome = z.infer<typeof outcomeSchema>;

/** One published outcome as the public catalog lists it. */
export const catalogEntrySchema = z
  .object({
    sessionId: z.string(),
    theme: z.string(),
    title: z.object({ az: z.string(), en: z.string() }),
    summary: z.object({ az: z.string(), en: z.string() }),
    sessionStartsAt: z.string(),
    venue: z.string().nullable(),
    publishedAt: z.string(),
    correctedAt: z.string().nullable(),
    recommendations: z.number().int(),
    visibility: outcomeVisibilitySchema,
  })
  .meta({ id: 'OutcomeSummary' });
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const catalogPageSchema = pageOf(catalogEntrySchema).meta({ id: 'OutcomePage' });

export const catalogQuerySchema = z.object({
  ...cursorQuery,
  theme: themeSlugSchema.optional(),
  year: z.coerce.number().int().min(2013).max(2100).optional(),
  q: text(200).optional().meta({
    description: 'Words in either language; Azerbaijani letters may be typed without marks (isci, ishci → işçi).',
  }),
});

export const publishSchema = z
  .strictObject({
    visibility: outcomeVisibilitySchema.optional().meta({
      description: 'Who may read the outcomes: by default the session’s visibility.',
    }),
  })
  .meta({ id: 'PublishOutcome' });
export type PublishOutcome = z.infer<typeof publishSchema>;
