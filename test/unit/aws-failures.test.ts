import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '#functions/api/app.ts';
import { batchGetAll, batchWriteAll } from '#functions/data/batch.ts';
import { healthProbes } from '#functions/data/health.ts';
import { memberKeys } from '#functions/data/keys.ts';
import { logins } from '#functions/data/logins.ts';
import { membersRepository } from '#functions/data/members.ts';
import { outcomesRepository, type StoredCatalogEntry } from '#functions/data/outcomes.ts';
import { settlePendingIndexes } from '#functions/domain/outcomes.ts';
import { Conflict, PreconditionFailed } from '#functions/errors.ts';
import { defaultDeps } from '#functions/wiring.ts';
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

function entryItem(terms: string[]) {
  return {
    PK: 'CATALOG#s1',
    SK: 'ENTRY',
    sessionId: 's1',
    theme: 't',
    title: { az: 'a', en: 'a' },
    summary: { az: 'x', en: 'x' },
    sessionStartsAt: '2026-11-20T10:00:00.000Z',
    venue: null,
    publishedAt: '2026-11-25T10:00:00.000Z',
    correctedAt: null,
    recommendations: 0,
    content: { summary: { az: 'x', en: 'x' }, recommendations: [], documents: [] },
    attendance: null,
    terms,
  };
}

function publication() {
  const entry = entryItem(['yeni']) as unknown as StoredCatalogEntry;
  return { outcome: { before: {} as never, after: { sessionId: 's1' } as never }, revision: {} as never, entry };
}

describe('the data layer when AWS fails', () => {
  const dynamo = mockClient(DynamoDBDocumentClient);
  beforeEach(() => dynamo.reset());
  afterEach(() => dynamo.reset());

  it('reports the table failing when DynamoDB does not answer', async () => {
    dynamo.on(GetCommand).rejects(new Error('socket hang up'));
    expect(await healthProbes.table()).toBe(false);
  });

  it('asks again for the keys a throttled BatchGet leaves unprocessed', async () => {
    const member = { ...memberKeys.profile('member-0001'), type: 'member', ...aMember({ id: 'member-0001' }) };
    const login = {
      PK: 'MEMBER#member-0001',
      SK: 'LOGIN#h',
      type: 'login',
      tokenHash: 'h',
      memberId: 'member-0001',
      createdAt: '2026-11-25T10:00:00.000Z',
      expiresAt: 1,
    };
    dynamo
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { 'portal-unit': [login] },
        UnprocessedKeys: { 'portal-unit': { Keys: [memberKeys.profile('member-0001')] } },
      })
      .resolvesOnce({ Responses: { 'portal-unit': [member] } });
    const found = await logins.getWithMember('member-0001', 'h');
    expect(found.login?.memberId).toBe('member-0001');
    expect(found.member?.id).toBe('member-0001');
    const calls = dynamo.commandCalls(BatchGetCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args[0].input.RequestItems?.['portal-unit']).toEqual({
      Keys: [memberKeys.profile('member-0001')],
      ConsistentRead: true,
    });
  });

  it('fails with 503 rather than pass off keys DynamoDB never read as missing, and chunks by 100 and 25', async () => {
    const keys = Array.from({ length: 150 }, (_, i) => ({ PK: `K#${i}`, SK: 'X' }));
    dynamo.on(BatchGetCommand).callsFake((input) => ({
      UnprocessedKeys: { 'portal-unit': { Keys: input.RequestItems['portal-unit'].Keys.slice(0, 1) } },
    }));
    await expect(batchGetAll(keys)).rejects.toMatchObject({ status: 503 });
    expect(dynamo.commandCalls(BatchGetCommand)[0]?.args[0].input.RequestItems?.['portal-unit']?.Keys).toHaveLength(
      100,
    );
    dynamo.on(BatchWriteCommand).resolves({});
    await batchWriteAll(keys.map((Key) => ({ DeleteRequest: { Key } })));
    expect(
      dynamo
        .commandCalls(BatchWriteCommand)
        .map((call) => Object.values(call.args[0].input.RequestItems ?? {})[0]?.length),
    ).toEqual([25, 25, 25, 25, 25, 25]);
  });

  it('publishes even when the search postings cannot be written, and marks them for the upkeep', async () => {
    dynamo.on(TransactWriteCommand).resolves({});
    dynamo.on(GetCommand).resolves({ Item: entryItem(['yeni']) });
    dynamo.on(GetCommand, { ConsistentRead: true }).resolves({ Item: { markedAt: 'T1' } });
    dynamo.on(BatchWriteCommand).rejects(new Error('ProvisionedThroughputExceededException'));
    const { outcome, revision, entry } = publication();
    await outcomesRepository.publish({ before: {} as never, after: {} as never }, outcome, revision, entry, event);
    const items = dynamo.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems ?? [];
    expect(items.some((item) => item.Update?.UpdateExpression?.includes('markedAt'))).toBe(true);
    expect(dynamo.commandCalls(DeleteCommand)).toHaveLength(0);
  });

  it('settles a mark: stale words lose their postings, current ones get theirs, then the mark goes', async () => {
    dynamo.on(GetCommand).resolves({ Item: entryItem(['yeni']) });
    dynamo
      .on(GetCommand, { ConsistentRead: true })
      .resolves({ Item: { markedAt: 'T1', staleTerms: new Set(['eski']) } });
    dynamo.on(BatchWriteCommand).resolves({});
    dynamo.on(DeleteCommand).resolves({});
    dynamo.on(QueryCommand).resolves({ Items: [{ SK: 's1' }] });
    expect(await settlePendingIndexes({ outcomes: outcomesRepository })).toEqual({
      settled: 1,
      skipped: 0,
      failed: 0,
      failures: [],
    });
    const writes = Object.values(dynamo.commandCalls(BatchWriteCommand)[0]?.args[0].input.RequestItems ?? {})[0] ?? [];
    expect(writes.filter((write) => write.DeleteRequest)).toHaveLength(1);
    expect(writes.filter((write) => write.PutRequest)).toHaveLength(1);
    const removed = dynamo.commandCalls(DeleteCommand)[0]?.args[0].input;
    expect(removed).toMatchObject({
      ConditionExpression: 'markedAt = :at',
      ExpressionAttributeValues: { ':at': 'T1' },
    });
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
