import { Hono } from 'hono';
import { NotFound } from '#functions/errors.ts';
import type { AppEnv } from './env.ts';
import { onError, problemResponse } from './middleware/problem.ts';
import type { RouteGroup } from './route-groups.ts';

/** How the outer app hands a request's variables (deps, request id, logger, actor) to a group. */
const outerVariables = Symbol('outer variables');
type Handoff = { [outerVariables]: AppEnv['Variables'] };

export const unknownAddress = () => new NotFound('There is no such address in the API.');

/** A group as an app of its own, under /api, answering errors exactly as the outer app does. */
function standalone(routes: Hono<AppEnv>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    const variables = (c.env as Handoff)[outerVariables];
    for (const [key, value] of Object.entries(variables)) c.set(key as keyof AppEnv['Variables'], value as never);
    await next();
  });
  app.route('/api', routes);
  app.notFound((c) => problemResponse(c, unknownAddress()));
  app.onError(onError);
  return app;
}

/**
 * Answers a group's addresses by loading the group on first use. A load that fails (a broken
 * deployment) is not remembered, so the next request tries again.
 */
export function mountLazily(app: Hono<AppEnv>, group: RouteGroup): void {
  let loaded: Promise<Hono<AppEnv>> | undefined;
  const load = () => {
    loaded ??= group.load().then(standalone, (error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
  for (const path of group.paths) {
    app.all(`/api${path}`, async (c) => {
      const routes = await load();
      return routes.fetch(c.req.raw, { ...(c.env as object), [outerVariables]: c.var } satisfies Handoff);
    });
  }
}
