import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';

const header = 'X-Request-Id';
const acceptable = /^[\w.:-]{8,128}$/;

/** Every answer carries a request id; a well-formed one from the caller (or API Gateway) is kept. */
export const requestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const offered = c.req.header(header);
  const id = offered && acceptable.test(offered) ? offered : crypto.randomUUID();
  c.set('requestId', id);
  c.header(header, id);
  await next();
  c.res.headers.set(header, id);
};
