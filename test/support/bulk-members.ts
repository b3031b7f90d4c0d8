import { randomUUID } from 'node:crypto';
import { membersRepository } from '#functions/data/members.ts';
import { signInLinks } from '#functions/data/sign-in-links.ts';
import { auditEvent } from '#functions/domain/audit.ts';
import { newId } from '#functions/domain/ids.ts';
import { hashToken, newToken } from '#functions/domain/tokens.ts';
import type { Member } from '#shared/schemas/member.ts';
import { baseUrl } from './http.ts';
import { follow } from './mailbox.ts';

/**
 * Many signed-in members at once, written through the data layer (an invitation email each
 * would only slow the test), then signed in through the real callback route.
 */
export async function manyMembers(count: number): Promise<Array<{ id: string; email: string; cookie: string }>> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const now = new Date();
      const member: Member = {
        id: newId(now),
        name: `Kütləvi Üzv ${i}`,
        email: `bulk-${randomUUID()}@test.example`,
        organisation: 'Test',
        organisationType: 'business',
        position: '',
        role: 'member',
        status: 'active',
        language: 'az',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        version: 1,
      };
      await membersRepository.create(
        member,
        auditEvent(now, null, 'member.seeded', { type: 'member', id: member.id }, 'test'),
      );
      const token = newToken();
      await signInLinks.create({
        tokenHash: hashToken(token),
        memberId: member.id,
        createdAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + 600,
      });
      const { cookie } = await follow(`${baseUrl()}/api/auth/callback?token=${token}`);
      if (!cookie) throw new Error('bulk member could not sign in');
      return { id: member.id, email: member.email, cookie };
    }),
  );
}

/**
 * Deactivates members made by `manyMembers`, so that the sessions other files schedule afterwards
 * do not each invite hundreds of extra people on the shared stack.
 */
export async function retireMembers(members: Array<{ id: string }>): Promise<void> {
  // A member changed meanwhile stays active: only later invitations grow, no test's outcome changes.
  await Promise.allSettled(
    members.map(async ({ id }) => {
      const before = await membersRepository.get(id);
      if (!before || before.status === 'deactivated') return;
      const now = new Date();
      const after: Member = {
        ...before,
        status: 'deactivated',
        updatedAt: now.toISOString(),
        version: before.version + 1,
      };
      await membersRepository.update(
        before,
        after,
        auditEvent(now, null, 'member.deactivated', { type: 'member', id }, 'test'),
      );
    }),
  );
}
