import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * What caches may keep (ARCHITECTURE.md, caching). An answer to a signed-in caller depends on who
 * they are, so nothing keeps it (`private, no-store`), whatever the route chose for strangers;
 * and every API answer names Cookie in Vary, so no shared cache hands one caller's answer to
 * another. Public, caller-independent answers to strangers keep the caching their route set.
 */
export const cachingByCaller: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const vary = c.res.headers.get('Vary');
  if (!vary?.split(',').some((name) => name.trim().toLowerCase() === 'cookie')) {
    c.res.headers.set('Vary', vary ? `${vary}, Cookie` : 'Cookie');
  }
  if (c.get('actor')) c.res.headers.set('Cache-Control', 'private, no-store');
};
