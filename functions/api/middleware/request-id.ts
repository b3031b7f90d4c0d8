import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';

export const requestIdHeader = 'X-Request-Id';
// API Gateway's ids are base64 (`JKJaXmPLvHcESHA=`).
const acceptable = /^[\w.:=+/-]{8,128}$/;

/** What `hono/aws-lambda` hands the app as its environment: API Gateway's request context. */
type LambdaEnv = { requestContext?: { requestId?: unknown } } | undefined;

/**
 * The request's id, which every answer carries and every log line of the request names. A
 * well-formed id from the caller is kept; otherwise API Gateway's own id, so the function's lines
 * and the access log's line of one request share it (ARCHITECTURE.md, "Request flow"); a runtime
 * without one (the local server) gets a fresh UUID.
 */
export function requestIdOf(c: Context<AppEnv>): string {
  const offered = c.req.header(requestIdHeader);
  if (offered && acceptable.test(offered)) return offered;
  const gateways = (c.env as LambdaEnv)?.requestContext?.requestId;
  return typeof gateways === 'string' && acceptable.test(gateways) ? gateways : crypto.randomUUID();
}
