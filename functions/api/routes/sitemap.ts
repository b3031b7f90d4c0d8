import * as z from 'zod/mini';
import { sitemapFile } from '#functions/domain/feeds.ts';
import { publicCacheControl } from '#shared/public-answers.ts';
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

export const sitemapRoutes = createRouter().openapi(sitemapRoute, async (c) => {
  return c.body(await sitemapFile(c.get('deps')), 200, {
    'Content-Type': 'application/xml; charset=utf-8',
    'Cache-Control': publicCacheControl('sitemap'),
  }) as never;
});
