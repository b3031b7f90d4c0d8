import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { outcomesRepository } from '#functions/data/outcomes.ts';
import { sessionsRepository } from '#functions/data/sessions.ts';

/**
 * The floors of `npm run bench`: the same answers (a page of sessions, one outcome with its
 * revisions) given by Hono, the data layer and the DynamoDB client alone, with no validation,
 * schemas, route groups or authentication. No build of the portal on this stack can answer
 * faster, so they tell how far the targets are reachable on the machine at hand.
 */
const app = new Hono()
  .get('/api/sessions', async (c) =>
    c.json(await sessionsRepository.list({ scope: 'public', order: 'asc', limit: Number(c.req.query('limit') ?? 25) })),
  )
  .get('/api/sessions/:id/outcomes', async (c) => c.json(await outcomesRepository.getWithRevisions(c.req.param('id'))));

export const handler = handle(app);
