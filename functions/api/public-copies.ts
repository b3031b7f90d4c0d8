import type { Hono, MiddlewareHandler } from 'hono';
import { publicAnswerAt } from '#shared/public-answers.ts';
import type { AppEnv } from './env.ts';

const readMethods = new Set(['GET', 'HEAD']);

/**
 * Answers a public copy (`/api/public/outcomes`, …) as the address it copies would answer an
 * anonymous caller: the same request without its cookie, through the whole app. CloudFront
 * caches the copies and never forwards a cookie to them; dropping it here as well makes the copy
 * anonymous by construction, whatever reaches the app (ARCHITECTURE.md, "Public reads from the edge").
 * Anything else under the prefix goes on to the unknown-address answer.
 */
export function publicCopies(app: Hono<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const copyOf = publicAnswerAt(c.req.path)?.copyOf;
    if (!copyOf || !readMethods.has(c.req.method)) return next();
    const url = new URL(c.req.url);
    url.pathname = copyOf;
    const headers = new Headers(c.req.raw.headers);
    headers.delete('cookie');
    return app.fetch(new Request(url, { method: c.req.method, headers }), c.env);
  };
}
