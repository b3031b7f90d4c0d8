import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '#functions/api/app.ts';
import { defaultDeps } from '#functions/api/deps.ts';
import { healthProbes } from '#functions/data/health.ts';
import { membersRepository } from '#functions/data/members.ts';
import { Conflict, PreconditionFailed } from '#functions/errors.ts';
import { aMember } from './support.ts';

const cancelled = (codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

const event = {
  id: 'e1',
  at: '',
  actorId: null,
  actorName: null,
  action: 'x',
  entityType: 'member',
  entityId: 'm',
  summary: '',
};

describe('the data layer when AWS fails', () => {
  const dynamo = mockClient(DynamoDBDocumentClient);
  beforeEach(() => dynamo.reset());
  afterEach(() => dynamo.reset());

  it('reports the table failing when DynamoDB does not answer', async () => {
    dynamo.on(GetCommand).rejects(new Error('socket hang up'));
    expect(await healthProbes.table()).toBe(false);
  });

  it('turns a lost email claim into 409 email-taken', async () => {
    dynamo.on(TransactWriteCommand).rejects(cancelled(['None', 'ConditionalCheckFailed', 'None']));
    await expect(membersRepository.create(aMember(), event)).rejects.toBeInstanceOf(Conflict);
  });

  it('turns a stale version into 412 and the last secretariat into 409', async () => {
    const before = aMember({ role: 'secretariat' });
    dynamo
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled(['ConditionalCheckFailed', 'None', 'None']))
      .rejectsOnce(cancelled(['None', 'None', 'ConditionalCheckFailed']));
    await expect(membersRepository.update(before, { ...before, name: 'x', version: 2 }, event)).rejects.toBeInstanceOf(
      PreconditionFailed,
    );
    const refused = await membersRepository
      .update(before, { ...before, role: 'member', version: 2 }, event)
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 409, code: 'last-secretariat' });
  });

  it('answers the directory with a 500 problem when DynamoDB throttles, logging nothing to the caller', async () => {
    const secretariat = aMember({ role: 'secretariat' });
    const deps = { ...defaultDeps() };
    deps.logins = {
      ...deps.logins,
      getWithMember: async () => ({
        login: { tokenHash: 'h', memberId: secretariat.id, createdAt: '', expiresAt: Date.now() / 1000 + 60 },
        member: secretariat,
      }),
    };
    dynamo.on(QueryCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    const answer = await createApp(deps).request('/api/members', {
      headers: { Cookie: `bhr_session=${secretariat.id}.${'a'.repeat(43)}` },
    });
    expect(answer.status).toBe(500);
    expect(JSON.stringify(await answer.json())).not.toContain('Rate exceeded');
  });
});
