import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/** The bench's warm-throughput reference: a bare Hono route through the same `handle()`. */
export const handler = handle(new Hono().get('/api/sessions', (c) => c.json({ items: [], nextCursor: null })));
