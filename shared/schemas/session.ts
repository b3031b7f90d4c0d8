import * as z from 'zod/mini';
import { maxAgendaItems, rsvpAnswers, sessionStatuses, transitionTargets, visibilities } from '../constants.ts';
import { bilingual, cursorQuery, idSchema, localized, meta, pageOf, text } from './common.ts';
import { guestSchema } from './guest.ts';
import { accessibilityNeedsSchema, noNeeds } from './needs.ts';
import { themeSlugSchema } from './theme.ts';

export const sessionStatusSchema = /* @__PURE__ */ z.enum(sessionStatuses);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const visibilitySchema = /* @__PURE__ */ z.enum(visibilities);
export type Visibility = z.infer<typeof visibilitySchema>;

/**
 * An instant with its offset (`2026-12-10T10:00:00+04:00`). The format alone lets through
 * dates that do not exist (30 February), so the calendar date is checked too.
 */
export const instantSchema = /* @__PURE__ */ z.iso
  .datetime({ offset: true, message: 'An ISO 8601 date and time with its offset, e.g. 2026-12-10T10:00:00+04:00.' })
  .check(
    z.refine(
      (value) => {
        const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})/.exec(value) ?? [];
        const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
        return (
          date.getUTCFullYear() === Number(year) &&
          date.getUTCMonth() === Number(month) - 1 &&
          date.getUTCDate() === Number(day)
        );
      },
      { message: 'This date does not exist.', params: { code: 'date-not-exist' } },
    ),
  );

export const speakerSchema = /* @__PURE__ */ z.strictObject({
  memberId: z.optional(idSchema.apply(meta({ description: 'Set when the speaker is a member of the group.' }))),
  name: text(120),
  organisation: z.optional(text(200, 0)),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const agendaItemSchema = /* @__PURE__ */ z.strictObject({
  time: z
    .string()
    .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time of day as HH:MM (Asia/Baku).'))
    .apply(meta({ description: 'Local time in Baku, HH:MM.' })),
  title: localized(300),
  speakers: z._default(z.array(speakerSchema).check(z.maxLength(10, 'At most 10 speakers an item.')), []),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

const sessionFields = {
  theme: themeSlugSchema,
  title: localized(300),
  summary: z.strictObject({ az: text(5000, 0), en: text(5000, 0) }),
  startsAt: instantSchema,
  endsAt: instantSchema,
  venue: z.optional(text(300, 0)),
  // An empty string clears the link on an edit.
  onlineUrl: z.optional(
    z.union([z.url({ protocol: /^https?$/, message: 'An http(s) link.' }).check(z.maxLength(500)), z.literal('')]),
  ),
  capacity: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(10_000)))),
  visibility: visibilitySchema,
  agenda: z.array(agendaItemSchema).check(z.maxLength(maxAgendaItems, `At most ${maxAgendaItems} agenda items.`)),
};

const endsAfterStart = /* @__PURE__ */ z.superRefine((value: { startsAt?: string; endsAt?: string }, context) => {
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) <= Date.parse(value.startsAt)) {
    context.addIssue({
      code: 'custom',
      path: ['endsAt'],
      message: 'The end must come after the start.',
      params: { code: 'end-before-start' },
    });
  }
});

const notEmpty = /* @__PURE__ */ z.refine<object>((value) => Object.keys(value).length > 0, {
  message: 'Name at least one field to change.',
  params: { code: 'empty-change' },
});

export const createSessionSchema = /* @__PURE__ */ z
  .strictObject({
    ...sessionFields,
    agenda: z._default(sessionFields.agenda, []),
    summary: z._default(sessionFields.summary, { az: '', en: '' }),
  })
  .check(endsAfterStart)
  .apply(meta({ id: 'CreateSession' }));
export type CreateSession = z.infer<typeof createSessionSchema>;

export const updateSessionSchema = /* @__PURE__ */ z
  .partial(z.strictObject(sessionFields))
  .check(endsAfterStart, notEmpty)
  .apply(meta({ id: 'UpdateSession' }));
export type UpdateSession = z.infer<typeof updateSessionSchema>;

export const rsvpAnswerSchema = /* @__PURE__ */ z.enum(rsvpAnswers);
export type RsvpAnswer = z.infer<typeof rsvpAnswerSchema>;

export { type AccessibilityNeeds, accessibilityNeedsSchema } from './needs.ts';

export const rsvpInputSchema = /* @__PURE__ */ z
  .strictObject({ answer: rsvpAnswerSchema, needs: z._default(accessibilityNeedsSchema, noNeeds) })
  .apply(meta({ id: 'RsvpInput' }));

