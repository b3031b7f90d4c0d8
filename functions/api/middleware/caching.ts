import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * What caches may keep (ARCHITECTURE.md, caching), set on an answer as it leaves. An answer to a
 * signed-in caller depends on who they are, so nothing keeps it (`private, no-store`), whatever
 * the route chose for strangers; and every API answer names Cookie in Vary, so no shared cache
 * hands one caller's answer to another. Public, caller-independent answers to strangers keep the
 * caching their route set.
 */
export function markCachingByCaller(c: Context<AppEnv>): void {
  const headers = c.res.headers;
  const vary = headers.get('Vary');
  if (vary === null) headers.set('Vary', 'Cookie');
  else if (!vary.split(',').some((name) => name.trim().toLowerCase() === 'cookie')) {
    headers.set('Vary', `${vary}, Cookie`);
  }
  if (c.get('actor')) headers.set('Cache-Control', 'private, no-store');
}
