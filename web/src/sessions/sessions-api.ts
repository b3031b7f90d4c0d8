import {
  type AccessibilityNeeds,
  type CreateSession,
  type RsvpAnswer,
  rsvpSchema,
  rsvpSummarySchema,
  type Session,
  type SessionStatus,
  sessionDetailSchema,
  sessionPageSchema,
  sessionSchema,
  type UpdateSession,
} from '#shared/schemas/session.ts';
import { requestJson, withQuery } from '../app/api.ts';

/**
 * The sessions part of the API client, apart from `api.ts` so that only the session pages
 * download it (and the session schemas); it parses every answer with the shared schemas too.
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
  list: (query: SessionQuery) => requestJson(sessionPageSchema, withQuery('/api/sessions', { ...query })),

  get: (id: string) => requestJson(sessionDetailSchema, path(id)),

  create: (input: CreateSession, idempotencyKey: string) =>
    requestJson(sessionSchema, '/api/sessions', {
      method: 'POST',
      body: input,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),

  /** Optimistic locking: the change applies only to the version the page last read. */
  update: (session: Pick<Session, 'id' | 'version'>, changes: UpdateSession) =>
    requestJson(sessionSchema, path(session.id), {
      method: 'PATCH',
      body: changes,
      headers: { 'If-Match': `"${session.version}"` },
    }),

  transition: (id: string, to: 'scheduled' | 'held' | 'cancelled') =>
    requestJson(sessionSchema, path(id, '/transitions'), { method: 'POST', body: { to } }),

  answer: (id: string, answer: RsvpAnswer, needs: AccessibilityNeeds) =>
    requestJson(rsvpSchema, path(id, '/rsvp'), { method: 'PUT', body: { answer, needs } }),

  attendance: (id: string, entries: Array<{ memberId: string; attended: boolean }>) =>
    requestJson(rsvpSummarySchema, path(id, '/attendance'), { method: 'PUT', body: { entries } }),
};
