import { describe, expect, it, vi } from 'vitest';
import { completeSignIn, requestSignIn, SignInLinkRefused, signInMinimumMs } from '#functions/domain/auth.ts';
import { takeAttempt } from '#functions/domain/rate-limit.ts';
import { TooManyRequests } from '#functions/errors.ts';
import { aMember, mockDeps } from './support.ts';

const now = new Date('2026-11-25T10:00:00.000Z');
const nowSeconds = now.getTime() / 1000;

function emptyRateLog(deps: ReturnType<typeof mockDeps>) {
  deps.rateLimits.get = vi.fn(async () => ({ attempts: [], version: 0 }));
  deps.rateLimits.save = vi.fn(async () => true);
}

describe('sign-in use cases', () => {
  it('spends the same minimum time for unknown and known addresses', async () => {
    for (const member of [undefined, aMember()]) {
      const deps = mockDeps();
      emptyRateLog(deps);
      deps.members.findByEmail = vi.fn(async () => member);
      deps.signInLinks.create = vi.fn(async () => {});
      await requestSignIn(deps, 'someone@test.example');
      const waited = vi.mocked(deps.sleep).mock.calls[0]?.[0] ?? 0;
      expect(waited).toBeGreaterThan(signInMinimumMs - 100);
      expect(waited).toBeLessThanOrEqual(signInMinimumMs);
      expect(vi.mocked(deps.mailer.send).mock.calls.length).toBe(member ? 1 : 0);
    }
  });

  it('stores only the hash of a link token, valid 15 minutes', async () => {
    const deps = mockDeps({ now: () => now });
    emptyRateLog(deps);
    deps.members.findByEmail = vi.fn(async () => aMember());
    deps.signInLinks.create = vi.fn(async () => {});
    await requestSignIn(deps, 'member@test.example');
    const stored = vi.mocked(deps.signInLinks.create).mock.calls[0]?.[0];
    const sent = vi.mocked(deps.mailer.send).mock.calls[0]?.[0];
    const token = /token=([\w-]+)/.exec(sent?.text ?? '')?.[1];
    expect(token).toHaveLength(43);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored?.expiresAt).toBe(nowSeconds + 15 * 60);
  });

  it('refuses an expired link as expired, a used one as invalid', async () => {
    const deps = mockDeps({ now: () => now });
    const token = 'x'.repeat(43);
    deps.signInLinks.get = vi.fn(async () => ({ tokenHash: 'h', memberId: 'm', createdAt: '', expiresAt: nowSeconds }));
    await expect(completeSignIn(deps, token)).rejects.toEqual(new SignInLinkRefused('expired-link'));
    deps.signInLinks.get = vi.fn(async () => ({
      tokenHash: 'h',
      memberId: 'm',
      createdAt: '',
      expiresAt: nowSeconds + 60,
      usedAt: now.toISOString(),
    }));
    await expect(completeSignIn(deps, token)).rejects.toEqual(new SignInLinkRefused('invalid-link'));
  });

  it('activates an invited member on first sign-in, in the same transaction', async () => {
    const deps = mockDeps({ now: () => now });
    const invited = aMember({ status: 'invited' });
    deps.signInLinks.get = vi.fn(async () => ({
      tokenHash: 'h',
      memberId: invited.id,
      createdAt: '',
      expiresAt: nowSeconds + 60,
    }));
    deps.members.get = vi.fn(async () => invited);
    deps.signInLinks.redeem = vi.fn(async () => 'redeemed' as const);
    const { member } = await completeSignIn(deps, 'y'.repeat(43));
    expect(member.status).toBe('active');
    const redemption = vi.mocked(deps.signInLinks.redeem).mock.calls[0]?.[0];
    expect(redemption?.activation?.after.status).toBe('active');
    expect(redemption?.activation?.event.action).toBe('member.activated');
  });
});

describe('the sliding-window rate limit', () => {
  const rule = { max: 5, windowSeconds: 3600 };

  it('refuses the sixth attempt with the seconds until the oldest leaves the window', async () => {
    const deps = mockDeps({ now: () => now });
    const attempts = [nowSeconds - 3000, nowSeconds - 2000, nowSeconds - 100, nowSeconds - 50, nowSeconds - 10];
    deps.rateLimits.get = vi.fn(async () => ({ attempts, version: 5 }));
    const refusal = await takeAttempt(deps, 'subject', rule).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TooManyRequests);
    expect((refusal as TooManyRequests).retryAfterSeconds).toBe(600);
    expect(deps.rateLimits.save).not.toHaveBeenCalled();
  });

  it('forgets attempts older than the window', async () => {
    const deps = mockDeps({ now: () => now });
    deps.rateLimits.get = vi.fn(async () => ({ attempts: [1, 2, 3, 4, 5], version: 5 }));
    deps.rateLimits.save = vi.fn(async () => true);
    await takeAttempt(deps, 'subject', rule);
    expect(vi.mocked(deps.rateLimits.save).mock.calls[0]?.[1]).toEqual({ attempts: [nowSeconds], version: 5 });
  });

  it('reads again when a racing request saved first', async () => {
    const deps = mockDeps({ now: () => now });
    deps.rateLimits.get = vi.fn(async () => ({ attempts: [], version: 0 }));
    deps.rateLimits.save = vi.fn().mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    await takeAttempt(deps, 'subject', rule);
    expect(deps.rateLimits.get).toHaveBeenCalledTimes(2);
  });
});
