import { randomUUID } from 'node:crypto';
import { SESv2Client, SendEmailCommand, type SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '#dev/provision.ts';
import { startStreamRelay } from '#dev/stream-relay.ts';
import { dynamo } from '#functions/data/clients.ts';
import { membersRepository } from '#functions/data/members.ts';
import { outbox, outboxPut } from '#functions/data/outbox.ts';
import { auditEvent } from '#functions/domain/audit.ts';
import { newId } from '#functions/domain/ids.ts';
import { outboxMessage } from '#functions/domain/mail-messages.ts';
import { mailStreamFilter, matchesPattern } from '#functions/events/mail-stream-filter.ts';
import { handler } from '#functions/events/mail-worker.ts';
import type { Session } from '#shared/schemas/session.ts';

/**
 * SES throttling and a worker stopped in the middle of a message, on a table of this file's own
 * (same DynamoDB Local, its own stream), so the stack's relay never touches these messages and
 * SES can be mocked in this process. The same handler and the same relay code as everywhere.
 */
process.env.TABLE_NAME = `mail-recovery-${randomUUID().slice(0, 8)}`;
process.env.MAIL_SEND_RATE = '0';
process.env.MAIL_BACKOFF_MS = '20';
process.env.MAIL_SENDS_PER_PASS = '12';

const sesMock = mockClient(SESv2Client);
const recipients = 40;
const addresses: string[] = [];

beforeAll(async () => {
  await ensureTable();
  const now = new Date();
  for (let i = 0; i < recipients; i += 1) {
    const email = `recovery-${i}-${randomUUID().slice(0, 6)}@test.example`;
    addresses.push(email);
    await membersRepository.create(
      {
        id: newId(now),
        name: `Bərpa ${i}`,
        email,
        organisation: 'Test',
        organisationType: 'ngo',
        position: '',
        role: 'member',
        status: 'active',
        language: i % 2 ? 'az' : 'en',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        version: 1,
      },
      auditEvent(now, null, 'member.seeded', { type: 'member', id: email }, 'test'),
    );
  }
});
afterAll(() => sesMock.restore());

const session = (): Session => ({
  id: newId(),
  theme: 'no-theme-here',
  title: { az: 'Bərpa yoxlaması', en: 'Recovery check' },
  summary: { az: 'Test', en: 'Test' },
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
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  version: 2,
});

const throttled = () =>
  Object.assign(new Error('Maximum sending rate exceeded.'), {
    name: 'TooManyRequestsException',
    $metadata: { httpStatusCode: 429 },
  });

describe('mail worker recovery', () => {
  it('sends everyone exactly once through SES throttling and a worker stopped mid-message', async () => {
    const delivered: string[] = [];
    let calls = 0;
    sesMock.on(SendEmailCommand).callsFake((input: SendEmailCommandInput) => {
      calls += 1;
      // SES throttles the 5th to 9th calls, then fails now and then: nothing is taken then.
      if ((calls >= 5 && calls <= 9) || calls % 11 === 0) throw throttled();
      delivered.push(input.Destination?.ToAddresses?.[0] ?? '');
      return { MessageId: `m-${calls}` };
    });
    const message = outboxMessage('invitation', 'active-members', session(), new Date());
    await dynamo().send(new TransactWriteCommand({ TransactItems: [outboxPut(message)] }));

    // One invocation, as Lambda would make it for the INSERT; it may send 12 and then stops.
    const first = await handler(
      {
        Records: [{ eventName: 'INSERT', dynamodb: { SequenceNumber: '1', NewImage: { id: { S: message.id } } } }],
      } as never,
      { getRemainingTimeInMillis: () => 60_000 } as never,
    );
    expect(first).toEqual({ batchItemFailures: [] });
    const stopped = await outbox.get(message.id);
    expect(stopped?.state).toBe('sending');
    expect(stopped?.counts.recipients).toBe(recipients);
    expect(stopped?.counts.sent).toBeGreaterThan(0);
    expect(stopped?.counts.pending).toBeGreaterThan(0);
    expect(calls).toBeGreaterThanOrEqual(9);

    // Recovery: the stream hands the message over again (its INSERT and the touch), pass after pass.
    const errors: unknown[] = [];
    const relay = await startStreamRelay({
      endpoint: process.env.DYNAMODB_ENDPOINT ?? '',
      region: process.env.AWS_REGION ?? 'eu-central-1',
      tableName: process.env.TABLE_NAME ?? '',
      matches: (record) => matchesPattern(record, mailStreamFilter),
      handle: (event) => handler(event, { getRemainingTimeInMillis: () => 60_000 } as never),
      onError: (error) => errors.push(error),
    });
    try {
      for (let attempt = 0; attempt < 300; attempt += 1) {
        if ((await outbox.get(message.id))?.state === 'done') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await relay.stop();
    }
    const done = await outbox.get(message.id);
    expect(done?.state).toBe('done');
    expect(done?.counts).toEqual({ recipients, sent: recipients, failed: 0, bounced: 0, notSent: 0, pending: 0 });
    expect([...delivered].sort()).toEqual([...addresses].map((a) => a.toLowerCase()).sort());
    expect(errors).toEqual([]);
  });
});