export const rsvpSchema = /* @__PURE__ */ z
  .object({
    memberId: z.string(),
    memberName: z.string(),
    organisation: z.string(),
    answer: z.nullable(rsvpAnswerSchema),
    needs: accessibilityNeedsSchema,
    attended: z.nullable(z.boolean()),
    updatedAt: z.string(),
  })
  .apply(meta({ id: 'Rsvp' }));
export type Rsvp = z.infer<typeof rsvpSchema>;

export const attendanceInputSchema = /* @__PURE__ */ z
  .strictObject({
    entries: z
      .array(z.strictObject({ memberId: idSchema, attended: z.boolean() }))
      .check(z.minLength(1), z.maxLength(500)),
  })
  .apply(meta({ id: 'AttendanceInput' }));

export const rsvpSummarySchema = /* @__PURE__ */ z
  .object({
    yes: z.int(),
    no: z.int(),
    maybe: z.int(),
    attended: z.int(),
    guests: z.int().apply(meta({ description: 'Confirmed guest registrations (each holds a seat).' })),
    needs: z.object({
      signLanguage: z.int(),
      stepFreeAccess: z.int(),
      captioning: z.int(),
      accessibleFormats: z.int(),
      other: z.array(z.string()),
    }),
  })
  .apply(meta({ id: 'RsvpSummary' }));
export type RsvpSummary = z.infer<typeof rsvpSummarySchema>;

export const sessionSchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    theme: z.string(),
    title: bilingual(),
    summary: bilingual(),
    startsAt: z.string(),
    endsAt: z.string(),
    venue: z.optional(z.string()),
    onlineUrl: z.optional(z.string()),
    capacity: z.nullable(z.int()),
    visibility: visibilitySchema,
    status: sessionStatusSchema,
    agenda: z.array(agendaItemSchema),
    seatsTaken: z.int().apply(meta({ description: 'How many answered yes.' })),
    sequence: z.int().apply(meta({ description: 'iCalendar SEQUENCE: bumped when time or place changes.' })),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.int(),
  })
  .apply(meta({ id: 'Session' }));
export type Session = z.infer<typeof sessionSchema>;

/** A session's material as its page lists it: under its agenda item, or for the whole session. */
export const sessionMaterialSchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    title: z.string(),
    language: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.int(),
    visibility: visibilitySchema,
    agendaItem: z
      .nullable(z.int())
      .apply(meta({ description: 'The position (from 0) in `agenda`; null for material of the whole session.' })),
  })
  .apply(meta({ id: 'SessionMaterial' }));
export type SessionMaterial = z.infer<typeof sessionMaterialSchema>;

export const sessionDetailSchema = /* @__PURE__ */ z
  .extend(sessionSchema, {
    materials: z.optional(z.array(sessionMaterialSchema)).apply(
      meta({
        description: 'The available documents linked to the session that the caller may see, by agenda item.',
      }),
    ),
    myRsvp: z.optional(z.nullable(rsvpSchema)).apply(meta({ description: 'The caller’s own answer (members).' })),
    rsvps: z.optional(z.array(rsvpSchema)).apply(meta({ description: 'Every answer (secretariat only).' })),
    rsvpSummary: z
      .optional(rsvpSummarySchema)
      .apply(meta({ description: 'Counts and needs summed up (secretariat only).' })),
    guests: z
      .optional(z.array(guestSchema))
      .apply(meta({ description: 'Guest registrations, pending, confirmed and cancelled (secretariat only).' })),
  })
  .apply(meta({ id: 'SessionDetail' }));
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

export const sessionPageSchema = /* @__PURE__ */ pageOf(sessionSchema).apply(meta({ id: 'SessionPage' }));

export const listSessionsQuerySchema = /* @__PURE__ */ z
  .object({
    ...cursorQuery,
    theme: z.optional(themeSlugSchema),
    from: z.optional(instantSchema).apply(meta({ description: 'Sessions starting at or after this instant.' })),
    to: z.optional(instantSchema).apply(meta({ description: 'Sessions starting before this instant.' })),
    status: z.optional(sessionStatusSchema),
    order: z
      .optional(z.enum(['asc', 'desc']))
      .apply(meta({ description: 'By start time; default asc (upcoming first).' })),
  })
  .check(
    z.refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
      path: ['to'],
      message: '`to` must come after `from`.',
      params: { code: 'range-reversed' },
    }),
  );

export const transitionInputSchema = /* @__PURE__ */ z
  .strictObject({ to: z.enum(transitionTargets) })
  .apply(meta({ id: 'TransitionInput' }));
