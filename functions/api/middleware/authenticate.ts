import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { keepSignedInHint, readSessionCookie } from '../session-cookie.ts';

/**
 * Finds the signed-in member, if any. Requests without a cookie cost no database call, and
 * load none of the sign-in code: most cold starts are anonymous readers.
 */
export const authenticateRequest: MiddlewareHandler<AppEnv> = async (c, next) => {
  const deps = c.get('deps');
  const cookie = readSessionCookie(c, deps.portalOrigin);
  if (cookie) {
    const { authenticate } = await import('#functions/domain/auth.ts');
    const actor = await authenticate(deps, cookie);
    c.set('actor', actor);
    if (actor) keepSignedInHint(c, deps.portalOrigin, true);
  } else {
    c.set('actor', undefined);
  }
  await next();
};
