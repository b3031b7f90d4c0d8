import type { MiddlewareHandler } from 'hono';
import { createLogger } from '#functions/log.ts';
import type { AppEnv } from '../env.ts';

/**
 * Binds the logger to the request: every line a route or the error handler writes names the
 * request id. The request itself is not logged here: API Gateway's access log has one line per
 * request with method, path, status and latency under the same id (ARCHITECTURE.md, "Request flow").
 */
export const requestLogger: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('log', createLogger({ requestId: c.get('requestId') }));
  await next();
};
