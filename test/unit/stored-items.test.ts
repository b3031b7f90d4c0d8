import { createHash } from 'node:crypto';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { createApp } from '#functions/api/app.ts';
import { fromItem, MalformedItem } from '#functions/data/items.ts';
import { memberKeys, sessionKeys } from '#functions/data/keys.ts';
import { membersRepository } from '#functions/data/members.ts';
import { sessionsRepository } from '#functions/data/sessions.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { capturedOutput } from './captured-output.ts';
import { aMember } from './support.ts';

describe('items read from the table', () => {
  const dynamo = mockClient(DynamoDBDocumentClient);
  beforeEach(() => dynamo.reset());
  afterEach(() => {
    dynamo.reset();
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('come back as the entity, without key and index attributes', async () => {
    const member = aMember({ id: 'member-0001' });
    dynamo.on(GetCommand).resolves({
      Item: {
        ...memberKeys.profile(member.id),
        GSI1PK: 'MEMBERS',
        GSI1SK: 'x',
        type: 'member',
        searchText: 'x',
        ...member,
      },
    });
    expect(await membersRepository.get(member.id)).toEqual(member);
  });

  it('report a malformed item with its key and the failing fields, never as a wrong object', async () => {
    const { role: _role, ...withoutRole } = aMember({ id: 'member-0001' });
    dynamo.on(GetCommand).resolves({ Item: { ...memberKeys.profile('member-0001'), ...withoutRole, version: 'two' } });
    const failure = await membersRepository.get('member-0001').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MalformedItem);
    expect((failure as MalformedItem).key).toEqual({ PK: 'MEMBER#member-0001', SK: 'PROFILE' });
    expect((failure as MalformedItem).fields).toEqual(['role', 'version']);
    expect((failure as MalformedItem).message).toContain('MEMBER#member-0001 / PROFILE');
  });

  it('name an address in a malformed item’s key by its digest, never as it is', () => {
    const item = { PK: 'SUBSCRIBER#ana.aliyeva@example.org', SK: 'THEME#labour-rights', language: 7 };
    const failure = (() => {
      try {
        return fromItem(z.object({ language: z.string() }), item);
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(MalformedItem);
    const digest = createHash('sha256').update('ana.aliyeva@example.org').digest('hex').slice(0, 16);
    expect((failure as MalformedItem).message).toBe(
      `Stored item SUBSCRIBER#sha256:${digest} / THEME#labour-rights is malformed at: language`,
    );
    expect((failure as MalformedItem).key).toEqual({ PK: `SUBSCRIBER#sha256:${digest}`, SK: 'THEME#labour-rights' });
    expect(String((failure as Error).stack)).not.toContain('example.org');
  });

  it('answer a malformed item in a list as a 500 problem, and log its key', async () => {
    dynamo.on(QueryCommand).resolves({
      Items: [{ ...sessionKeys.meta('session-0001'), type: 'session', id: 'session-0001', title: 'not localized' }],
    });
    vi.stubEnv('LOG_LEVEL', 'error');
    const lines = capturedOutput().text;
    const app = createApp(defaultDeps());
    const answer = await app.request('/api/sessions');
    expect(answer.status).toBe(500);
    expect((await answer.json()).code).toBe('internal');
    expect(lines.join('\n')).toContain('SESSION#session-0001 / META');
  });

  it('read a stored session without a capacity as one without a limit', async () => {
    dynamo.on(GetCommand).resolves({
      Item: {
        ...sessionKeys.meta('session-0001'),
        id: 'session-0001',
        theme: 'biznes',
        title: { az: 'a', en: 'a' },
        summary: { az: '', en: '' },
        startsAt: '2026-12-10T10:00:00+04:00',
        endsAt: '2026-12-10T12:00:00+04:00',
        visibility: 'public',
        status: 'scheduled',
        agenda: [],
        seatsTaken: 0,
        sequence: 0,
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
        version: 1,
      },
    });
    expect((await sessionsRepository.get('session-0001'))?.capacity).toBeNull();
  });
});
