import type {
  AccessibilityNeeds,
  CreateSession,
  RsvpAnswer,
  rsvpSchema,
  rsvpSummarySchema,
  Session,
  SessionStatus,
  sessionDetailSchema,
  sessionPageSchema,
  sessionSchema,
  UpdateSession,
} from '#shared/schemas/session.ts';
import { type AnswerOf, requestJson, withQuery } from '../app/api.ts';

/**
 * The sessions part of the API client, apart from `api.ts` so that only the session pages
 * download it; its answers are typed by the shared session schemas (see `AnswerOf`, `api.ts`).
 */
export interface SessionQuery {
  theme?: string;
  from?: string;
  to?: string;
  status?: SessionStatus;
  order?: 'asc' | 'desc';
  limit?: number;
  cursor?: string;
}

const path = (id: string, rest = '') => `/api/sessions/${encodeURIComponent(id)}${rest}`;

export const calendarLink = (id: string) => path(id, '/calendar.ics');
export const publicCalendarLink = '/api/calendar.ics';

export const sessionsApi = {
  list: (query: SessionQuery) =>
    requestJson<AnswerOf<typeof sessionPageSchema>>(withQuery('/api/sessions', { ...query })),

  get: (id: string) => requestJson<AnswerOf<typeof sessionDetailSchema>>(path(id)),

  create: (input: CreateSession, idempotencyKey: string) =>
    requestJson<AnswerOf<typeof sessionSchema>>('/api/sessions', {
      method: 'POST',
      body: input,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),

  /** Optimistic locking: the change applies only to the version the page last read. */
  update: (session: Pick<Session, 'id' | 'version'>, changes: UpdateSession) =>
    requestJson<AnswerOf<typeof sessionSchema>>(path(session.id), {
      method: 'PATCH',
      body: changes,
      headers: { 'If-Match': `"${session.version}"` },
    }),

  transition: (id: string, to: 'scheduled' | 'held' | 'cancelled') =>
    requestJson<AnswerOf<typeof sessionSchema>>(path(id, '/transitions'), { method: 'POST', body: { to } }),

  answer: (id: string, answer: RsvpAnswer, needs: AccessibilityNeeds) =>
    requestJson<AnswerOf<typeof rsvpSchema>>(path(id, '/rsvp'), { method: 'PUT', body: { answer, needs } }),

  attendance: (id: string, entries: Array<{ memberId: string; attended: boolean }>) =>
    requestJson<AnswerOf<typeof rsvpSummarySchema>>(path(id, '/attendance'), { method: 'PUT', body: { entries } }),
};
