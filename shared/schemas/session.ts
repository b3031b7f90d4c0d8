import { z } from 'zod';
import { maxAgendaItems } from './agenda-limit.ts';
import { cursorQuery, idSchema, localized, pageOf, text } from './common.ts';
import { guestSchema } from './guest.ts';
import { accessibilityNeedsSchema } from './needs.ts';
import { themeSlugSchema } from './theme.ts';

export const sessionStatuses = ['draft', 'scheduled', 'held', 'published', 'cancelled'] as const;
export const sessionStatusSchema = z.enum(sessionStatuses);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const visibilitySchema = z.enum(['public', 'members']);
export type Visibility = z.infer<typeof visibilitySchema>;

/** Sessions happen in Baku: times are entered and shown there, and stored as instants. */
export const sessionTimeZone = 'Asia/Baku';

/**
 * An instant with its offset (`2026-12-10T10:00:00+04:00`). The format alone lets through
 * dates that do not exist (30 February), so the calendar date is checked too.
 */
export const instantSchema = z.iso
  .datetime({ offset: true, message: 'An ISO 8601 date and time with its offset, e.g. 2026-12-10T10:00:00+04:00.' })
  .refine(
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
  );

export const speakerSchema = z.strictObject({
  memberId: idSchema.optional().meta({ description: 'Set when the speaker is a member of the group.' }),
  name: text(120),
  organisation: text(200, 0).optional(),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const agendaItemSchema = z.strictObject({
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time of day as HH:MM (Asia/Baku).')
    .meta({ description: 'Local time in Baku, HH:MM.' }),
  title: localized(300),
  speakers: z.array(speakerSchema).max(10, 'At most 10 speakers an item.').default([]),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export { maxAgendaItems } from './agenda-limit.ts';

const sessionFields = {
  theme: themeSlugSchema,
  title: localized(300),
  summary: z.strictObject({ az: text(5000, 0), en: text(5000, 0) }),
  startsAt: instantSchema,
  endsAt: instantSchema,
  venue: text(300, 0).optional(),
  // An empty string clears the link on an edit.
  onlineUrl: z.union([z.url({ protocol: /^https?$/, message: 'An http(s) link.' }).max(500), z.literal('')]).optional(),
  capacity: z.number().int().min(1).max(10_000).nullable().optional(),
  visibility: visibilitySchema,
  agenda: z.array(agendaItemSchema).max(maxAgendaItems, `At most ${maxAgendaItems} agenda items.`),
};

function endsAfterStart(value: { startsAt?: string; endsAt?: string }, context: z.RefinementCtx) {
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) <= Date.parse(value.startsAt)) {
    context.addIssue({
      code: 'custom',
      path: ['endsAt'],
      message: 'The end must come after the start.',
      params: { code: 'end-before-start' },
    });
  }
}

export const createSessionSchema = z
  .strictObject({
    ...sessionFields,
    agenda: sessionFields.agenda.default([]),
    summary: sessionFields.summary.default({ az: '', en: '' }),
  })
  .superRefine(endsAfterStart)
  .meta({ id: 'CreateSession' });
export type CreateSession = z.infer<typeof createSessionSchema>;

export const updateSessionSchema = z
  .strictObject(sessionFields)
  .partial()
  .superRefine(endsAfterStart)
  .refine((value) => Object.keys(value).length > 0, {
    message: 'Name at least one field to change.',
    params: { code: 'empty-change' },
  })
  .meta({ id: 'UpdateSession' });
export type UpdateSession = z.infer<typeof updateSessionSchema>;

export const rsvpAnswerSchema = z.enum(['yes', 'no', 'maybe']);
export type RsvpAnswer = z.infer<typeof rsvpAnswerSchema>;

export { type AccessibilityNeeds, accessibilityNeedsSchema, accessNeeds } from './needs.ts';

export const rsvpInputSchema = z
  .strictObject({
    answer: rsvpAnswerSchema,
    needs: accessibilityNeedsSchema.default({
      signLanguage: false,
      stepFreeAccess: false,
      captioning: false,
      accessibleFormats: false,
      other: '',
    }),
  })
  .meta({ id: 'RsvpInput' });

export const rsvpSchema = z
  .object({
    memberId: z.string(),
    memberName: z.string(),
    organisation: z.string(),
    answer: rsvpAnswerSchema.nullable(),
    needs: accessibilityNeedsSchema,
    attended: z.boolean().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Rsvp' });
export type Rsvp = z.infer<typeof rsvpSchema>;

export const attendanceInputSchema = z
  .strictObject({
    entries: z
      .array(z.strictObject({ memberId: idSchema, attended: z.boolean() }))
      .min(1)
      .max(500),
  })
  .meta({ id: 'AttendanceInput' });

export const rsvpSummarySchema = z
  .object({
    yes: z.number().int(),
    no: z.number().int(),
    maybe: z.number().int(),
    attended: z.number().int(),
    guests: z.number().int().meta({ description: 'Confirmed guest registrations (each holds a seat).' }),
    needs: z.object({
      signLanguage: z.number().int(),
      stepFreeAccess: z.number().int(),
      captioning: z.number().int(),
      accessibleFormats: z.number().int(),
      other: z.array(z.string()),
    }),
  })
  .meta({ id: 'RsvpSummary' });
export type RsvpSummary = z.infer<typeof rsvpSummarySchema>;

export const sessionSchema = z
  .object({
    id: z.string(),
    theme: z.string(),
    title: z.object({ az: z.string(), en: z.string() }),
    summary: z.object({ az: z.string(), en: z.string() }),
    startsAt: z.string(),
    endsAt: z.string(),
    venue: z.string().optional(),
    onlineUrl: z.string().optional(),
    capacity: z.number().int().nullable(),
    visibility: visibilitySchema,
    status: sessionStatusSchema,
    agenda: z.array(agendaItemSchema),
    seatsTaken: z.number().int().meta({ description: 'How many answered yes.' }),
    sequence: z.number().int().meta({ description: 'iCalendar SEQUENCE: bumped when time or place changes.' }),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

/** A session's material as its page lists it: under its agenda item, or for the whole session. */
export const sessionMaterialSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    language: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    visibility: visibilitySchema,
    agendaItem: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The position (from 0) in `agenda`; null for material of the whole session.' }),
  })
  .meta({ id: 'SessionMaterial' });
export type SessionMaterial = z.infer<typeof sessionMaterialSchema>;

export const sessionDetailSchema = sessionSchema
  .extend({
    materials: z
      .array(sessionMaterialSchema)
      .optional()
      .meta({ description: 'The available documents linked to the session that the caller may see, by agenda item.' }),
    myRsvp: rsvpSchema.nullable().optional().meta({ description: 'The caller’s own answer (members).' }),
    rsvps: z.array(rsvpSchema).optional().meta({ description: 'Every answer (secretariat only).' }),
    rsvpSummary: rsvpSummarySchema.optional().meta({ description: 'Counts and needs summed up (secretariat only).' }),
    guests: z
      .array(guestSchema)
      .optional()
      .meta({ description: 'Guest registrations, pending, confirmed and cancelled (secretariat only).' }),
  })
  .meta({ id: 'SessionDetail' });
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

export const sessionPageSchema = pageOf(sessionSchema).meta({ id: 'SessionPage' });

export const listSessionsQuerySchema = z
  .object({
    ...cursorQuery,
    theme: themeSlugSchema.optional(),
    from: instantSchema.optional().meta({ description: 'Sessions starting at or after this instant.' }),
    to: instantSchema.optional().meta({ description: 'Sessions starting before this instant.' }),
    status: sessionStatusSchema.optional(),
    order: z.enum(['asc', 'desc']).optional().meta({ description: 'By start time; default asc (upcoming first).' }),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    path: ['to'],
    message: '`to` must come after `from`.',
    params: { code: 'range-reversed' },
  });

export const transitionTargets = ['scheduled', 'held', 'published', 'cancelled'] as const;
export const transitionInputSchema = z.strictObject({ to: z.enum(transitionTargets) }).meta({ id: 'TransitionInput' });
