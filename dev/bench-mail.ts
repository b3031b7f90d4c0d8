/**
 * The mail part of `npm run bench`: the worker's sending rate on the local stack. Writes 1,000
 * active members and one invitation to them all, then times the message from its write to done,
 * through the same path as `npm start` (the table's stream, the relay, the worker handler,
 * aws-ses-v2-local). Locally the worker is unpaced (MAIL_SEND_RATE=0): this is what the worker
 * itself can do; in AWS the configured rate (12 a second) is the limit.
 */
import { randomUUID } from 'node:crypto';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '#functions/data/clients.ts';
import { membersRepository } from '#functions/data/members.ts';
import { outbox, outboxPut } from '#functions/data/outbox.ts';
import { auditEvent } from '#functions/domain/audit.ts';
import { newId } from '#functions/domain/ids.ts';
import { outboxMessage } from '#functions/domain/mail-messages.ts';
import type { Session } from '#shared/schemas/session.ts';
import { startMailRelay } from './stream-relay.ts';

async function addMembers(count: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      const now = new Date();
      const id = newId(now);
      await membersRepository.create(
        {
          id,
          name: `Bench ${i}`,
          email: `bench-${i}-${randomUUID().slice(0, 6)}@bench.example`,
          organisation: 'Bench',
          organisationType: 'ngo',
          position: '',
          role: 'member',
          status: 'active',
          language: i % 2 ? 'az' : 'en',
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          version: 1,
        },
        auditEvent(now, null, 'member.seeded', { type: 'member', id }, 'bench'),
      );
    }
  };
  await Promise.all(Array.from({ length: 16 }, lane));
}

function benchSession(): Session {
  const now = new Date().toISOString();
  return {
    id: newId(),
    theme: 'disability-rights',
    title: { az: 'Sürət ölçüsü', en: 'Rate check' },
    summary: { az: 'Bench', en: 'Bench' },
    startsAt: '2027-09-01T06:00:00.000Z',
    endsAt: '2027-09-01T09:00:00.000Z',
    venue: 'Bakı',
    onlineUrl: '',
    capacity: null,
    visibility: 'members',
    status: 'scheduled',
    agenda: [],
    seatsTaken: 0,
    sequence: 0,
    createdAt: now,
    updatedAt: now,
    version: 2,
  };
}

/** Sends one invitation to every active member (at least `count`) and answers the rate achieved. */
export async function measureMailRate(
  count: number,
): Promise<{ recipients: number; seconds: number; perSecond: number }> {
  await addMembers(count);
  const relay = await startMailRelay((error) => console.error('mail worker:', error));
  try {
    const message = outboxMessage('invitation', 'active-members', benchSession(), new Date());
    const started = performance.now();
    await dynamo().send(new TransactWriteCommand({ TransactItems: [outboxPut(message)] }));
    for (;;) {
      const current = await outbox.get(message.id);
      if (current?.state === 'done') {
        const seconds = (performance.now() - started) / 1000;
        return { recipients: current.counts.sent, seconds, perSecond: current.counts.sent / seconds };
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await relay.stop();
  }
}
