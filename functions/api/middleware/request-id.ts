import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';

const header = 'X-Request-Id';
// API Gateway's ids are base64 (`JKJaXmPLvHcESHA=`).
const acceptable = /^[\w.:=+/-]{8,128}$/;

/** What `hono/aws-lambda` hands the app as its environment: API Gateway's request context. */
type LambdaEnv = { requestContext?: { requestId?: unknown } } | undefined;

/**
 * Every answer carries a request id, and every log line of the request names it. A well-formed id
 * from the caller is kept; otherwise API Gateway's own id, so the function's lines and the access
 * log's line of one request share it (ARCHITECTURE.md, "Request flow"); a runtime without one
 * (the local server) gets a fresh UUID.
 */
export const requestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const offered = c.req.header(header);
  const gateways = (c.env as LambdaEnv)?.requestContext?.requestId;
  const id =
    offered && acceptable.test(offered)
      ? offered
      : typeof gateways === 'string' && acceptable.test(gateways)
        ? gateways
        : crypto.randomUUID();
  c.set('requestId', id);
  await next();
  // Set once, on the answer as it leaves: a route group's own app builds the answer, so a header
  // prepared before `next()` would not reach it.
  c.res.headers.set(header, id);
};
