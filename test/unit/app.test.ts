import { describe, expect, it, vi } from 'vitest';
import { createApp } from '#functions/api/app.ts';
import { aMember, appFor, mockDeps, portalOrigin, sessionCookie } from './support.ts';

describe('the Hono app, through app.request()', () => {
  it('answers health 200 when table and bucket answer, 503 naming the one that does not', async () => {
    const healthy = createApp(mockDeps());
    expect((await healthy.request('/api/health')).status).toBe(200);
    const broken = createApp(mockDeps({ health: { table: async () => true, bucket: async () => false } }));
    const answer = await broken.request('/api/health');
    expect(answer.status).toBe(503);
    expect(await answer.json()).toEqual({ status: 'degraded', checks: { table: 'ok', bucket: 'failing' } });
  });

  it('hides the internals of an unexpected failure behind a 500 problem with the request id', async () => {
    const secretariat = aMember({ role: 'secretariat' });
    const { app, deps } = appFor(secretariat);
    deps.members.list = vi.fn(async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.1:8000 secret-table-name');
    });
    const answer = await app.request('/api/members', { headers: { Cookie: sessionCookie } });
    expect(answer.status).toBe(500);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    const body = await answer.json();
    expect(body).toMatchObject({ status: 500, code: 'internal', requestId: answer.headers.get('x-request-id') });
    expect(JSON.stringify(body)).not.toContain('ECONNREFUSED');
    expect(JSON.stringify(body)).not.toContain('secret-table-name');
  });

  it('names each answer by the caller’s request id, else by API Gateway’s, else by a fresh one', async () => {
    const app = createApp(mockDeps());
    const viaGateway = { requestContext: { requestId: 'JKJaXmPLvHcESHA=' } };
    const offered = await app.request('/api/health', { headers: { 'X-Request-Id': 'trace-0000001' } }, viaGateway);
    expect(offered.headers.get('x-request-id')).toBe('trace-0000001');
    const gateways = await app.request('/api/nothing-here', {}, viaGateway);
    expect(gateways.headers.get('x-request-id')).toBe('JKJaXmPLvHcESHA=');
    expect((await gateways.json()).requestId).toBe('JKJaXmPLvHcESHA=');
    const odd = await app.request('/api/health', {}, { requestContext: { requestId: 'bad id' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const local = await app.request('/api/health');
    expect(local.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(local.headers.get('x-request-id')).not.toBe(odd.headers.get('x-request-id'));
  });

  it('asks anonymous callers to sign in (401) and refuses members on secretariat routes (403)', async () => {
    const anonymous = createApp(mockDeps());
    expect((await anonymous.request('/api/audit')).status).toBe(401);
    const { app } = appFor(aMember());
    const answer = await app.request('/api/audit', { headers: { Cookie: sessionCookie } });
    expect(answer.status).toBe(403);
    expect((await answer.json()).code).toBe('forbidden');
  });

  it('checks the role before validating input, so a stranger learns nothing from 400s', async () => {
    const anonymous = createApp(mockDeps());
    const answer = await anonymous.request('/api/members', {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(answer.status).toBe(401);
  });

  it('refuses bodies sent without a JSON content type with 415, instead of skipping validation', async () => {
    const { app, deps } = appFor(aMember({ role: 'secretariat' }));
    const answer = await app.request('/api/members', {
      method: 'POST',
      body: 'name=x',
      headers: { Cookie: sessionCookie, 'Content-Type': 'application/x-www-form-urlencoded', Origin: portalOrigin },
    });
    expect(answer.status).toBe(415);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect((await answer.json()).code).toBe('unsupported-media-type');
    expect(deps.members.create).not.toHaveBeenCalled();
  });

  it('refuses state-changing requests from another origin before doing anything', async () => {
    const deps = mockDeps();
    const app = createApp(deps);
    const answer = await app.request('/api/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ email: 'a@b.example' }),
      headers: { 'Content-Type': 'application/json', Origin: 'https://elsewhere.example' },
    });
    expect(answer.status).toBe(403);
    expect(deps.rateLimits.get).not.toHaveBeenCalled();
  });

  it('requires If-Match on edits (428) and names a malformed one (400)', async () => {
    const member = aMember();
    const { app, deps } = appFor(member);
    deps.members.get = vi.fn(async () => member);
    const patch = (headers: Record<string, string>) =>
      app.request(`/api/members/${member.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ name: 'Yeni Ad' }),
        headers: { Cookie: sessionCookie, 'Content-Type': 'application/json', ...headers },
      });
    expect((await patch({})).status).toBe(428);
    const malformed = await patch({ 'If-Match': 'yesterday' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].field).toBe('header.If-Match');
    expect(deps.members.update).not.toHaveBeenCalled();
  });

  it('treats a cookie of a deactivated member as no cookie', async () => {
    const { app } = appFor(aMember({ status: 'deactivated' }));
    expect((await app.request('/api/me', { headers: { Cookie: sessionCookie } })).status).toBe(401);
  });

  it('sets a Secure __Host- cookie when the portal is served over HTTPS', async () => {
    const member = aMember();
    const deps = mockDeps({ portalOrigin: 'https://portal.example.az' });
    deps.signInLinks.get = vi.fn(async () => ({
      tokenHash: 'h',
      memberId: member.id,
      createdAt: '',
      expiresAt: Date.parse('2026-11-25T10:10:00Z') / 1000,
    }));
    deps.members.get = vi.fn(async () => member);
    deps.signInLinks.redeem = vi.fn(async () => 'redeemed' as const);
    const answer = await createApp(deps).request(`/api/auth/callback?token=${'t'.repeat(43)}`);
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe('https://portal.example.az/');
    const cookie = answer.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-bhr_session=member-0001\.[\w-]{43};/);
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
  });
});
