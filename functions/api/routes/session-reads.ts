import * as z from 'zod/mini';
import { getSession, listSessions, publicCalendar, sessionCalendar } from '#functions/domain/session-reads.ts';
import { publicCacheControl } from '#shared/public-answers.ts';
import { idParams } from '#shared/schemas/common.ts';
import { listSessionsQuerySchema, sessionDetailSchema, sessionPageSchema } from '#shared/schemas/session.ts';
import { defineRoute } from '../access.ts';
import { createRouter, json, pickProblems } from '../router.ts';
import { setETag } from '../versioning.ts';

const calendar = (description: string) => ({
  content: { 'text/calendar': { schema: z.string() } },
  description,
});

const listRoute = defineRoute('anyone', {
  method: 'get',
  path: '/sessions',
  tags: ['Sessions'],
  summary: 'Sessions the caller may see, by start time (upcoming first)',
  description: 'Drafts only for the secretariat; members-only sessions only for members.',
  request: { query: listSessionsQuerySchema },
  responses: { 200: json(sessionPageSchema, 'A page of sessions.'), ...pickProblems(400) },
});

const getRoute = defineRoute('anyone', {
  method: 'get',
  path: '/sessions/{id}',
  tags: ['Sessions'],
  summary: 'One session with its agenda; members see their answer, the secretariat every answer and the needs',
  request: { params: idParams },
  responses: { 200: json(sessionDetailSchema, 'The session; ETag is its version.'), ...pickProblems(400, 404) },
});

const sessionCalendarRoute = defineRoute('anyone', {
  method: 'get',
  path: '/sessions/{id}/calendar.ics',
  tags: ['Sessions'],
  summary: 'The session as an iCalendar entry (as visible as the session)',
  request: { params: idParams },
  responses: { 200: calendar('iCalendar with the Asia/Baku time zone.'), ...pickProblems(400, 404) },
});

const publicCalendarRoute = defineRoute('anyone', {
  method: 'get',
  path: '/calendar.ics',
  tags: ['Sessions'],
  summary: 'A subscribable calendar of public sessions',
  responses: { 200: calendar('iCalendar; cancelled sessions carry STATUS:CANCELLED.') },
});

const ics = (text: string, fileName: string, cacheControl = 'private, max-age=60') =>
  new Response(text, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${fileName}"`,
      'Cache-Control': cacheControl,
    },
  });

/**
 * The sessions as anyone may read them: the list, one session, and the calendars. A group of its
 * own, answering GET only, so a visitor's first request loads no code that changes a session
 * (ARCHITECTURE.md, "Request flow"); the other methods at the same addresses go to sessions.ts.
 */
export const sessionReadRoutes = createRouter()
  .openapi(listRoute, async (c) => c.json(await listSessions(c.get('deps'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(getRoute, async (c) => {
    const session = await getSession(c.get('deps'), c.get('actor'), c.req.valid('param').id);
    setETag(c, session.version);
    c.header('Cache-Control', 'private, no-cache');
    return c.json(session, 200);
  })
  .openapi(sessionCalendarRoute, async (c) => {
    const { id } = c.req.valid('param');
    return ics(await sessionCalendar(c.get('deps'), c.get('actor'), id), `session-${id}.ics`) as never;
  })
  .openapi(
    publicCalendarRoute,
    async (c) => ics(await publicCalendar(c.get('deps')), 'bhr-sessions.ics', publicCacheControl('calendar')) as never,
  );
