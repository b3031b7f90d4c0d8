import { describe, expect, it } from 'vitest';
import { createGuardedApp } from '#functions/api/app.ts';
import { originHeaderName } from '#functions/config.ts';
import { problemContentType } from '#shared/media-types.ts';
import { mockDeps } from './support.ts';

const current = 'current-origin-secret-0123456789';
const previous = 'previous-origin-secret-0123456789';

describe('origin header (one way in, through CloudFront)', () => {
  const app = createGuardedApp(mockDeps(), [current, previous]);

  it('refuses an /api request without the header with 403 problem+json', async () => {
    const answer = await app.request('/api/health');
    expect(answer.status).toBe(403);
    expect(answer.headers.get('Content-Type')).toBe(problemContentType);
    expect(await answer.json()).toMatchObject({ status: 403, code: 'not-via-edge', instance: '/api/health' });
  });

  it('refuses a wrong value, also on a write', async () => {
    const answer = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { [originHeaderName]: `${current}x`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({ code: 'not-via-edge' });
  });

  it('serves requests with the current or the previous value (a rotation in progress)', async () => {
    for (const secret of [current, previous]) {
      const answer = await app.request('/api/health', { headers: { [originHeaderName]: secret } });
      expect(answer.status).toBe(200);
    }
  });

  it('refuses to start without a usable secret', () => {
    expect(() => createGuardedApp(mockDeps(), [])).toThrow(/origin header/);
    expect(() => createGuardedApp(mockDeps(), ['short'])).toThrow(/16 characters/);
  });
});
