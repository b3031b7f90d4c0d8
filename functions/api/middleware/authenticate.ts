import type { MiddlewareHandler } from 'hono';
import { authenticate } from '#functions/domain/auth.ts';
import type { AppEnv } from '../env.ts';
import { readSessionCookie } from '../session-cookie.ts';

/** Finds the signed-in member, if any; requests without a cookie cost no database call. */
export const authenticateRequest: MiddlewareHandler<AppEnv> = async (c, next) => {
  const deps = c.get('deps');
  const cookie = readSessionCookie(c, deps.portalOrigin);
  c.set('actor', cookie ? await authenticate(deps, cookie) : undefined);
  await next();
};
