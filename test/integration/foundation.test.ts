import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { apiEdgeHeaders } from '#infra/edge-headers.ts';
import { api, baseUrl } from '../support/http.ts';

describe('the API foundation on the local stack', () => {
  it('reports the table and bucket healthy', async () => {
    const health = await api('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', checks: { table: 'ok', bucket: 'ok' } });
  });

  it('puts a request id on every answer, and keeps a well-formed one from the caller', async () => {
    const fresh = await api('/api/health');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    const kept = await api('/api/health', { headers: { 'X-Request-Id': 'trace-1234567' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-1234567');
    const refused = await api('/api/health', { headers: { 'X-Request-Id': 'bad id with spaces' } });
    expect(refused.headers.get('x-request-id')).not.toBe('bad id with spaces');
  });

  it("sends the edge's security headers, as CloudFront adds them in AWS", async () => {
    const { headers } = await api('/api/health');
    for (const { name, value } of apiEdgeHeaders) expect(headers.get(name), name).toBe(value);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d+; includeSubDomains$/);
  });

  it('keeps the no-referrer policy of an answer reached through a link holding a token', async () => {
    const answer = await fetch(`${baseUrl()}/api/auth/callback?token=${'x'.repeat(43)}`, { redirect: 'manual' });
    expect(answer.status).toBeLessThan(500);
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves an OpenAPI 3.1 document generated from the schemas, and a reference page', async () => {
    const doc = await api('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/members', '/api/me']));
    expect(doc.body.components.schemas.Problem.properties.code).toBeDefined();
    expect(doc.body.paths['/api/members'].post['x-access']).toBe('secretariat');
    const docs = await api('/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toContain('text/html');
    expect(docs.body).toContain('/api/openapi.json');
  });

  it('answers an unknown API path with 404 problem+json', async () => {
    const missing = await api('/api/no-such-thing');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(missing.body).toMatchObject({ status: 404, code: 'not-found', title: 'Not Found' });
    expect(missing.body.requestId).toBe(missing.headers.get('x-request-id'));
  });

  it('refuses a body over 1 MB with 413 problem+json', async () => {
    const huge = JSON.stringify({ email: `${'a'.repeat(1024 * 1024 + 10)}@example.org` });
    // A connection of its own: the server answers before reading the whole body and closes it.
    const answer = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        `${baseUrl()}/api/auth/sign-in`,
        { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json' } },
        (response) => {
          let body = '';
          response.on('data', (chunk) => {
            body += chunk;
          });
          response.on('end', () => resolve({ status: response.statusCode, body }));
        },
      );
      request.on('error', reject);
      request.end(huge);
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'payload-too-large', status: 413 });
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const answer = await api('/api/auth/sign-in', { method: 'POST', body: '{"email": ' });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
  });

  it('serves the pages, with client-side routes answered by index.html', async () => {
    for (const path of ['/', '/sign-in', '/members']) {
      const page = await fetch(`${baseUrl()}${path}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html');
    }
    const asset = await fetch(`${baseUrl()}/no-such-file.js`);
    expect(asset.status).toBe(404);
  });

  it('serves robots.txt that keeps crawlers off the API and names the sitemap by its full address', async () => {
    const robots = await fetch(`${baseUrl()}/robots.txt`);
    expect(robots.status).toBe(200);
    const text = await robots.text();
    expect(text).toContain('Disallow: /api/');
    expect(text).toContain(`Sitemap: ${baseUrl()}/api/sitemap.xml`);
  });
});
