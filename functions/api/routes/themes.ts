import * as z from 'zod/mini';
import { createTheme, getTheme, listThemes, updateTheme } from '#functions/domain/themes.ts';
import { publicCacheControl } from '#shared/public-answers.ts';
import { idempotencyHeaders } from '#shared/schemas/common.ts';
import {
  createThemeSchema,
  themeListSchema,
  themeSchema,
  themeSlugSchema,
  updateThemeSchema,
} from '#shared/schemas/theme.ts';
import { actorOf, defineRoute } from '../access.ts';
import { createRouter, json, jsonBody, pickProblems } from '../router.ts';
import { expectedVersion, ifMatchHeaders, setETag } from '../versioning.ts';

const slugParams = z.object({ slug: themeSlugSchema });

const listRoute = defineRoute('anyone', {
  method: 'get',
  path: '/themes',
  tags: ['Themes'],
  summary: 'The working group’s themes',
  responses: { 200: json(themeListSchema, 'Every theme, oldest first.') },
});

const getRoute = defineRoute('anyone', {
  method: 'get',
  path: '/themes/{slug}',
  tags: ['Themes'],
  summary: 'One theme',
  request: { params: slugParams },
  responses: { 200: json(themeSchema, 'The theme; ETag is its version.'), ...pickProblems(400, 404) },
});

const createRouteConfig = defineRoute(
  'secretariat',
  {
    method: 'post',
    path: '/themes',
    tags: ['Themes'],
    summary: 'Add a theme',
    request: { headers: idempotencyHeaders, body: jsonBody(createThemeSchema) },
    responses: { 201: json(themeSchema, 'The new theme.'), ...pickProblems(400, 401, 403, 409, 422) },
  },
  { idempotent: true },
);

const patchRoute = defineRoute('secretariat', {
  method: 'patch',
  path: '/themes/{slug}',
  tags: ['Themes'],
  summary: 'Edit a theme’s names or descriptions',
  request: { params: slugParams, headers: ifMatchHeaders, body: jsonBody(updateThemeSchema) },
  responses: { 200: json(themeSchema, 'The theme as stored.'), ...pickProblems(400, 401, 403, 404, 412, 428) },
});

export const themeRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    c.header('Cache-Control', publicCacheControl('themes'));
    return c.json({ items: await listThemes(c.get('deps')) }, 200);
  })
  .openapi(getRoute, async (c) => {
    const theme = await getTheme(c.get('deps'), c.req.valid('param').slug);
    setETag(c, theme.version);
    return c.json(theme, 200);
  })
  .openapi(createRouteConfig, async (c) => {
    const theme = await createTheme(c.get('deps'), actorOf(c), c.req.valid('json'), c.get('idempotentCommit'));
    setETag(c, theme.version);
    return c.json(theme, 201);
  })
  .openapi(patchRoute, async (c) => {
    const version = expectedVersion(c);
    const theme = await updateTheme(c.get('deps'), actorOf(c), c.req.valid('param').slug, c.req.valid('json'), version);
    setETag(c, theme.version);
    return c.json(theme, 200);
  });
