import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientAddress } from '#functions/api/client-address.ts';
import { guestsRepository, type StoredGuest } from '#functions/data/guests.ts';
import { outcomesRepository } from '#functions/data/outcomes.ts';

const cancelled = (codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

const guest: StoredGuest = {
  id: 'g'.repeat(43),
  sessionId: 'session-1',
  name: 'Qonaq',
  organisation: '',
  email: 'guest@test.example',
  language: 'az',
  needs: { signLanguage: false, stepFreeAccess: false, captioning: false, accessibleFormats: false, other: '' },
  status: 'pending',
  createdAt: '2026-11-25T10:00:00.000Z',
  confirmedAt: null,
  updatedAt: '2026-11-25T10:00:00.000Z',
  confirmTokenHash: 'c',
  cancelTokenHash: 'x',
  confirmBy: 1,
  version: 1,
};

describe('stored guests and correction notes', () => {
  const dynamo = mockClient(DynamoDBDocumentClient);
  beforeEach(() => dynamo.reset());
  afterEach(() => dynamo.reset());

  it('reads a correction note stored as one string (before notes were bilingual) as the same text in both languages', async () => {
    const revision = (note: unknown) => ({
      PK: 'SESSION#s1',
      SK: 'OUTCOME#REV#000002',
      type: 'outcome-revision',
      revision: 2,
      kind: 'correction',
      authorId: 'm',
      authorName: 'Katib',
      at: '2026-11-25T10:00:00.000Z',
      summary: { az: 'a', en: 'a' },
      recommendations: [],
      documents: [],
      note,
    });
    dynamo.on(QueryCommand).resolves({
      Items: [revision('Hərf səhvi / Typo'), revision({ az: 'Hərf səhvi', en: 'Typo' }), revision(null)],
    });
    const { revisions } = await outcomesRepository.getWithRevisions('s1');
    expect(revisions.map((r) => r.note)).toEqual([
      { az: 'Hərf səhvi / Typo', en: 'Hərf səhvi / Typo' },
      { az: 'Hərf səhvi', en: 'Typo' },
      null,
    ]);
  });

  it('tells a full session from a closed one, a changed registration and a conflict when a seat is taken', async () => {
    const confirmed = { ...guest, status: 'confirmed' as const, version: 2 };
    const answer = async (codes: string[], delta: 1 | -1) => {
      dynamo.reset();
      dynamo.on(TransactWriteCommand).rejects(cancelled(codes));
      return guestsRepository.saveWithSeat(confirmed, guest, delta);
    };
    expect(await answer(['ConditionalCheckFailed', 'None'], 1)).toBe('full');
    expect(await answer(['ConditionalCheckFailed', 'None'], -1)).toBe('closed');
    expect(await answer(['None', 'ConditionalCheckFailed'], 1)).toBe('changed');
    expect(await answer(['TransactionConflict', 'None'], 1)).toBe('busy');
  });

  it('takes the client address from the last X-Forwarded-For entry, the one the proxies added', async () => {
    const app = new Hono().get('/', (c) => c.text(clientAddress(c as never)));
    const from = async (headers: Record<string, string>) => (await app.request('/', { headers })).text();
    expect(await from({ 'X-Forwarded-For': '6.6.6.6, 203.0.113.9' })).toBe('203.0.113.9');
    expect(await from({ 'X-Forwarded-For': '2001:db8::1' })).toBe('2001:db8::1');
    expect(await from({ 'X-Forwarded-For': 'not an address' })).toBe('direct');
    expect(await from({})).toBe('direct');
  });
});
