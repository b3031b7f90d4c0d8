import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { sessionsRepository } from '#functions/data/sessions.ts';

/**
 * The floor of `npm run bench`: the same session list answered by Hono, the data layer and the
 * DynamoDB client alone, with no validation, schemas, route groups or authentication. No build
 * of the portal on this stack can answer faster, so it tells how far the targets are reachable
 * on the machine at hand.
 */
const app = new Hono().get('/api/sessions', async (c) =>
  c.json(await sessionsRepository.list({ scope: 'public', order: 'asc', limit: 20 })),
);

export const handler = handle(app);
