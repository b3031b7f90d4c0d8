import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api } from '../support/http.ts';
import { newPerson, secretariat } from '../support/people.ts';
import { draftsTitled, sessionInput } from '../support/sessions.ts';

const titled = (title: string) => {
  const input = sessionInput();
  return { ...input, title: { ...input.title, en: title } };
};

/** A session create as the secretariat, with an Idempotency-Key. */
const createWithKey = async (key: string, body: unknown) =>
  api('/api/sessions', { method: 'POST', cookie: await secretariat(), headers: { 'Idempotency-Key': key }, body });

describe('creates retried with an Idempotency-Key, against the local stack', () => {
  it('creates once and answers a retry with the first answer, marked as replayed', async () => {
    const title = `idempotent-${randomUUID()}`;
    const key = randomUUID();
    const body = titled(title);
    const send = () => createWithKey(key, body);
    const first = await send();
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const retry = await send();
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('location')).toBe(`/api/sessions/${first.body.id}`);
    expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await draftsTitled(title)).toEqual([first.body.id]);
  });

  it('lets 100 parallel sends with one key create exactly one session', async () => {
    const title = `parallel-${randomUUID()}`;
    const key = randomUUID();
    const body = titled(title);
    const answers = await Promise.all(Array.from({ length: 100 }, () => createWithKey(key, body)));
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    const ids = new Set(created.map((a) => a.body.id));
    expect(ids.size).toBe(1);
    // Each other send is told the key is busy, or (after the commit, before the answer is kept)
    // pointed at what the first one made.
    const others = answers
      .filter((a) => a.status !== 201)
      .filter(
        (a) =>
          !(a.status === 409 && a.body.code === 'idempotency-key-in-use') &&
          !(a.status === 303 && a.headers.get('location') === `/api/sessions/${[...ids][0]}`),
      );
    expect(others.map((a) => `${a.status} ${JSON.stringify(a.body)}`)).toEqual([]);
    expect(await draftsTitled(title)).toHaveLength(1);
  });

  it('never creates twice when the process died between the commit and keeping the answer', async () => {
    const title = `crash-${randomUUID()}`;
    const key = randomUUID();
    const body = titled(title);
    const first = await createWithKey(key, body);
    expect(first.status).toBe(201);
    // What a Lambda timing out right after the commit leaves: the create, but no kept answer.
    const { dynamo } = await import('#functions/data/clients.ts');
    const { idempotencyKey: recordKey } = await import('#functions/data/keys.ts');
    const { UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
    const me = await api('/api/me', { cookie: await secretariat() });
    await dynamo().send(
      new UpdateCommand({
        TableName: process.env.TABLE_NAME,
        Key: recordKey(me.body.id, key),
        UpdateExpression: 'SET answer = :none',
        ExpressionAttributeValues: { ':none': null },
      }),
    );
    const retry = await createWithKey(key, body);
    expect(retry.status).toBe(303);
    expect(retry.headers.get('location')).toBe(`/api/sessions/${first.body.id}`);
    expect(await draftsTitled(title)).toEqual([first.body.id]);
  });

  it('refuses the same key for another request with 422, creating nothing', async () => {
    const key = randomUUID();
    const firstTitle = `first-${randomUUID()}`;
    const otherTitle = `other-${randomUUID()}`;
    const first = await createWithKey(key, titled(firstTitle));
    expect(first.status).toBe(201);
    const other = await createWithKey(key, titled(otherTitle));
    expect(other.status).toBe(422);
    expect(other.headers.get('content-type')).toBe('application/problem+json');
    expect(other.body.code).toBe('idempotency-key-reused');
    expect(await draftsTitled(otherTitle)).toEqual([]);
  });

  it('frees the key of a refused request, so the corrected one goes through', async () => {
    const key = randomUUID();
    const title = `corrected-${randomUUID()}`;
    const refused = await createWithKey(key, { ...titled(title), theme: 'no-such-theme' });
    expect(refused.status).toBe(400);
    const corrected = await createWithKey(key, titled(title));
    expect(corrected.status).toBe(201);
    expect(await draftsTitled(title)).toEqual([corrected.body.id]);
  });

  it('keeps keys apart per caller, and names a malformed key', async () => {
    const [one, two] = await Promise.all([newPerson(), newPerson()]);
    const key = randomUUID();
    const body = {
      title: 'Hesabat',
      language: 'az',
      fileName: 'Hesabat.pdf',
      contentType: 'application/pdf',
      size: 1000,
    };
    const mine = await api('/api/documents', {
      method: 'POST',
      cookie: one.cookie,
      headers: { 'Idempotency-Key': key },
      body,
    });
    const theirs = await api('/api/documents', {
      method: 'POST',
      cookie: two.cookie,
      headers: { 'Idempotency-Key': key },
      body,
    });
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(theirs.body.document.id).not.toBe(mine.body.document.id);

    const malformed = await api('/api/documents', {
      method: 'POST',
      cookie: one.cookie,
      headers: { 'Idempotency-Key': 'a b' },
      body,
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field)).toEqual(['header.idempotency-key']);
  });

  it('checks the role first: anonymous 401, a member 403, with or without a key', async () => {
    const member = await newPerson();
    const headers = { 'Idempotency-Key': randomUUID() };
    expect((await api('/api/sessions', { method: 'POST', headers, body: sessionInput() })).status).toBe(401);
    expect(
      (await api('/api/sessions', { method: 'POST', cookie: member.cookie, headers, body: sessionInput() })).status,
    ).toBe(403);
  });
});
