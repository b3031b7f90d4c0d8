import * as z from 'zod/mini';
import type { addressees } from '../constants.ts';
import { recommendationStatuses, roundOccasions } from '../recommendation-constants.ts';
import { cursorQuery, idSchema, localized, meta, pageOf, text } from './common.ts';
import { organisationTypeSchema } from './member.ts';
import { deliverySchema, messageSummarySchema } from './message.ts';
import { addresseeSchema, outcomeVisibilitySchema } from './outcome.ts';
import { recommendationIdSchema, recommendationStatusSchema, reportTextSchema } from './recommendation.ts';
import { instantSchema } from './session.ts';

/**
 * A monitoring round (issue #18): the secretariat asks the addressees of recommendations what
 * they have done, twice a year as the Ombudsman's office does, before National Human Rights Day
 * (18 June) and International Human Rights Day (10 December).
 */
export const roundOccasionSchema = /* @__PURE__ */ z.enum(roundOccasions);
export type RoundOccasion = z.infer<typeof roundOccasionSchema>;

const bilingual = /* @__PURE__ */ z.object({ az: z.string(), en: z.string() });

export const statusCountsSchema = /* @__PURE__ */ z
  .object(
    Object.fromEntries(recommendationStatuses.map((status) => [status, z.int()])) as unknown as Record<
      (typeof recommendationStatuses)[number],
      z.ZodMiniInt
    >,
  )
  .apply(meta({ id: 'StatusCounts' }));
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const roundRecommendationSchema = /* @__PURE__ */ z.object({
  id: z.string(),
  sessionId: z.string(),
  number: z.int(),
  theme: z.string(),
  text: bilingual,
  addressees: z.array(addresseeSchema),
  visibility: outcomeVisibilitySchema,
  named: z.array(z.string()).apply(meta({ description: 'Organisations the secretariat named for this round.' })),
  statusAtOpening: recommendationStatusSchema,
  statusAtClose: z.nullable(recommendationStatusSchema),
});
export type RoundRecommendation = z.infer<typeof roundRecommendationSchema>;

export const roundAddresseeSchema = /* @__PURE__ */ z.object({
  organisation: z.string(),
  kind: organisationTypeSchema,
  recommendations: z.array(z.string()),
  answered: z.boolean(),
});

const roundSummaryShape = {
  id: z.string(),
  occasion: roundOccasionSchema,
  name: bilingual,
  deadline: z.string(),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closedAt: z.nullable(z.string()),
};

export const roundSchema = /* @__PURE__ */ z
  .object({
    ...roundSummaryShape,
    recommendations: z.array(roundRecommendationSchema).apply(meta({ description: 'What was asked.' })),
    addressees: z.array(roundAddresseeSchema).apply(meta({ description: 'Who was asked, and who answered.' })),
    results: z
      .nullable(
        z.object({
          changes: z.array(
            z.object({
              recommendationId: z.string(),
              from: recommendationStatusSchema,
              to: recommendationStatusSchema,
            }),
          ),
          byTheme: z.array(z.object({ theme: z.string(), counts: statusCountsSchema })),
          byAddressee: z.array(z.object({ addressee: addresseeSchema, counts: statusCountsSchema })),
        }),
      )
      .apply(
        meta({
          description:
            'Published when the round closes: what changed, and the status by theme and by kind of addressee.',
        }),
      ),
    updatedAt: z.string(),
    version: z.int(),
  })
  .apply(meta({ id: 'Round' }));
export type Round = z.infer<typeof roundSchema>;

/**
 * A round in the list, with what the caller may know of it: the secretariat how many of the
 * organisations asked have answered, a member whether their organisation is asked.
 */
export const roundSummarySchema = /* @__PURE__ */ z
  .object({
    ...roundSummaryShape,
    answers: z
      .nullable(z.object({ asked: z.int(), answered: z.int() }))
      .apply(meta({ description: 'Organisations asked and those that answered; for the secretariat, else null.' })),
    asksYourOrganisation: z.boolean().apply(meta({ description: 'Whether the member’s organisation is asked.' })),
  })
  .apply(meta({ id: 'RoundSummary' }));
