import { describe, expect, it, vi } from 'vitest';
import { eraseMember, isGroupRecord, pseudonymOf } from '#functions/domain/erasure.ts';
import { aMember } from './support.ts';

describe('erasing a member', () => {
  const depsFor = (member: ReturnType<typeof aMember>, activeSecretariats: number) => ({
    now: () => new Date('2026-12-01T10:00:00Z'),
    members: {
      findByEmail: vi.fn(async () => member),
      activeSecretariats: vi.fn(async () => activeSecretariats),
      erase: vi.fn(),
    },
    subscriptions: { ofAddress: vi.fn(async () => []), remove: vi.fn() },
    sessions: { list: vi.fn(), getWithRsvp: vi.fn(), removeRsvp: vi.fn() },
    documents: { list: vi.fn(), getWithVersions: vi.fn(), update: vi.fn() },
    auditRewrites: { all: vi.fn(), replace: vi.fn() },
  });

  it('refuses the last active secretariat member before touching anything', async () => {
    const deps = depsFor(aMember({ role: 'secretariat', status: 'active' }), 1);
    await expect(eraseMember(deps as never, 'x@test.example', 'test')).rejects.toMatchObject({
      status: 409,
      code: 'last-secretariat',
    });
    expect(deps.subscriptions.ofAddress).not.toHaveBeenCalled();
    expect(deps.members.erase).not.toHaveBeenCalled();
  });

  it('gives one member one pseudonym that names nothing of them', () => {
    const member = aMember({ id: 'AbCdEf123', name: 'Aysel Məmmədova' });
    expect(pseudonymOf(member)).toBe(pseudonymOf({ id: 'AbCdEf123' }));
    expect(pseudonymOf(member)).not.toBe(pseudonymOf({ id: 'AbCdEf124' }));
    expect(pseudonymOf(member)).toMatch(/^Erased member [0-9A-Z]{6}$/);
  });

  it("keeps public documents and a session's material as the group's record, and no other", () => {
    expect(isGroupRecord({ visibility: 'public', session: null })).toBe(true);
    expect(isGroupRecord({ visibility: 'members', session: 'session-1' })).toBe(true);
    expect(isGroupRecord({ visibility: 'members', session: null })).toBe(false);
  });
});
