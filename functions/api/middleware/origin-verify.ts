import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { originHeaderName } from '#functions/config.ts';
import { Forbidden } from '#functions/errors.ts';
import type { AppEnv } from '../env.ts';
import { problemResponse } from './problem.ts';

function sameSecret(offered: Buffer, accepted: Buffer): boolean {
  return offered.length === accepted.length && timingSafeEqual(offered, accepted);
}

/**
 * Refuses requests that did not come through CloudFront: CloudFront adds the origin header with
 * a secret value, so a request straight to the execute-api address (which would bypass the WAF
 * and the edge rate rules) lacks it. `accepted` holds the current value and, during a rotation,
 * the previous one (ARCHITECTURE.md, "One way in").
 */
export function originVerify(accepted: readonly string[]): MiddlewareHandler<AppEnv> {
  if (accepted.length === 0 || accepted.some((secret) => secret.length < 16)) {
    throw new Error('The origin header needs at least one secret of 16 characters or more.');
  }
  const secrets = accepted.map((secret) => Buffer.from(secret));
  return async (c, next) => {
    const header = c.req.header(originHeaderName);
    const offered = header === undefined ? undefined : Buffer.from(header);
    if (offered === undefined || !secrets.some((secret) => sameSecret(offered, secret))) {
      return problemResponse(
        c,
        new Forbidden('Requests reach the portal API only through its own address.', 'not-via-edge'),
      );
    }
    await next();
  };
}
