import type { Context, Hono } from 'hono';
import { NotFound } from '#functions/errors.ts';
import type { AppEnv } from './env.ts';
import { onError } from './middleware/problem.ts';
import type { RouteGroup } from './route-groups.ts';
import type { Chain, Router } from './router.ts';

export const unknownAddress = () => new NotFound('There is no such address in the API.');

/**
 * Runs a route's chain in the app's own context, as Hono's compose does: a step's answer becomes
 * the response, and an error becomes its problem answer at the step that threw, so the steps
 * around it (an idempotency hold) see an answer and clean up.
 */
async function run(c: Context<AppEnv>, chain: Chain, at = 0): Promise<void> {
  const step = chain[at];
  if (!step) return;
  let answer: Response | void;
  let failed = false;
  try {
    answer = await step(c, () => run(c, chain, at + 1));
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    c.error = error;
    answer = await onError(error, c);
    failed = true;
  }
  if (answer && (!c.finalized || failed)) c.res = answer;
}

/**
 * Answers a group's addresses by loading the group on first use, then running the route the
 * group matches; a request the group has no route for goes on to the next group whose address
 * matches, and at last to the unknown-address answer. A load that fails (a broken deployment)
 * is not remembered, so the next request tries again.
 */
export function mountLazily(app: Hono<AppEnv>, group: RouteGroup): void {
  let loaded: Promise<Router> | undefined;
  const load = () => {
    loaded ??= group.load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
  const methods = group.methods ?? ['ALL'];
  for (const path of group.paths) {
    app.on(methods as string[], `/api${path}`, async (c, next) => {
      const routes = await load();
      // Hono answers HEAD with the GET route, without its body.
      const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
      const found = routes.match(method, c.req.path.slice('/api'.length));
      if (!found) {
        await next();
        return;
      }
      c.set('routeParams', found.params);
      await run(c, found.chain);
      return c.res;
    });
  }
}
