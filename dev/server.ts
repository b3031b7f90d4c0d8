import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createApp } from '#functions/api/app.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { robotsTxt } from '#shared/robots.ts';
import { webDist } from './web-build.ts';

/**
 * What CloudFront does in AWS: `/api/*` goes to the API, everything else to the built pages,
 * with extension-less paths answered by index.html (the pages route on the client).
 */
export function createSiteApp(): Hono {
  const deps = defaultDeps();
  const api = createApp(deps);
  const site = new Hono();
  site.get('/robots.txt', (c) => c.text(robotsTxt(deps.portalOrigin)));
  site.all('/api/*', (c) => api.fetch(c.req.raw));
  site.all('/api', (c) => api.fetch(c.req.raw));
  site.use('/*', serveStatic({ root: webDist }));
  site.get('*', (c) => {
    const index = resolve(webDist, 'index.html');
    if (/\.[a-z0-9]+$/i.test(c.req.path) || !existsSync(index)) return c.notFound();
    return c.html(readFileSync(index, 'utf8'));
  });
  return site;
}

export function listen(app: Hono, port: number): Promise<Server> {
  return new Promise((ready) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => ready(server as Server));
  });
}
