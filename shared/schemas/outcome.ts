import * as z from 'zod/mini';
import { addressees, visibilities } from '../constants.ts';
import { bilingual, cursorQuery, idSchema, meta, pageOf, text } from './common.ts';
import { themeSlugSchema } from './theme.ts';

export const addresseeSchema = /* @__PURE__ */ z.enum(addressees);

export const recommendationSchema = /* @__PURE__ */ z.strictObject({
  text: z.strictObject({ az: text(3000), en: text(3000) }),
  addressees: z._default(z.array(addresseeSchema).check(z.maxLength(addressees.length)), []),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

const outcomeContentFields = {
  summary: z.strictObject({ az: text(20_000), en: text(20_000) }),
  recommendations: z._default(
    z.array(recommendationSchema).check(z.maxLength(100, 'At most 100 recommendations.')),
    [],
  ),
  documents: z._default(z.array(idSchema).check(z.maxLength(50, 'At most 50 linked documents.')), []),
};
export const outcomeContentSchema = /* @__PURE__ */ z.strictObject(outcomeContentFields);
export type OutcomeContent = z.infer<typeof outcomeContentSchema>;

/** What a correction changed, in both languages like every published text. */
export const correctionNoteSchema = /* @__PURE__ */ z.strictObject({ az: text(1000, 0), en: text(1000, 0) });
export type CorrectionNote = z.infer<typeof correctionNoteSchema>;

export const saveOutcomeSchema = /* @__PURE__ */ z
  .strictObject({
    ...outcomeContentFields,
    note: z.optional(correctionNoteSchema).apply(
      meta({
        description: 'Required, in both languages, for a correction of published outcomes: what was corrected.',
      }),
    ),
  })
  .apply(meta({ id: 'SaveOutcome' }));
export type SaveOutcome = z.infer<typeof saveOutcomeSchema>;

export const outcomeRevisionSchema = /* @__PURE__ */ z
  .object({
    revision: z.int(),
    kind: z.enum(['draft', 'published', 'correction']),
    authorName: z.string(),
    at: z.string(),
    note: z.nullable(bilingual()).apply(
      meta({
        description: 'A correction’s note. Notes written before notes were bilingual carry the one text in both.',
      }),
    ),
  })
  .apply(meta({ id: 'OutcomeRevision' }));

export const attendanceFiguresSchema = /* @__PURE__ */ z.object({
  attended: z.int(),
  organisations: z.int(),
});

/**
 * Who may read published outcomes. They take the session's visibility unless the secretariat,
 * publishing, makes a members-only session's outcomes public.
 */
export const outcomeVisibilitySchema = /* @__PURE__ */ z.enum(visibilities);
export type OutcomeVisibility = z.infer<typeof outcomeVisibilitySchema>;

export const outcomeSchema = /* @__PURE__ */ z
  .object({
    sessionId: z.string(),
    status: z.enum(['draft', 'published']),
    visibility: z
      .nullable(outcomeVisibilitySchema)
      .apply(meta({ description: 'Who may read the published outcomes; null while a draft.' })),
    summary: bilingual(),
    recommendations: z.array(z.object({ text: bilingual(), addressees: z.array(addresseeSchema) })),
    documents: z.array(z.string()),
    attendance: z.nullable(attendanceFiguresSchema),
    publishedAt: z.nullable(z.string()),
    correctedAt: z.nullable(z.string()).apply(meta({ description: 'Set when a published outcome was corrected.' })),
    revisions: z.array(outcomeRevisionSchema),
    updatedAt: z.string(),
    version: z.int(),
  })
  .apply(meta({ id: 'Outcome' }));
export type Outcome = z.infer<typeof outcomeSchema>;

/**
 * A held session's outcomes as the editor opens them: null while none are written, an
 * expected state rather than a missing address (ARCHITECTURE.md, "Pages").
 */
export const outcomeInEditorSchema = /* @__PURE__ */ z
  .object({ outcome: z.nullable(outcomeSchema) })
  .apply(meta({ id: 'OutcomeInEditor' }));
export type OutcomeInEditor = z.infer<typeof outcomeInEditorSchema>;

/** The years (of publication) the catalog has outcomes of that the caller may read, newest first. */
export const catalogYearsSchema = /* @__PURE__ */ z
  .object({ years: z.array(z.int()) })
  .apply(meta({ id: 'OutcomeYears' }));
export type CatalogYears = z.infer<typeof catalogYearsSchema>;

/** One published outcome as the public catalog lists it. */
export const catalogEntrySchema = /* @__PURE__ */ z
  .object({
    sessionId: z.string(),
    theme: z.string(),
    title: bilingual(),
    summary: bilingual(),
    sessionStartsAt: z.string(),
    venue: z.nullable(z.string()),
    publishedAt: z.string(),
    correctedAt: z.nullable(z.string()),
    recommendations: z.int(),
    visibility: outcomeVisibilitySchema,
  })
  .apply(meta({ id: 'OutcomeSummary' }));
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const catalogPageSchema = /* @__PURE__ */ pageOf(catalogEntrySchema).apply(meta({ id: 'OutcomePage' }));

export const catalogQuerySchema = /* @__PURE__ */ z.object({
  ...cursorQuery,
  theme: z.optional(themeSlugSchema),
  year: z.optional(z.coerce.number().check(z.int(), z.minimum(2013), z.maximum(2100))),
  q: z.optional(text(200)).apply(
    meta({
      description: 'Words in either language; Azerbaijani letters may be typed without marks (isci, ishci → işçi).',
    }),
  ),
});

export const publishSchema = /* @__PURE__ */ z
  .strictObject({
    visibility: z
      .optional(outcomeVisibilitySchema)
      .apply(meta({ description: 'Who may read the outcomes: by default the session’s visibility.' })),
  })
  .apply(meta({ id: 'PublishOutcome' }));
export type PublishOutcome = z.infer<typeof publishSchema>;
