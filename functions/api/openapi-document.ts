import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';
import { routeGroups } from './route-groups.ts';

let document: Promise<unknown> | undefined;

/** The OpenAPI 3.1 document, generated once from every group's routes and their zod schemas. */
export function openApiDocument(): Promise<unknown> {
  document ??= build().catch((error: unknown) => {
    document = undefined;
    throw error;
  });
  return document;
}

async function build(): Promise<unknown> {
  const app = new OpenAPIHono<AppEnv>();
  for (const routes of await Promise.all(routeGroups.map((group) => group.load()))) app.route('/api', routes);
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'bhr_session',
    description: 'Set by following a sign-in link; `__Host-bhr_session` over HTTPS.',
  });
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Business and Human Rights working group portal API',
      version: '1.0.0',
      description:
        'The API of the portal of the Business and Human Rights working group. Errors are RFC 9457 problem+json with a stable `code`.',
    },
  });
}
