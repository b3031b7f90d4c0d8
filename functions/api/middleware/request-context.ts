import type { Context, MiddlewareHandler } from 'hono';
import { createLogger, flushLogs, logsWaiting } from '#functions/log.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { markCachingByCaller } from './caching.ts';
import { requestIdHeader, requestIdOf } from './request-id.ts';

/**
 * What every request starts with and every answer leaves with, in one step because each step of
 * the chain costs on every warm request (ARCHITECTURE.md, "Request flow"): the request's
 * dependencies, its id, and a logger whose every line names the id; then on the answer, the id
 * and what caches may keep. The request itself is not logged here: API Gateway's access log has
 * one line per request, under the same id.
 */
export function requestContext(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c: Context<AppEnv>, next) => {
    const id = requestIdOf(c);
    c.set('deps', deps);
    c.set('requestId', id);
    c.set('log', createLogger({ requestId: id }));
    await next();
    c.res.headers.set(requestIdHeader, id);
    markCachingByCaller(c);
    // A line waiting for the logger to load is out before the function answers and may be frozen.
    if (logsWaiting()) await flushLogs();
  };
}
