import * as z from 'zod/mini';
import {
  recommendationCsvColumns,
  recommendationsCsvFile,
  recommendationsExportFile,
  recommendationsFeedFile,
} from '#functions/domain/recommendation-feeds.ts';
import { getRecommendation, listRecommendations } from '#functions/domain/recommendations.ts';
import {
  recommendationDetailSchema,
  recommendationExportSchema,
  recommendationPageSchema,
  recommendationParams,
  recommendationQuerySchema,
} from '#shared/schemas/recommendation.ts';
import { defineRoute } from '../access.ts';
import { createRouter, json, pickProblems } from '../router.ts';
import { setETag } from '../versioning.ts';

const listRoute = defineRoute('anyone', {
  method: 'get',
  path: '/recommendations',
  tags: ['Recommendations'],
  summary: 'Recommendations followed through, newest publication first; by status and theme',
  description: 'Members also see the recommendations of members-only outcomes.',
  request: { query: recommendationQuerySchema },
  responses: { 200: json(recommendationPageSchema, 'A page of recommendations.'), ...pickProblems(400) },
});

const getRoute = defineRoute('anyone', {
  method: 'get',
  path: '/recommendations/{id}',
  tags: ['Recommendations'],
  summary: 'One recommendation: its status, its dated history and the session it came from',
  request: { params: recommendationParams },
  responses: {
    200: json(recommendationDetailSchema, 'The recommendation; ETag is its version.'),
    ...pickProblems(400, 404),
  },
});

const feedRoute = defineRoute('anyone', {
  method: 'get',
  path: '/recommendations/feed.atom',
  tags: ['Open data'],
  summary: 'Atom feed of the latest changes of status of recommendations',
  responses: { 200: { content: { 'application/atom+xml': { schema: z.string() } }, description: 'Atom 1.0.' } },
});

const jsonExportRoute = defineRoute('anyone', {
  method: 'get',
  path: '/recommendations.json',
  tags: ['Open data'],
  summary: 'Every public recommendation with its status and latest change, as JSON',
  responses: { 200: json(z.object({ items: z.array(recommendationExportSchema) }), 'Every public recommendation.') },
});

const csvExportRoute = defineRoute('anyone', {
  method: 'get',
  path: '/recommendations.csv',
  tags: ['Open data'],
  summary: 'Every public recommendation with its status and latest change, as CSV (UTF-8)',
  description: `Columns: ${recommendationCsvColumns.join(', ')}. Addressees are separated by semicolons.`,
  responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'RFC 4180 CSV.' } },
});

export const recommendationRoutes = createRouter()
  .openapi(feedRoute, async (c) => {
    return c.body(await recommendationsFeedFile(c.get('deps')), 200, {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    }) as never;
  })
  .openapi(jsonExportRoute, async (c) => {
    const exported = await recommendationsExportFile(c.get('deps'));
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Disposition', 'inline; filename="bhr-recommendations.json"');
    return c.json(exported, 200);
  })
  .openapi(csvExportRoute, async (c) => {
    return c.body(await recommendationsCsvFile(c.get('deps')), 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': 'attachment; filename="bhr-recommendations.csv"',
      'Cache-Control': 'public, max-age=300',
    }) as never;
  })
  .openapi(listRoute, async (c) => {
    return c.json(await listRecommendations(c.get('deps'), c.get('actor'), c.req.valid('query')), 200);
  })
  .openapi(getRoute, async (c) => {
    const recommendation = await getRecommendation(c.get('deps'), c.get('actor'), c.req.valid('param').id);
    setETag(c, recommendation.version);
    return c.json(recommendation, 200);
  });
