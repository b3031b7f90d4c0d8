import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { defineRoute } from '#functions/api/access.ts';
import { createApp } from '#functions/api/app.ts';
import { mountLazily } from '#functions/api/lazy-routes.ts';
import { routeGroups } from '#functions/api/route-groups.ts';
import { createRouter } from '#functions/api/router.ts';
import { loadedOnFirstCall } from '#functions/wiring.ts';
import { aMember, appFor, mockDeps, sessionCookie } from './support.ts';

describe('route groups loaded on first use', () => {
  it('send every route a group declares to that group, and to no other', async () => {
    // As the app dispatches (lazy-routes.ts): a group that has no route for the request passes it on.
    const probe = new Hono();
    for (const group of routeGroups) {
      const routes = await group.load();
      for (const path of group.paths) {
        probe.on([...(group.methods ?? ['ALL'])], `/api${path}`, async (c, next) => {
          if (routes.match(c.req.method, c.req.path.slice('/api'.length))) return c.text(group.name);
          await next();
        });
      }
    }
    let routes = 0;
    for (const group of routeGroups) {
      for (const route of (await group.load()).definitions) {
        routes += 1;
        const path = `/api${route.path.replace(/\{[^}]+\}/g, 'x1')}`;
        const answer = await probe.request(path, { method: route.method.toUpperCase() });
        expect(await answer.text(), `${route.method} ${route.path}`).toBe(group.name);
      }
    }
    expect(routes).toBeGreaterThan(40);
  });

  it('load only the public reads for a visitor’s GET, and the writes for a change at the same address', async () => {
    const pairs = [
      ['session-reads', 'sessions', ['get /sessions', 'get /sessions/{id}', 'get /calendar.ics']],
      ['outcome-reads', 'outcomes', ['get /sessions/{id}/outcomes', 'get /outcomes', 'get /outcomes/years']],
    ] as const;
    for (const [readsName, writesName, publicReads] of pairs) {
      const reads = routeGroups.find((group) => group.name === readsName);
      const writes = routeGroups.find((group) => group.name === writesName);
      expect(reads?.methods, readsName).toEqual(['GET']);
      const readRoutes = (await reads?.load())?.definitions ?? [];
      expect(readRoutes.every((route) => route.method === 'get' && route['x-access'] === 'anyone')).toBe(true);
      expect(readRoutes.map((route) => `${route.method} ${route.path}`)).toEqual(
        expect.arrayContaining([...publicReads]),
      );
      const writeRoutes = (await writes?.load())?.definitions ?? [];
      expect(writeRoutes.some((route) => route.method !== 'get')).toBe(true);
      expect(routeGroups.indexOf(reads as never)).toBeLessThan(routeGroups.indexOf(writes as never));
    }
  });

  it('hand a group the request’s member, request id and dependencies', async () => {
    const secretariat = aMember({ role: 'secretariat' });
    const { app, deps } = appFor(secretariat);
    const answer = await app.request('/api/me', { headers: { Cookie: sessionCookie, 'X-Request-Id': 'req-0000001' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-request-id')).toBe('req-0000001');
    expect((await answer.json()).id).toBe(secretariat.id);
    expect(deps.logins.getWithMember).toHaveBeenCalled();
  });

  it('answer a group’s failures and unknown addresses inside it as problem+json', async () => {
    const app = createApp(mockDeps());
    const unknown = await app.request('/api/sessions/x1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    const invalid = await app.request('/api/sessions?limit=0');
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].field).toBe('query.limit');
  });

  it('run the first route the group declares for the method, with its decoded path parameters', async () => {
    const seen: unknown[] = [];
    const routes = createRouter()
      .openapi(
        defineRoute('anyone', { method: 'get', path: '/things/first', responses: { 200: { description: 'first' } } }),
        (c) => c.text('first'),
      )
      .openapi(
        defineRoute('anyone', {
          method: 'get',
          path: '/things/{name}',
          request: { params: z.object({ name: z.string().check(z.minLength(2)) }) },
          responses: { 200: { description: 'named' } },
        }),
        (c) => {
          seen.push(c.req.valid('param'));
          return c.text('named');
        },
      );
    const app = createApp(mockDeps());
    mountLazily(app, { name: 'things', paths: ['/things/*'], load: async () => routes });
    expect(await (await app.request('/api/things/first')).text()).toBe('first');
    expect(await (await app.request('/api/things/%C3%BCz%20ik')).text()).toBe('named');
    expect(seen).toEqual([{ name: 'üz ik' }]);
    const head = await app.request('/api/things/first', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const wrongMethod = await app.request('/api/things/first', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(404);
    expect(wrongMethod.headers.get('content-type')).toBe('application/problem+json');
    const invalid = await app.request('/api/things/x');
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].field).toBe('param.name');
  });

  it('try a group again after a failed load, instead of failing every later request', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(new Error('chunk missing'))
      .mockResolvedValue(
        createRouter().openapi(
          defineRoute('anyone', { method: 'get', path: '/flaky', responses: { 200: { description: 'loaded' } } }),
          (c) => c.text('loaded'),
        ),
      );
    const app = new Hono();
    app.onError((_, c) => c.text('failed', 500));
    mountLazily(app as never, { name: 'flaky', paths: ['/flaky'], load });
    const env = {};
    expect((await app.request('/api/flaky', {}, env)).status).toBe(500);
    const second = await app.request('/api/flaky', {}, env);
    expect(await second.text()).toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('data modules loaded on first call', () => {
  it('load once, pass the arguments through, and retry a failed load', async () => {
    const list = vi.fn(async (limit: number) => [limit]);
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue({ list });
    const repository = loadedOnFirstCall<{ list: (limit: number) => Promise<number[]> }>(load);
    await expect(repository.list(3)).rejects.toThrow('chunk missing');
    expect(await repository.list(5)).toEqual([5]);
    expect(await repository.list(7)).toEqual([7]);
    expect(load).toHaveBeenCalledTimes(2);
    expect(list).toHaveBeenCalledWith(7);
  });
});
