import { auditPageSchema, auditQuerySchema } from '#shared/schemas/audit.ts';
import { defineRoute } from '../access.ts';
import { createRouter, json, pickProblems } from '../router.ts';

const listRoute = defineRoute('secretariat', {
  method: 'get',
  path: '/audit',
  tags: ['Audit'],
  summary: 'The audit log, newest first',
  request: { query: auditQuerySchema },
  responses: { 200: json(auditPageSchema, 'A page of events.'), ...pickProblems(400, 401, 403) },
});

export const auditRoutes = createRouter().openapi(listRoute, async (c) =>
  c.json(await c.get('deps').auditLog.list(c.req.valid('query')), 200),
);
