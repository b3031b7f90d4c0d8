import { z } from 'zod';
import { allPublished } from '#functions/domain/outcomes.ts';
import { listThemes } from '#functions/domain/themes.ts';
import { defineRoute } from '../access.ts';
import { createRouter } from '../router.ts';

const sitemapRoute = defineRoute('anyone', {
  method: 'get',
  path: '/sitemap.xml',
  tags: ['Open data'],
  summary: 'The public pages, for search engines (named in /robots.txt)',
  responses: {
    200: { content: { 'application/xml': { schema: z.string() } }, description: 'A sitemap (sitemaps.org 0.9).' },
  },
});

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const sitemapRoutes = createRouter().openapi(sitemapRoute, async (c) => {
  const deps = c.get('deps');
  const [themes, outcomes] = await Promise.all([listThemes(deps), allPublished(deps, 40_000)]);
  const urls: Array<{ path: string; lastmod?: string }> = [
    { path: '/' },
    { path: '/outcomes' },
    { path: '/sessions' },
    { path: '/documents' },
    { path: '/follow' },
    ...themes.map((theme) => ({ path: `/themes/${theme.slug}`, lastmod: theme.updatedAt })),
    ...outcomes.map((entry) => ({
      path: `/outcomes/${entry.sessionId}`,
      lastmod: entry.correctedAt ?? entry.publishedAt,
    })),
  ];
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      (url) =>
        `  <url><loc>${escapeXml(`${deps.portalOrigin}${url.path}`)}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');
  return c.body(body, 200, {
    'Content-Type': 'application/xml; charset=utf-8',
    'Cache-Control': 'public, max-age=3600',
  }) as never;
});
