import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { SESv2Client, SendEmailCommand, type SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '#dev/provision.ts';
import { type StreamRelay, startStreamRelay } from '#dev/stream-relay.ts';
import { auditLog } from '#functions/data/audit.ts';
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
 * A message whose stream records reached the dead-letter queue stays "sending" until a person
 * restarts it with `npm run admin -- restart-message` (ARCHITECTURE.md, "Mail outbox"). On a table
 * of this file's own, like mail-recovery.test.ts, so SES can be mocked in this process while the
 * command runs as an operator runs it, in its own process.
 */
process.env.TABLE_NAME = `mail-restart-${randomUUID().slice(0, 8)}`;
process.env.MAIL_SEND_RATE = '0';
process.env.MAIL_SEND_LANES = '1';
process.env.MAIL_BACKOFF_MS = '20';

const sesMock = mockClient(SESv2Client);
const recipients = 12;
const addresses: string[] = [];
const errors: unknown[] = [];
let relay: StreamRelay;

beforeAll(async () => {
  await ensureTable();
  const now = new Date();
  for (let i = 0; i < recipients; i += 1) {
    const email = `restart-${i}-${randomUUID().slice(0, 6)}@test.example`;
    addresses.push(email);
    await membersRepository.create(
      {
        id: newId(now),
        name: `Yenidən ${i}`,
        email,
        organisation: 'Test',
        organisationType: 'ngo',
        position: '',
        role: 'member',
        status: 'active',
        language: 'az',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        version: 1,
      },
      auditEvent(now, null, 'member.seeded', { type: 'member', id: email }, 'test'),
    );
  }
  relay = await startStreamRelay({
    endpoint: process.env.DYNAMODB_ENDPOINT ?? '',
    region: process.env.AWS_REGION ?? 'eu-central-1',
    tableName: process.env.TABLE_NAME ?? '',
    matches: (record) => matchesPattern(record, mailStreamFilter),
    handle: (event) => handler(event, { getRemainingTimeInMillis: () => 60_000 } as never),
    onError: (error) => errors.push(error),
    retryAttempts: 2,
  });
});
afterAll(async () => {
  await relay?.stop();
  sesMock.restore();
});

const session = (): Session => ({
  id: newId(),
  theme: 'no-theme-here',
  title: { az: 'Yenidən başlatma', en: 'Restart check' },
  summary: { az: 'Test', en: 'Test' },
  startsAt: '2027-10-01T06:00:00.000Z',
  endsAt: '2027-10-01T09:00:00.000Z',
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

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('never came to the state waited for');
}

function admin(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'admin', '--', ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('restarting a stuck message', () => {
  it('sends the rest once each, never what was sent nor a send whose fate is unknown, and is audited', async () => {
    const delivered: string[] = [];
    let calls = 0;
    let sesReachable = false;
    sesMock.on(SendEmailCommand).callsFake((input: SendEmailCommandInput) => {
      calls += 1;
      const to = input.Destination?.ToAddresses?.[0] ?? '';
      // The 4th send: SES took it but its answer was lost. Then SES cannot be reached at all.
      if (calls === 4) {
        delivered.push(to);
        throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      }
      if (calls > 4 && !sesReachable) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      delivered.push(to);
      return { MessageId: `m-${calls}` };
    });
    const message = outboxMessage('invitation', 'active-members', session(), new Date());
    await dynamo().send(new TransactWriteCommand({ TransactItems: [outboxPut(message)] }));

    // The stream gives up on the message's record after its retries (in AWS: the dead-letter queue).
    await until(
      async () => errors,
      (seen) => seen.some((error) => /given up/.test(String(error))),
    );
    const stuck = await outbox.get(message.id);
    // Never touched by a pass that ended: still queued (a message stuck later in its life is "sending").
    expect(stuck?.state).toBe('queued');
    const before = await outbox.allDeliveries(message.id);
    expect(before.filter((d) => d.status === 'sent')).toHaveLength(3);
    expect(before.filter((d) => d.status === 'unknown')).toHaveLength(1);
    expect(before.filter((d) => d.status === 'pending')).toHaveLength(recipients - 4);

    sesReachable = true;
    const since = new Date().toISOString();
    const restarted = await admin(['restart-message', '--id', message.id]);
    expect(restarted.status, restarted.stderr).toBe(0);
    expect(restarted.stdout).toContain(`Restarted message ${message.id}`);

    const done = await until(
      () => outbox.get(message.id),
      (m) => m?.state === 'done',
    );
    expect(done?.counts).toEqual({ recipients, sent: recipients - 1, failed: 0, bounced: 0, notSent: 1, pending: 0 });
    // Everyone has the invitation exactly once, including the one whose send's answer was lost.
    expect([...delivered].sort()).toEqual(addresses.map((a) => a.toLowerCase()).sort());

    const events = (await auditLog.forRecord('session', message.sessionId, { limit: 20 })).items;
    const restart = events.find((event) => event.action === 'mail.restarted');
    expect((restart?.at ?? '') >= since).toBe(true);
    expect(restart?.summary).toContain(message.id);

    // A message that is done is left alone.
    const again = await admin(['restart-message', '--id', message.id]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('is done: nothing to restart');
    expect((await outbox.get(message.id))?.pass).toBe(done?.pass);
  });
});
