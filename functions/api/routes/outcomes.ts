import * as z from 'zod/mini';
import { csvColumns, outcomesCsvFile, outcomesExportFile, outcomesFeedFile } from '#functions/domain/feeds.ts';
import { outcomeForEditing } from '#functions/domain/outcome-reads.ts';
import { publishOutcome, saveOutcome } from '#functions/domain/outcomes.ts';
import { publicCacheControl } from '#shared/public-answers.ts';
import { idParams, meta } from '#shared/schemas/common.ts';
import { outcomeInEditorSchema, outcomeSchema, publishSchema, saveOutcomeSchema } from '#shared/schemas/outcome.ts';
import { recommendationChangeSchema, recommendationStatusSchema } from '#shared/schemas/recommendation.ts';
import { actorOf, defineRoute } from '../access.ts';
import { createRouter, json, jsonBody, optionalJsonBody, pickProblems } from '../router.ts';
import { expectedVersion, ifMatchHeaders, setETag } from '../versioning.ts';

const editorRoute = defineRoute('secretariat', {
  method: 'get',
  path: '/sessions/{id}/outcomes/editor',
  tags: ['Outcomes'],
  summary: 'A session’s outcomes as the editor opens them, or `outcome: null` while none are written',
  description:
    'Unlike `GET /sessions/{id}/outcomes`, outcomes not written yet are answered 200 (`outcome: null`): for a held session that is the expected state, not a missing address. ETag is the outcomes’ version, when there are any.',
  request: { params: idParams },
  responses: {
    200: json(outcomeInEditorSchema, 'The outcomes with their history, or null.'),
    ...pickProblems(400, 401, 403, 404),
  },
});

const putRoute = defineRoute('secretariat', {
  method: 'put',
  path: '/sessions/{id}/outcomes',
  tags: ['Outcomes'],
  summary: 'Save the outcomes: a draft revision, or a correction (with a note) once published',
  description: 'The first save needs no If-Match; every later one does.',
  request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(saveOutcomeSchema) },
  responses: { 200: json(outcomeSchema, 'As stored.'), ...pickProblems(400, 401, 403, 404, 409, 412, 428) },
});

const publishRoute = defineRoute('secretariat', {
  method: 'post',
  path: '/sessions/{id}/outcomes/publish',
  tags: ['Outcomes'],
  summary: 'Publish a held session’s outcomes: the session becomes published, the outcomes readable',
  description:
    'The outcomes take the session’s visibility unless `visibility` says otherwise. Members-only outcomes are listed to members in the catalog, and never appear in the feed, the exports, the sitemap or the word index.',
  request: { params: idParams, body: optionalJsonBody(publishSchema) },
  responses: { 200: json(outcomeSchema, 'The published outcomes.'), ...pickProblems(401, 403, 404, 409) },
});

const feedRoute = defineRoute('anyone', {
  method: 'get',
  path: '/feed.atom',
  tags: ['Open data'],
  summary: 'Atom feed of newly published outcomes',
  responses: { 200: { content: { 'application/atom+xml': { schema: z.string() } }, description: 'Atom 1.0.' } },
});

const exportEntrySchema = z
  .object({
    sessionId: z.string(),
    theme: z.string(),
    sessionStartsAt: z
      .string()
      .apply(meta({ description: 'In Baku time with its offset: 2026-12-10T10:00:00+04:00.' })),
    publishedAt: z.string().apply(meta({ description: 'In Baku time with its offset.' })),
    correctedAt: z.nullable(z.string()).apply(meta({ description: 'In Baku time with its offset.' })),
    title: z.object({ az: z.string(), en: z.string() }),
    summary: z.object({ az: z.string(), en: z.string() }),
    recommendations: z.array(
      z.object({
        number: z.int(),
        text: z.object({ az: z.string(), en: z.string() }),
        addressees: z.array(z.string()),
        id: z.string().apply(meta({ description: 'The followed recommendation: /recommendations/<id>.' })),
        status: recommendationStatusSchema,
        latestChange: z.nullable(
          z.object({
            at: z.string().apply(meta({ description: 'In Baku time with its offset.' })),
            kind: recommendationChangeSchema.shape.kind,
          }),
        ),
      }),
    ),
    attendance: z.nullable(z.object({ attended: z.int(), organisations: z.int() })),
    documents: z.array(z.string()),
    url: z.string(),
  })
  .apply(meta({ id: 'OutcomeExport' }));

const jsonExportRoute = defineRoute('anyone', {
  method: 'get',
  path: '/outcomes.json',
  tags: ['Open data'],
  summary: 'Every published outcome with its recommendations (each with its status and latest change), as JSON',
  responses: { 200: json(z.object({ items: z.array(exportEntrySchema) }), 'The whole archive.') },
});

const csvExportRoute = defineRoute('anyone', {
  method: 'get',
  path: '/outcomes.csv',
  tags: ['Open data'],
  summary: 'Every published recommendation as CSV (UTF-8), one row each, with its status and latest change',
  description: `Columns: ${csvColumns.join(', ')}. Addressees are separated by semicolons.`,
  responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'RFC 4180 CSV.' } },
});

/**
 * Writing and publishing outcomes (with the secretariat's editor), and the open-data files, which
 * the edge keeps. The reads anyone may make are their own group (outcome-reads.ts).
 */
export const outcomeRoutes = createRouter()
  .openapi(editorRoute, async (c) => {
    const outcome = await outcomeForEditing(c.get('deps'), actorOf(c), c.req.valid('param').id);
    if (outcome) setETag(c, outcome.version);
    return c.json({ outcome }, 200);
  })
  .openapi(putRoute, async (c) => {
    const version = c.req.header('If-Match') ? expectedVersion(c) : undefined;
    const outcome = await saveOutcome(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json'), version);
    setETag(c, outcome.version);
    return c.json(outcome, 200);
  })
  .openapi(publishRoute, async (c) => {
    const outcome = await publishOutcome(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json') ?? {});
    setETag(c, outcome.version);
    return c.json(outcome, 200);
  })

  .openapi(feedRoute, async (c) => {
    return c.body(await outcomesFeedFile(c.get('deps')), 200, {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': publicCacheControl('feed'),
    }) as never;
  })
  .openapi(jsonExportRoute, async (c) => {
    const exported = await outcomesExportFile(c.get('deps'));
    c.header('Cache-Control', publicCacheControl('jsonExport'));
    c.header('Content-Disposition', 'inline; filename="bhr-outcomes.json"');
    return c.json(exported, 200);
  })
  .openapi(csvExportRoute, async (c) => {
    return c.body(await outcomesCsvFile(c.get('deps')), 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': 'attachment; filename="bhr-outcomes.csv"',
      'Cache-Control': publicCacheControl('csvExport'),
    }) as never;
  });
