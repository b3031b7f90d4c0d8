import { z } from 'zod';
import { cursorQuery, idSchema, pageOf, text } from './common.ts';
import { addresseeSchema, outcomeVisibilitySchema } from './outcome.ts';
import { themeSlugSchema } from './theme.ts';

/**
 * A published recommendation, followed through (issue #18): its status, and the dated history
 * of the progress reports accepted and the secretariat's own assessments. Its id is the
 * session's id and its number (`<sessionId>-<n>`), so a correction of the outcome that keeps the
 * number keeps the history (ARCHITECTURE.md, "Recommendations followed through").
 */
export const recommendationStatuses = [
  'not-started',
  'in-progress',
  'implemented',
  'not-accepted',
  'no-longer-relevant',
] as const;
export const recommendationStatusSchema = z.enum(recommendationStatuses);
export type RecommendationStatus = z.infer<typeof recommendationStatusSchema>;

const bilingual = z.object({ az: z.string(), en: z.string() });

/** One dated step of a recommendation's history, in both languages where it was written in both. */
export const recommendationChangeSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    kind: z.enum(['report-accepted', 'assessment']).meta({
      description:
        'report-accepted: an addressee’s progress report, accepted by the secretariat; assessment: the secretariat’s own, with its reason.',
    }),
    roundId: z.string().nullable(),
    from: recommendationStatusSchema,
    status: recommendationStatusSchema,
    organisation: z.string().nullable().meta({ description: 'Who reported, for an accepted report.' }),
    text: bilingual.meta({ description: 'The report, or the reason of an assessment; one language may be empty.' }),
    documents: z.array(z.string()),
  })
  .meta({ id: 'RecommendationChange' });
export type RecommendationChange = z.infer<typeof recommendationChangeSchema>;

export const followedRecommendationSchema = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    number: z.number().int(),
    theme: z.string(),
    sessionTitle: bilingual,
    text: bilingual,
    addressees: z.array(addresseeSchema),
    visibility: outcomeVisibilitySchema,
    status: recommendationStatusSchema,
    latestChange: recommendationChangeSchema.nullable(),
    publishedAt: z.string(),
    withdrawn: z.boolean().meta({ description: 'True once a correction of the outcome no longer has this number.' }),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'FollowedRecommendation' });
export type FollowedRecommendation = z.infer<typeof followedRecommendationSchema>;

export const recommendationDetailSchema = followedRecommendationSchema
  .extend({ history: z.array(recommendationChangeSchema).meta({ description: 'Oldest first.' }) })
  .meta({ id: 'RecommendationDetail' });
export type RecommendationDetail = z.infer<typeof recommendationDetailSchema>;

export const recommendationPageSchema = pageOf(followedRecommendationSchema).meta({ id: 'RecommendationPage' });

export const recommendationQuerySchema = z.object({
  ...cursorQuery,
  status: recommendationStatusSchema.optional(),
  theme: themeSlugSchema.optional(),
});

/** The open-data export of one recommendation: its status and latest change. */
export const recommendationExportSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    sessionId: z.string(),
    number: z.number().int(),
    theme: z.string(),
    text: bilingual,
    addressees: z.array(z.string()),
    status: recommendationStatusSchema,
    latestChange: z
      .object({
        at: z.string().meta({ description: 'In Baku time with its offset.' }),
        kind: z.string(),
        text: bilingual,
      })
      .nullable(),
  })
  .meta({ id: 'RecommendationExport' });

/** The recommendation id in an address: `<sessionId>-<number>`. */
export const recommendationIdSchema = z.string().regex(/^[0-9A-Za-z_-]{8,64}-\d{1,3}$/, 'Not a recommendation id.');
export const recommendationParams = z.object({ id: recommendationIdSchema });

export const idList = z.array(idSchema);
export const reportTextSchema = z
  .strictObject({ az: text(5000, 0).default(''), en: text(5000, 0).default('') })
  .refine((value) => value.az.length > 0 || value.en.length > 0, {
    message: 'Write the report in Azerbaijani, English or both.',
    params: { code: 'required' },
  });
