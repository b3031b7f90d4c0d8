import type { MiddlewareHandler } from 'hono';
import { Forbidden } from '#functions/errors.ts';
import type { AppEnv } from '../env.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests sent by a page of another origin. Hono's csrf middleware
 * checks only form-like content types; a session cookie rides on JSON requests too, so every
 * content type is checked here. Requests without Origin (curl, server-to-server) carry no
 * browser cookie by accident and pass.
 */
export const sameOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!safeMethods.has(c.req.method)) {
    const origin = c.req.header('Origin');
    const site = c.req.header('Sec-Fetch-Site');
    const foreign = (origin !== undefined && origin !== c.get('deps').portalOrigin) || site === 'cross-site';
    if (foreign) throw new Forbidden('Requests from other sites are not accepted.', 'foreign-origin');
  }
  await next();
};
