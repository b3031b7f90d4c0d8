import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLarge } from '#functions/errors.ts';
import { publicCopyPrefix } from '#shared/public-answers.ts';
import type { AppDeps, AppEnv } from './env.ts';
import { mountLazily, unknownAddress } from './lazy-routes.ts';
import { authenticateRequest } from './middleware/authenticate.ts';
import { originVerify } from './middleware/origin-verify.ts';
import { onError, problemResponse } from './middleware/problem.ts';
import { requestContext } from './middleware/request-context.ts';
import { sameOrigin } from './middleware/same-origin.ts';
import { publicCopies } from './public-copies.ts';
import { routeGroups } from './route-groups.ts';
import { docsRoutes } from './routes/docs.ts';

export const maxBodyBytes = 1024 * 1024;

/**
 * The portal's whole HTTP API; the runtime (Lambda or the local server) only hands it requests.
 * What every request needs is here; the route groups load on first use (see route-groups.ts).
 */
export function createApp(deps: AppDeps, guard: { acceptedOriginSecrets?: readonly string[] } = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  if (guard.acceptedOriginSecrets) {
    // Before anything else: a request that did not come through CloudFront gets no further.
    const fromEdgeOnly = originVerify(guard.acceptedOriginSecrets);
    app.use('/api/*', fromEdgeOnly);
    app.use('/api', fromEdgeOnly);
  }

  // First, so a copy passes through everything below exactly once, as the address it copies.
  app.use(`${publicCopyPrefix}*`, publicCopies(app));
  app.use('*', requestContext(deps));
  app.use(
    '/api/*',
    bodyLimit({ maxSize: maxBodyBytes, onError: (c) => problemResponse(c, new PayloadTooLarge(maxBodyBytes)) }),
  );
  app.use('/api/*', sameOrigin);
  app.use('/api/*', authenticateRequest);

  app.route('/api', docsRoutes);
  // Written at build time from the routes' declarations (dev/openapi.ts), served as it is.
  app.get('/api/openapi.json', async (c) => {
    const { default: document } = await import('./openapi.json', { with: { type: 'json' } });
    return c.json(document);
  });
  for (const group of routeGroups) mountLazily(app, group);

  app.notFound((c) => problemResponse(c, unknownAddress()));
  app.onError(onError);
  return app;
}

/**
 * The API as its runtimes serve it (the Lambda handler and the local server alike): only
 * requests that carry CloudFront's origin header reach the routes. Route tests use createApp.
 */
export function createGuardedApp(deps: AppDeps, acceptedOriginSecrets: readonly string[]): Hono<AppEnv> {
  return createApp(deps, { acceptedOriginSecrets });
}
