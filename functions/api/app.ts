import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { NotFound, PayloadTooLarge } from '#functions/errors.ts';
import type { AppDeps, AppEnv } from './env.ts';
import { authenticateRequest } from './middleware/authenticate.ts';
import { requestLogger } from './middleware/logger.ts';
import { onError, problemResponse } from './middleware/problem.ts';
import { requestId } from './middleware/request-id.ts';
import { sameOrigin } from './middleware/same-origin.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { docsRoutes } from './routes/docs.ts';
import { documentRoutes } from './routes/documents.ts';
import { healthRoutes } from './routes/health.ts';
import { memberRoutes } from './routes/members.ts';
import { outcomeRoutes } from './routes/outcomes.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { sitemapRoutes } from './routes/sitemap.ts';
import { subscriptionRoutes } from './routes/subscriptions.ts';
import { themeRoutes } from './routes/themes.ts';

export const maxBodyBytes = 1024 * 1024;

/** The portal's whole HTTP API; the runtime (Lambda or the local server) only hands it requests. */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', requestId, async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', requestLogger);
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'same-origin' }));
  app.use(
    '/api/*',
    bodyLimit({ maxSize: maxBodyBytes, onError: (c) => problemResponse(c, new PayloadTooLarge(maxBodyBytes)) }),
  );
  app.use('/api/*', sameOrigin);
  app.use('/api/*', authenticateRequest);

  app.route('/api', healthRoutes);
  app.route('/api', docsRoutes);
  app.route('/api', authRoutes);
  app.route('/api', memberRoutes);
  app.route('/api', themeRoutes);
  app.route('/api', sessionRoutes);
  app.route('/api', documentRoutes);
  app.route('/api', outcomeRoutes);
  app.route('/api', subscriptionRoutes);
  app.route('/api', sitemapRoutes);
  app.route('/api', auditRoutes);

  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'bhr_session',
    description: 'Set by following a sign-in link; `__Host-bhr_session` over HTTPS.',
  });

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Business and Human Rights working group portal API',
      version: '1.0.0',
      description:
        'The API of the portal of the Business and Human Rights working group. Errors are RFC 9457 problem+json with a stable `code`.',
    },
  });

  app.notFound((c) => problemResponse(c, new NotFound('There is no such address in the API.')));
  app.onError(onError);
  return app;
}
