import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * The network address a request came from, for per-client rate limits. The proxies in front of
 * the API (CloudFront, API Gateway) each append the address they received the request from to
 * X-Forwarded-For, so the last entry is the one a client cannot choose; the entries before it
 * are whatever the client sent. Without the header (a direct call), every such caller is one
 * client, which only makes the limit stricter.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const forwarded = c.req.header('x-forwarded-for') ?? '';
  const last = forwarded.split(',').at(-1)?.trim() ?? '';
  return /^[0-9A-Fa-f.:]{2,45}$/.test(last) ? last : 'direct';
}
