import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createGuardedApp } from '#functions/api/app.ts';
import { acceptedOriginSecrets, originHeaderName } from '#functions/config.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { withEdgeHeaders } from '#infra/edge-headers.ts';
import { publicAnswerAt } from '#shared/public-answers.ts';
import { robotsTxt } from '#shared/robots.ts';
import { edgeCompression } from './edge-compression.ts';
import { webDist } from './web-build.ts';

/**
 * A copy of the request as CloudFront forwards it to the API: with the origin header; and to a
 * public answer's cached behaviour (shared/public-answers.ts), with only its cache key, so no
 * cookie and only the query parameters that make another answer. Nothing is cached here.
 */
function viaEdge(request: Request, secret: string): Request {
  const url = new URL(request.url);
  const cached = publicAnswerAt(url.pathname);
  if (!cached) {
    const forwarded = new Request(request);
    forwarded.headers.set(originHeaderName, secret);
    return forwarded;
  }
  const query = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (cached.query.includes(name)) query.append(name, value);
  url.search = query.toString();
  // CloudFront forwards no viewer header there, bar the Accept-Encoding it normalises.
  const headers = new Headers({ [originHeaderName]: secret });
  const encoding = request.headers.get('accept-encoding');
  if (encoding !== null) headers.set('accept-encoding', encoding);
  return new Request(url, { method: request.method, headers });
}

/**
 * What CloudFront does in AWS: `/api/*` goes to the API with the secret origin header (the
 * current value, as CloudFront sends it) and comes back with the edge's security headers
 * (infra/edge-headers.ts), everything else to the built pages, with
 * extension-less paths answered by index.html (the pages route on the client), and the pages'
 * files and the public answers compressed as CloudFront compresses them.
 */
export function createSiteApp(): Hono {
  const deps = defaultDeps();
  const accepted = acceptedOriginSecrets();
  const [current] = accepted as [string];
  const api = createGuardedApp(deps, accepted);
  const site = new Hono();
  site.get('/robots.txt', (c) => c.text(robotsTxt(deps.portalOrigin)));
  const throughEdge = async (request: Request) => withEdgeHeaders(await api.fetch(viaEdge(request, current)));
  // The public answers' cached behaviours compress as the pages' do; the rest of /api never is.
  const compressed = edgeCompression();
  site.use('/api/*', (c, next) => (publicAnswerAt(c.req.path) ? compressed(c, next) : next()));
  site.all('/api/*', (c) => throughEdge(c.req.raw));
  site.all('/api', (c) => throughEdge(c.req.raw));
  site.use('/*', edgeCompression(), serveStatic({ root: webDist }));
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
