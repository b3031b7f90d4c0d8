import * as z from 'zod/mini';
import { recommendationStatuses } from '../recommendation-constants.ts';
import { cursorQuery, idSchema, meta, pageOf, text } from './common.ts';
import { addresseeSchema, outcomeVisibilitySchema } from './outcome.ts';
import { themeSlugSchema } from './theme.ts';

/**
 * A published recommendation, followed through (issue #18): its status, and the dated history
 * of the progress reports accepted and the secretariat's own assessments. Its id is the
 * session's id and its number (`<sessionId>-<n>`), so a correction of the outcome that keeps the
 * number keeps the history (ARCHITECTURE.md, "Recommendations followed through").
 */
export const recommendationStatusSchema = /* @__PURE__ */ z.enum(recommendationStatuses);
export type RecommendationStatus = z.infer<typeof recommendationStatusSchema>;

const bilingual = /* @__PURE__ */ z.object({ az: z.string(), en: z.string() });

/** One dated step of a recommendation's history, in both languages where it was written in both. */
export const recommendationChangeSchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    at: z.string(),
    kind: z.enum(['report-accepted', 'assessment']).apply(
      meta({
        description:
          'report-accepted: an addressee’s progress report, accepted by the secretariat; assessment: the secretariat’s own, with its reason.',
      }),
    ),
    roundId: z.nullable(z.string()),
    from: recommendationStatusSchema,
    status: recommendationStatusSchema,
    organisation: z.nullable(z.string()).apply(meta({ description: 'Who reported, for an accepted report.' })),
    text: bilingual.apply(
      meta({ description: 'The report, or the reason of an assessment; one language may be empty.' }),
    ),
    documents: z.array(z.string()),
  })
  .apply(meta({ id: 'RecommendationChange' }));
export type RecommendationChange = z.infer<typeof recommendationChangeSchema>;

const followedRecommendationShape = {
  id: z.string(),
  sessionId: z.string(),
  number: z.int(),
  theme: z.string(),
  sessionTitle: bilingual,
  text: bilingual,
  addressees: z.array(addresseeSchema),
  visibility: outcomeVisibilitySchema,
  status: recommendationStatusSchema,
  latestChange: z.nullable(recommendationChangeSchema),
  publishedAt: z.string(),
  withdrawn: z
    .boolean()
    .apply(meta({ description: 'True once a correction of the outcome no longer has this number.' })),
  updatedAt: z.string(),
  version: z.int(),
};

export const followedRecommendationSchema = /* @__PURE__ */ z
  .object(followedRecommendationShape)
  .apply(meta({ id: 'FollowedRecommendation' }));
export type FollowedRecommendation = z.infer<typeof followedRecommendationSchema>;

export const recommendationDetailSchema = /* @__PURE__ */ z
  .object({
    ...followedRecommendationShape,
    history: z.array(recommendationChangeSchema).apply(meta({ description: 'Oldest first.' })),
  })
  .apply(meta({ id: 'RecommendationDetail' }));
export type RecommendationDetail = z.infer<typeof recommendationDetailSchema>;

export const recommendationPageSchema = /* @__PURE__ */ pageOf(followedRecommendationSchema).apply(
  meta({ id: 'RecommendationPage' }),
);

export const recommendationQuerySchema = /* @__PURE__ */ z.object({
  ...cursorQuery,
  status: z.optional(recommendationStatusSchema),
  theme: z.optional(themeSlugSchema),
});

/** The open-data export of one recommendation: its status and latest change. */
export const recommendationExportSchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    url: z.string(),
    sessionId: z.string(),
    number: z.int(),
    theme: z.string(),
    text: bilingual,
    addressees: z.array(z.string()),
    status: recommendationStatusSchema,
    latestChange: z.nullable(
      z.object({
        at: z.string().apply(meta({ description: 'In Baku time with its offset.' })),
        kind: z.string(),
        text: bilingual,
      }),
    ),
  })
  .apply(meta({ id: 'RecommendationExport' }));

/** The recommendation id in an address: `<sessionId>-<number>`. */
export const recommendationIdSchema = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^[0-9A-Za-z_-]{8,64}-\d{1,3}$/, 'Not a recommendation id.'));
export const recommendationParams = /* @__PURE__ */ z.object({ id: recommendationIdSchema });

export const idList = /* @__PURE__ */ z.array(idSchema);
export const reportTextSchema = /* @__PURE__ */ z
  .strictObject({ az: z._default(text(5000, 0), ''), en: z._default(text(5000, 0), '') })
  .check(
    z.refine((value) => value.az.length > 0 || value.en.length > 0, {
      message: 'Write the report in Azerbaijani, English or both.',
      params: { code: 'required' },
    }),
  );
