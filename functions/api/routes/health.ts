import { checkHealth } from '#functions/domain/health.ts';
import { healthSchema } from '#shared/schemas/health.ts';
import { defineRoute } from '../access.ts';
import { createRouter, json } from '../router.ts';

const getHealth = defineRoute('anyone', {
  method: 'get',
  path: '/health',
  tags: ['Operations'],
  summary: 'Whether the table and the documents bucket answer',
  responses: {
    200: json(healthSchema, 'Everything answers.'),
    503: json(healthSchema, 'The table or the bucket does not answer.'),
  },
});

export const healthRoutes = createRouter().openapi(getHealth, async (c) => {
  const health = await checkHealth(c.get('deps').health);
  c.header('Cache-Control', 'no-store');
  return health.status === 'ok' ? c.json(health, 200) : c.json(health, 503);
});
