import { describe, expect, it, vi } from 'vitest';
import { aMember, appFor, sessionCookie } from './support.ts';

const theme = {
  slug: 'supply-chains',
  name: { az: 'Təchizat zəncirləri', en: 'Supply chains' },
  description: { az: 'Təsvir', en: 'Description' },
};

function setup() {
  const { app, deps } = appFor(aMember({ role: 'secretariat' }));
  deps.themes.create = vi.fn(async () => undefined);
  deps.idempotency.complete = vi.fn(async () => undefined);
  deps.idempotency.release = vi.fn(async () => undefined);
  const post = (key: string | undefined, body: unknown = theme) =>
    app.request('/api/themes', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: {
        Cookie: sessionCookie,
        'Content-Type': 'application/json',
        ...(key === undefined ? {} : { 'Idempotency-Key': key }),
      },
    });
  return { deps, post };
}

describe('creates retried with an Idempotency-Key, through app.request()', () => {
  it('runs the first request, validates its body as usual, and keeps its answer for retries', async () => {
    const { deps, post } = setup();
    deps.idempotency.claim = vi.fn(async () => undefined);
    const answer = await post('key-0000-0001');
    expect(answer.status).toBe(201);
    expect(deps.themes.create).toHaveBeenCalledOnce();
    const [scope, key, kept] = vi.mocked(deps.idempotency.complete).mock.calls[0] ?? [];
    expect([scope, key]).toEqual(['member-0001', 'key-0000-0001']);
    expect(kept).toMatchObject({ status: 201, headers: { 'content-type': 'application/json', etag: '"1"' } });
    expect(JSON.parse(kept?.body ?? '')).toMatchObject({ slug: 'supply-chains' });
  });

  it('answers a retry with the kept answer, marked as replayed, without creating again', async () => {
    const { deps, post } = setup();
    let fingerprint = '';
    deps.idempotency.claim = vi.fn(async (_scope: string, _key: string, offered: string) => {
      fingerprint = offered;
      return undefined;
    });
    await post('key-0000-0002');
    const kept = vi.mocked(deps.idempotency.complete).mock.calls[0]?.[2];
    deps.idempotency.claim = vi.fn(async () => ({ fingerprint, answer: kept ?? null, expiresAt: 2e9 }));
    const retry = await post('key-0000-0002');
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toMatchObject({ slug: 'supply-chains' });
    expect(deps.themes.create).toHaveBeenCalledOnce();
  });

  it('refuses the key for another request (422) and while the first still runs (409)', async () => {
    const { deps, post } = setup();
    deps.idempotency.claim = vi.fn(async () => ({ fingerprint: 'another request', answer: null, expiresAt: 2e9 }));
    const reused = await post('key-0000-0003');
    expect(reused.status).toBe(422);
    expect((await reused.json()).code).toBe('idempotency-key-reused');
    // The first request holds the key and has not answered yet when the second arrives.
    deps.idempotency.claim = vi
      .fn()
      .mockResolvedValueOnce(undefined)
      .mockImplementationOnce(async (_scope: string, _key: string, offered: string) => ({
        fingerprint: offered,
        answer: null,
        expiresAt: 2e9,
      }));
    await post('key-0000-0004');
    const running = await post('key-0000-0004');
    expect(running.status).toBe(409);
    expect((await running.json()).code).toBe('idempotency-key-in-use');
    expect(deps.themes.create).toHaveBeenCalledOnce();
  });

  it('names a malformed key (400) and frees the key of a request that failed', async () => {
    const { deps, post } = setup();
    deps.idempotency.claim = vi.fn(async () => undefined);
    const malformed = await post('short');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].field).toBe('header.idempotency-key');
    expect(deps.idempotency.claim).not.toHaveBeenCalled();
    const invalid = await post('key-0000-0005', { ...theme, slug: 'Not A Slug' });
    expect(invalid.status).toBe(400);
    expect(deps.idempotency.release).toHaveBeenCalledWith('member-0001', 'key-0000-0005');
    expect(deps.idempotency.complete).not.toHaveBeenCalled();
  });

  it('costs nothing without the header', async () => {
    const { deps, post } = setup();
    expect((await post(undefined)).status).toBe(201);
    expect(deps.idempotency.claim).not.toHaveBeenCalled();
  });
});
