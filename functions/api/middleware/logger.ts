import type { MiddlewareHandler } from 'hono';
import { createLogger } from '#functions/log.ts';
import type { AppEnv } from '../env.ts';

/** Logs every request once it is answered, with its status and duration. */
export const requestLogger: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now();
  c.set('log', createLogger({ requestId: c.get('requestId') }));
  await next();
  c.get('log').info('request', {
    method: c.req.method,
    path: c.req.path,
    status: c.res.status,
    ms: Math.round(performance.now() - started),
  });
};