export type RoundSummary = z.infer<typeof roundSummarySchema>;
export const roundPageSchema = /* @__PURE__ */ pageOf(roundSummarySchema).apply(meta({ id: 'RoundPage' }));
export const roundListQuerySchema = /* @__PURE__ */ z.object({ ...cursorQuery });

export const openRoundSchema = /* @__PURE__ */ z
  .strictObject({
    occasion: roundOccasionSchema,
    name: z.optional(localized(200)).apply(meta({ description: 'By default named for the occasion and its year.' })),
    deadline: instantSchema.apply(meta({ description: 'Reports are taken until then.' })),
    recommendations: z
      .optional(z.array(recommendationIdSchema).check(z.minLength(1), z.maxLength(500)))
      .apply(
        meta({ description: 'What to ask about; by default every recommendation not yet implemented or closed.' }),
      ),
    named: z
      ._default(
        z
          .array(z.strictObject({ recommendation: recommendationIdSchema, organisation: text(200) }))
          .check(z.maxLength(200)),
        [],
      )
      .apply(meta({ description: 'Organisations asked by name about a recommendation, beside those of its kinds.' })),
  })
  .apply(meta({ id: 'OpenRound' }));
export type OpenRound = z.infer<typeof openRoundSchema>;

export const progressReportInputSchema = /* @__PURE__ */ z
  .strictObject({
    text: reportTextSchema,
    status: recommendationStatusSchema.apply(meta({ description: 'The status the organisation claims.' })),
    documents: z
      ._default(z.array(idSchema).check(z.maxLength(10)), [])
      .apply(meta({ description: 'Evidence: documents uploaded first.' })),
  })
  .apply(meta({ id: 'ProgressReportInput' }));
export type ProgressReportInput = z.infer<typeof progressReportInputSchema>;

export const progressReportSchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    roundId: z.string(),
    recommendationId: z.string(),
    organisation: z.string(),
    organisationType: organisationTypeSchema,
    memberId: z.string(),
    memberName: z.string(),
    text: bilingual,
    status: recommendationStatusSchema,
    documents: z.array(z.string()),
    submittedAt: z.string(),
    review: z.nullable(
      z.object({
        decision: z.enum(['accepted', 'assessed']),
        status: recommendationStatusSchema,
        reason: z.nullable(bilingual),
        by: z.string(),
        at: z.string(),
      }),
    ),
    version: z.int(),
  })
  .apply(meta({ id: 'ProgressReport' }));
export type ProgressReport = z.infer<typeof progressReportSchema>;

export const progressReportListSchema = /* @__PURE__ */ z
  .object({ items: z.array(progressReportSchema) })
  .apply(meta({ id: 'ProgressReports' }));

export const reviewSchema = /* @__PURE__ */ z
  .discriminatedUnion('decision', [
    z.strictObject({ decision: z.literal('accept') }),
    z.strictObject({
      decision: z.literal('assess'),
      status: recommendationStatusSchema,
      reason: localized(2000),
    }),
  ])
  .apply(meta({ id: 'ReviewReport' }));
export type ReviewInput = z.infer<typeof reviewSchema>;

export const roundReportParams = /* @__PURE__ */ z.object({ id: idSchema, recommendationId: recommendationIdSchema });
export const reviewParams = /* @__PURE__ */ z.object({
  id: idSchema,
  reportId: z.string().check(z.regex(/^[0-9A-Za-z_-]{8,64}$/)),
});

/** The kind of addressee an organisation of each type answers as. */
export const addresseeOfOrganisation: Partial<
  Record<z.infer<typeof organisationTypeSchema>, (typeof addressees)[number]>
> = {
  'state-body': 'state-bodies',
  business: 'businesses',
  'trade-union': 'trade-unions',
  ngo: 'ngos',
};

export const roundMessagesSchema = /* @__PURE__ */ z
  .object({
    items: z.array(
      z.extend(z.omit(messageSummarySchema, { sessionId: true }), {
        roundId: z.string(),
        sessionId: z.null(),
        deliveries: z.array(deliverySchema),
      }),
    ),
  })
  .apply(meta({ id: 'RoundMessages' }));
