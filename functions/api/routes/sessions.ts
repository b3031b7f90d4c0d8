import * as z from 'zod/mini';
import { registrantsCsv } from '#functions/domain/registrants.ts';
import {
  answerRsvp,
  createSession,
  recordAttendance,
  transitionSession,
  updateSession,
} from '#functions/domain/sessions.ts';
import { idempotencyHeaders, idParams } from '#shared/schemas/common.ts';
import {
  attendanceInputSchema,
  createSessionSchema,
  rsvpInputSchema,
  rsvpSchema,
  rsvpSummarySchema,
  sessionSchema,
  transitionInputSchema,
  updateSessionSchema,
} from '#shared/schemas/session.ts';
import { actorOf, defineRoute } from '../access.ts';
import { createRouter, json, jsonBody, pickProblems } from '../router.ts';
import { expectedVersion, ifMatchHeaders, setETag } from '../versioning.ts';

const createRouteConfig = defineRoute(
  'secretariat',
  {
    method: 'post',
    path: '/sessions',
    tags: ['Sessions'],
    summary: 'Create a session (as a draft)',
    request: { headers: idempotencyHeaders, body: jsonBody(createSessionSchema) },
    responses: { 201: json(sessionSchema, 'The new draft.'), ...pickProblems(400, 401, 403, 409, 422) },
  },
  { idempotent: true },
);

const patchRoute = defineRoute('secretariat', {
  method: 'patch',
  path: '/sessions/{id}',
  tags: ['Sessions'],
  summary: 'Edit a session; a new time or place is told to everyone invited who has not declined',
  description:
    'A scheduled session cannot be moved into the past: 422 `moved-into-the-past`, naming `startsAt`. The notice (with the calendar entry, same UID, next SEQUENCE) is written with the change and sent by the mail worker; GET /sessions/{id}/notice-preview says beforehand who will be told.',
  request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updateSessionSchema) },
  responses: {
    200: json(sessionSchema, 'The session as stored.'),
    ...pickProblems(400, 401, 403, 404, 409, 412, 422, 428),
  },
});

const transitionRoute = defineRoute('secretariat', {
  method: 'post',
  path: '/sessions/{id}/transitions',
  tags: ['Sessions'],
  summary: 'Schedule (invites every active member), mark held, reopen, or cancel a session',
  description: [
    'draft → scheduled → held; cancelled from draft or scheduled; a held session is reopened (held → scheduled)',
    'until its outcomes are published. Any other move is 409 `transition-not-allowed`. A session whose start has',
    'passed cannot be scheduled (409 `schedule-in-the-past`), nor marked held before it starts (409 `held-before-start`).',
  ].join(' '),
  request: { params: idParams, body: jsonBody(transitionInputSchema) },
  responses: {
    200: json(sessionSchema, 'The session in its new state.'),
    ...pickProblems(400, 401, 403, 404, 409, 412),
  },
});

const rsvpRoute = defineRoute('member', {
  method: 'put',
  path: '/sessions/{id}/rsvp',
  tags: ['Sessions'],
  summary: 'Answer yes, no or maybe, with accessibility needs',
  request: { params: idParams, body: jsonBody(rsvpInputSchema) },
  responses: { 200: json(rsvpSchema, 'Your answer as stored.'), ...pickProblems(400, 401, 404, 409) },
});

const attendanceRoute = defineRoute('secretariat', {
  method: 'put',
  path: '/sessions/{id}/attendance',
  tags: ['Sessions'],
  summary: 'Record who attended a held session',
  request: { params: idParams, body: jsonBody(attendanceInputSchema) },
  responses: {
    200: json(rsvpSummarySchema, 'Answers and attendance summed up.'),
    ...pickProblems(400, 401, 403, 404, 409),
  },
});

const registrantsRoute = defineRoute('secretariat', {
  method: 'get',
  path: '/sessions/{id}/registrants.csv',
  tags: ['Sessions'],
  summary: 'Everyone who answered, with their needs and attendance, as CSV',
  description:
    'UTF-8 with BOM, RFC 4180, by organisation and name; members who answered and guests whose registration is confirmed. Columns: kind (member/guest), name, organisation, answer, sign_language, step_free_access, captioning, accessible_formats, other_needs, attended (yes/no/empty), answered_at (Baku time with offset).',
  request: { params: idParams },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'The registrants.' },
    ...pickProblems(400, 401, 403, 404),
  },
});

/**
 * What changes a session, and its registrants for the secretariat. The reads anyone may make
 * are their own group (session-reads.ts), so a visitor's first request loads none of this.
 */
export const sessionRoutes = createRouter()
  .openapi(createRouteConfig, async (c) => {
    const session = await createSession(c.get('deps'), actorOf(c), c.req.valid('json'), c.get('idempotentCommit'));
    setETag(c, session.version);
    c.header('Location', `/api/sessions/${session.id}`);
    return c.json(session, 201);
  })

  .openapi(patchRoute, async (c) => {
    const version = expectedVersion(c);
    const session = await updateSession(
      c.get('deps'),
      actorOf(c),
      c.req.valid('param').id,
      c.req.valid('json'),
      version,
    );
    setETag(c, session.version);
    return c.json(session, 200);
  })
  .openapi(transitionRoute, async (c) => {
    const version = c.req.header('If-Match') ? expectedVersion(c) : undefined;
    const { id } = c.req.valid('param');
    const session = await transitionSession(c.get('deps'), actorOf(c), id, c.req.valid('json').to, version);
    setETag(c, session.version);
    return c.json(session, 200);
  })
  .openapi(rsvpRoute, async (c) =>
    c.json(await answerRsvp(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(attendanceRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await recordAttendance(c.get('deps'), actorOf(c), id, c.req.valid('json').entries), 200);
  })

  .openapi(registrantsRoute, async (c) => {
    const { session, csv } = await registrantsCsv(c.get('deps'), c.req.valid('param').id);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="registrants-${session.startsAt.slice(0, 10)}-${session.id}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    }) as never;
  });
