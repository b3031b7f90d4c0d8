import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/**
 * The floors of `npm run bench`: the same answers (a page of sessions, one outcome with its
 * revisions) given by Hono, the data layer and the DynamoDB client alone, with no validation,
 * schemas, route groups or authentication. No build of the portal on this stack can answer
 * faster, so they tell how far the targets are reachable on the machine at hand. Each answer
 * loads only its own data module, as the portal's wiring does.
 */
const app = new Hono()
  .get('/api/sessions', async (c) => {
    const { sessionsRepository } = await import('#functions/data/sessions.ts');
    const limit = Number(c.req.query('limit') ?? 25);
    return c.json(await sessionsRepository.list({ scope: 'public', order: 'asc', limit }));
  })
  .get('/api/sessions/:id/outcomes', async (c) => {
    const { outcomesRepository } = await import('#functions/data/outcomes.ts');
    return c.json(await outcomesRepository.getWithRevisions(c.req.param('id')));
  });

export const handler = handle(app);
