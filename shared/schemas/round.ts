import { z } from 'zod';
import { cursorQuery, idSchema, isoInstant, localized, pageOf, text } from './common.ts';
import { organisationTypeSchema } from './member.ts';
import { deliverySchema, messageSummarySchema } from './message.ts';
import { addresseeSchema, type addressees, outcomeVisibilitySchema } from './outcome.ts';
import {
  recommendationIdSchema,
  recommendationStatuses,
  recommendationStatusSchema,
  reportTextSchema,
} from './recommendation.ts';

/**
 * A monitoring round (issue #18): the secretariat asks the addressees of recommendations what
 * they have done, twice a year as the Ombudsman's office does, before National Human Rights Day
 * (18 June) and International Human Rights Day (10 December).
 */
export const roundOccasions = ['national-human-rights-day', 'international-human-rights-day', 'other'] as const;
export const roundOccasionSchema = z.enum(roundOccasions);
export type RoundOccasion = z.infer<typeof roundOccasionSchema>;

const bilingual = z.object({ az: z.string(), en: z.string() });

export const statusCountsSchema = z
  .object(
    Object.fromEntries(recommendationStatuses.map((status) => [status, z.number().int()])) as Record<
      (typeof recommendationStatuses)[number],
      z.ZodNumber
    >,
  )
  .meta({ id: 'StatusCounts' });
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const roundRecommendationSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  number: z.number().int(),
  theme: z.string(),
  text: bilingual,
  addressees: z.array(addresseeSchema),
  visibility: outcomeVisibilitySchema,
  named: z.array(z.string()).meta({ description: 'Organisations the secretariat named for this round.' }),
  statusAtOpening: recommendationStatusSchema,
  statusAtClose: recommendationStatusSchema.nullable(),
});
export type RoundRecommendation = z.infer<typeof roundRecommendationSchema>;

export const roundAddresseeSchema = z.object({
  organisation: z.string(),
  kind: organisationTypeSchema,
  recommendations: z.array(z.string()),
  answered: z.boolean(),
});

export const roundSchema = z
  .object({
    id: z.string(),
    occasion: roundOccasionSchema,
    name: bilingual,
    deadline: z.string(),
    status: z.enum(['open', 'closed']),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    recommendations: z.array(roundRecommendationSchema).meta({ description: 'What was asked.' }),
    addressees: z.array(roundAddresseeSchema).meta({ description: 'Who was asked, and who answered.' }),
    results: z
      .object({
        changes: z.array(
          z.object({ recommendationId: z.string(), from: recommendationStatusSchema, to: recommendationStatusSchema }),
        ),
        byTheme: z.array(z.object({ theme: z.string(), counts: statusCountsSchema })),
        byAddressee: z.array(z.object({ addressee: addresseeSchema, counts: statusCountsSchema })),
      })
      .nullable()
      .meta({
        description: 'Published when the round closes: what changed, and the status by theme and by kind of addressee.',
      }),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Round' });
export type Round = z.infer<typeof roundSchema>;

export const roundSummarySchema = roundSchema
  .pick({ id: true, occasion: true, name: true, deadline: true, status: true, openedAt: true, closedAt: true })
  .meta({ id: 'RoundSummary' });
export const roundPageSchema = pageOf(roundSummarySchema).meta({ id: 'RoundPage' });
export const roundListQuerySchema = z.object({ ...cursorQuery });

export const openRoundSchema = z
  .strictObject({
    occasion: roundOccasionSchema,
    name: localized(200).optional().meta({ description: 'By default named for the occasion and its year.' }),
    deadline: isoInstant.meta({ description: 'Reports are taken until then.' }),
    recommendations: z
      .array(recommendationIdSchema)
      .min(1)
      .max(500)
      .optional()
      .meta({ description: 'What to ask about; by default every recommendation not yet implemented or closed.' }),
    named: z
      .array(z.strictObject({ recommendation: recommendationIdSchema, organisation: text(200) }))
      .max(200)
      .default([])
      .meta({ description: 'Organisations asked by name about a recommendation, beside those of its kinds.' }),
  })
  .meta({ id: 'OpenRound' });
export type OpenRound = z.infer<typeof openRoundSchema>;

export const progressReportInputSchema = z
  .strictObject({
    text: reportTextSchema,
    status: recommendationStatusSchema.meta({ description: 'The status the organisation claims.' }),
    documents: z.array(idSchema).max(10).default([]).meta({ description: 'Evidence: documents uploaded first.' }),
  })
  .meta({ id: 'ProgressReportInput' });
export type ProgressReportInput = z.infer<typeof progressReportInputSchema>;

export const progressReportSchema = z
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
    review: z
      .object({
        decision: z.enum(['accepted', 'assessed']),
        status: recommendationStatusSchema,
        reason: bilingual.nullable(),
        by: z.string(),
        at: z.string(),
      })
      .nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ProgressReport' });
export type ProgressReport = z.infer<typeof progressReportSchema>;

export const progressReportListSchema = z
  .object({ items: z.array(progressReportSchema) })
  .meta({ id: 'ProgressReports' });

export const reviewSchema = z
  .discriminatedUnion('decision', [
    z.strictObject({ decision: z.literal('accept') }),
    z.strictObject({
      decision: z.literal('assess'),
      status: recommendationStatusSchema,
      reason: localized(2000),
    }),
  ])
  .meta({ id: 'ReviewReport' });
export type ReviewInput = z.infer<typeof reviewSchema>;

export const roundReportParams = z.object({ id: idSchema, recommendationId: recommendationIdSchema });
export const reviewParams = z.object({ id: idSchema, reportId: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/) });

/** The kind of addressee an organisation of each type answers as. */
export const addresseeOfOrganisation: Partial<
  Record<z.infer<typeof organisationTypeSchema>, (typeof addressees)[number]>
> = {
  'state-body': 'state-bodies',
  business: 'businesses',
  'trade-union': 'trade-unions',
  ngo: 'ngos',
};

export const roundMessagesSchema = z
  .object({
    items: z.array(
      messageSummarySchema.omit({ sessionId: true }).extend({
        roundId: z.string(),
        sessionId: z.null(),
        deliveries: z.array(deliverySchema),
      }),
    ),
  })
  .meta({ id: 'RoundMessages' });
