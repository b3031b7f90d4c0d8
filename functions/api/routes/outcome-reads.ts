import { catalogYears, getOutcome, searchCatalog } from '#functions/domain/outcome-reads.ts';
import { publicCacheControl } from '#shared/public-answers.ts';
import { idParams } from '#shared/schemas/common.ts';
import { catalogPageSchema, catalogQuerySchema, catalogYearsSchema, outcomeSchema } from '#shared/schemas/outcome.ts';
import { defineRoute } from '../access.ts';
import { createRouter, json, pickProblems } from '../router.ts';
import { setETag } from '../versioning.ts';

const getRoute = defineRoute('anyone', {
  method: 'get',
  path: '/sessions/{id}/outcomes',
  tags: ['Outcomes'],
  summary: 'A session’s outcomes: drafts for the secretariat, anyone once published',
  request: { params: idParams },
  responses: {
    200: json(outcomeSchema, 'The outcomes with their history; ETag is their version.'),
    ...pickProblems(400, 404),
  },
});

const catalogRoute = defineRoute('anyone', {
  method: 'get',
  path: '/outcomes',
  tags: ['Outcomes'],
  summary: 'Published outcomes, newest first; by theme, year and words in either language',
  request: { query: catalogQuerySchema },
  responses: { 200: json(catalogPageSchema, 'A page of published outcomes.'), ...pickProblems(400) },
});

const yearsRoute = defineRoute('anyone', {
  method: 'get',
  path: '/outcomes/years',
  tags: ['Outcomes'],
  summary: 'The years of publication with outcomes the caller may read, newest first: the catalog’s year filter',
  responses: { 200: json(catalogYearsSchema, 'Years with published outcomes.') },
});

/**
 * The outcomes as anyone may read them: one session's outcomes, the catalog and its years. A
 * group of its own, answering GET only, so a visitor's first request loads no code that writes
 * or publishes outcomes (ARCHITECTURE.md, "Request flow").
 */
export const outcomeReadRoutes = createRouter()
  .openapi(getRoute, async (c) => {
    const outcome = await getOutcome(c.get('deps'), c.get('actor'), c.req.valid('param').id);
    setETag(c, outcome.version);
    return c.json(outcome, 200);
  })
  .openapi(catalogRoute, async (c) => {
    c.header('Cache-Control', publicCacheControl('catalog'));
    return c.json(await searchCatalog(c.get('deps'), c.get('actor'), c.req.valid('query')), 200);
  })
  .openapi(yearsRoute, async (c) => {
    c.header('Cache-Control', publicCacheControl('catalogYears'));
    return c.json(await catalogYears(c.get('deps'), c.get('actor')), 200);
  });
