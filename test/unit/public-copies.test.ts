import { describe, expect, it, vi } from 'vitest';
import { publicCacheControl } from '#shared/public-answers.ts';
import { aMember, appFor, sessionCookie } from './support.ts';

const emptyPage = { items: [], nextCursor: null };

describe('public copies (ARCHITECTURE.md, "Public reads from the edge")', () => {
  it('answers /api/public/outcomes as /api/outcomes answers a stranger, even to a signed-in member', async () => {
    const { app, deps } = appFor(aMember());
    deps.outcomes.catalog = vi.fn(async () => emptyPage);
    const copy = await app.request('/api/public/outcomes?theme=labour-rights&limit=5', {
      headers: { Cookie: sessionCookie },
    });
    expect(copy.status).toBe(200);
    expect(copy.headers.get('cache-control')).toBe(publicCacheControl('catalog'));
    expect(deps.outcomes.catalog).toHaveBeenLastCalledWith(
      expect.objectContaining({ theme: 'labour-rights', limit: 5, publicOnly: true }),
    );
    // The address it copies still knows the member: members-only outcomes too, and never cached.
    const own = await app.request('/api/outcomes?limit=5', { headers: { Cookie: sessionCookie } });
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    expect(deps.outcomes.catalog).toHaveBeenLastCalledWith(expect.objectContaining({ publicOnly: false }));
    expect(deps.logins.getWithMember).toHaveBeenCalledOnce();
  });

  it('copies reads only, and only the listed addresses', async () => {
    const { app } = appFor(undefined);
    expect((await app.request('/api/public/themes', { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await app.request('/api/public/members')).status).toBe(404);
    expect((await app.request('/api/public/outcomes.csv')).status).toBe(404);
  });
});
