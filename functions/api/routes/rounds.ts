import { roundMessages } from '#functions/domain/round-mail.ts';
import {
  closeRound,
  getRound,
  listRounds,
  openRound,
  reviewReport,
  roundReports,
  submitReport,
} from '#functions/domain/rounds.ts';
import { idParams } from '#shared/schemas/common.ts';
import {
  openRoundSchema,
  progressReportInputSchema,
  progressReportListSchema,
  progressReportSchema,
  reviewParams,
  reviewSchema,
  roundListQuerySchema,
  roundMessagesSchema,
  roundPageSchema,
  roundReportParams,
  roundSchema,
} from '#shared/schemas/round.ts';
import { actorOf, defineRoute } from '../access.ts';
import { createRouter, json, jsonBody, pickProblems } from '../router.ts';
import { setETag } from '../versioning.ts';

const listRoute = defineRoute('anyone', {
  method: 'get',
  path: '/rounds',
  tags: ['Monitoring rounds'],
  summary: 'Monitoring rounds, newest first: closed ones for everyone, open ones for members too',
  description:
    'An anonymous visitor sees closed rounds only (their results are published). The secretariat also gets `answers` (organisations asked and answered); a member learns whether their organisation is asked. A page may hold fewer rounds than `limit` and still have a `nextCursor`.',
  request: { query: roundListQuerySchema },
  responses: { 200: json(roundPageSchema, 'A page of rounds.'), ...pickProblems(400) },
});

const openRouteConfig = defineRoute('secretariat', {
  method: 'post',
  path: '/rounds',
  tags: ['Monitoring rounds'],
  summary: 'Open a monitoring round: each addressee organisation’s members are asked by mail',
  description:
    'By default the round asks about every recommendation not started or in progress, and is named for its occasion (18 June, National Human Rights Day; 10 December, International Human Rights Day) and the deadline’s year. A deadline in the past is 422 `deadline-in-the-past`.',
  request: { body: jsonBody(openRoundSchema) },
  responses: { 201: json(roundSchema, 'The open round.'), ...pickProblems(400, 401, 403, 422) },
});

const getRouteConfig = defineRoute('anyone', {
  method: 'get',
  path: '/rounds/{id}',
  tags: ['Monitoring rounds'],
  summary: 'A round: what was asked, who answered, and once closed what changed',
  request: { params: idParams },
  responses: { 200: json(roundSchema, 'The round; ETag is its version.'), ...pickProblems(400, 404) },
});

const closeRouteConfig = defineRoute('secretariat', {
  method: 'post',
  path: '/rounds/{id}/close',
  tags: ['Monitoring rounds'],
  summary: 'Close a round and publish its results; the themes’ followers are told',
  request: { params: idParams },
  responses: { 200: json(roundSchema, 'The closed round.'), ...pickProblems(400, 401, 403, 404, 409) },
});

const reportsRoute = defineRoute('member', {
  method: 'get',
  path: '/rounds/{id}/reports',
  tags: ['Monitoring rounds'],
  summary: 'A round’s progress reports: the secretariat sees all, a member their organisation’s',
  request: { params: idParams },
  responses: { 200: json(progressReportListSchema, 'The reports.'), ...pickProblems(400, 401, 404) },
});

const reportRoute = defineRoute('member', {
  method: 'put',
  path: '/rounds/{id}/reports/{recommendationId}',
  tags: ['Monitoring rounds'],
  summary: 'Report progress on a recommendation addressed to your organisation, until the deadline',
  description:
    'One report per recommendation and organisation: sending it again replaces it until reviewed. A recommendation not addressed to your organisation (by its kind or by name) is 403 `not-addressed`.',
  request: { params: roundReportParams, body: jsonBody(progressReportInputSchema) },
  responses: {
    200: json(progressReportSchema, 'The report as stored.'),
    ...pickProblems(400, 401, 403, 404, 409, 422),
  },
});

const reviewRoute = defineRoute('secretariat', {
  method: 'post',
  path: '/rounds/{id}/reports/{reportId}/review',
  tags: ['Monitoring rounds'],
  summary: 'Review a report: accept its claimed status, or record an assessment with a reason',
  request: { params: reviewParams, body: jsonBody(reviewSchema) },
  responses: { 200: json(progressReportSchema, 'The reviewed report.'), ...pickProblems(400, 401, 403, 404, 409, 412) },
});

const messagesRoute = defineRoute('secretariat', {
  method: 'get',
  path: '/rounds/{id}/messages',
  tags: ['Monitoring rounds'],
  summary: 'The mail of a round (requests, reminder, results) with who it went to',
  request: { params: idParams },
  responses: { 200: json(roundMessagesSchema, 'The messages, oldest first.'), ...pickProblems(400, 401, 403, 404) },
});

export const roundRoutes = createRouter()
  .openapi(listRoute, async (c) => c.json(await listRounds(c.get('deps'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(openRouteConfig, async (c) => {
    const round = await openRound(c.get('deps'), actorOf(c), c.req.valid('json'));
    setETag(c, round.version);
    c.header('Location', `/api/rounds/${round.id}`);
    return c.json(round, 201);
  })
  .openapi(getRouteConfig, async (c) => {
    const round = await getRound(c.get('deps'), c.get('actor'), c.req.valid('param').id);
    setETag(c, round.version);
    return c.json(round, 200);
  })
  .openapi(closeRouteConfig, async (c) => {
    const round = await closeRound(c.get('deps'), actorOf(c), c.req.valid('param').id);
    setETag(c, round.version);
    return c.json(round, 200);
  })
  .openapi(reportsRoute, async (c) =>
    c.json(await roundReports(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(reportRoute, async (c) => {
    const { id, recommendationId } = c.req.valid('param');
    return c.json(await submitReport(c.get('deps'), actorOf(c), id, recommendationId, c.req.valid('json')), 200);
  })
  .openapi(reviewRoute, async (c) => {
    const { id, reportId } = c.req.valid('param');
    return c.json(await reviewReport(c.get('deps'), actorOf(c), id, reportId, c.req.valid('json')), 200);
  })
  .openapi(messagesRoute, async (c) => c.json(await roundMessages(c.get('deps'), c.req.valid('param').id), 200));
