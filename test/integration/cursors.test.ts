import { describe, expect, it } from 'vitest';
import { api } from '../support/http.ts';
import { secretariat } from '../support/people.ts';
import { createSession } from '../support/sessions.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Every list that pages with a cursor, as the role that may read it. */
const lists: Array<[string, boolean]> = [
  ['/api/sessions', false],
  ['/api/sessions?status=draft', true],
  ['/api/documents', false],
  ['/api/documents?mine=true', true],
  ['/api/outcomes', false],
  ['/api/members', true],
  ['/api/audit', true],
];

const crafted = [
  ['an empty object', b64({})],
  ['a bare key, as cursors used to be', b64({ PK: 'SESSION#x', SK: 'META' })],
  ['a key under the wrong attributes', b64({ q: 'x', k: { PK: 'a', SK: 'b', GSI9PK: 'c' } })],
  ['not base64 JSON', '%%%'],
  ['a number', b64(42)],
  ['null', b64(null)],
] as const;

describe('list cursors: anything but a cursor the same list gave out is a 400 naming `cursor`', () => {
  it.each(lists)('%s refuses crafted cursors', async (path, signedIn) => {
    const cookie = signedIn ? await secretariat() : undefined;
    for (const [label, cursor] of crafted) {
      const answer = await api(`${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`, {
        cookie,
      });
      expect(answer.status, label).toBe(400);
      expect(answer.headers.get('content-type'), label).toContain('application/problem+json');
      expect(
        answer.body.errors.map((e: { field: string }) => e.field),
        label,
      ).toEqual(['query.cursor']);
    }
  });

  it("refuses one list's cursor on another, and a cursor moved to another partition", async () => {
    const cookie = await secretariat();
    const members = await api('/api/members?limit=1', { cookie });
    expect(members.status).toBe(200);
    const cursor: string = members.body.nextCursor;
    expect(typeof cursor).toBe('string');
    expect((await api(`/api/members?limit=1&cursor=${cursor}`, { cookie })).status).toBe(200);
    // The same position offered to other lists, or to the same list with other filters.
    for (const elsewhere of ['/api/audit?', '/api/sessions?', '/api/members?status=deactivated&']) {
      const answer = await api(`${elsewhere}cursor=${cursor}`, { cookie });
      expect(answer.status, elsewhere).toBe(400);
      expect(answer.body.errors[0].field).toBe('query.cursor');
    }
    // Same list, same fingerprint, a partition of someone else's choosing.
    const { q, k } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const moved = b64({ q, k: { ...k, GSI1PK: 'AUDIT#member#x' } });
    expect((await api(`/api/members?limit=1&cursor=${moved}`, { cookie })).status).toBe(400);
    // Same partition, a sort key outside the query's range: DynamoDB's own check, still a 400.
    await createSession();
    await createSession();
    const range = '/api/sessions?status=draft&limit=1&from=2020-01-01T00:00:00.000Z&to=2090-01-01T00:00:00.000Z';
    const sessions = await api(range, { cookie });
    expect(typeof sessions.body.nextCursor).toBe('string');
    const page = JSON.parse(Buffer.from(sessions.body.nextCursor, 'base64url').toString('utf8'));
    const sortKey = Object.keys(page.k).find((name) => /^GSI\dSK$/.test(name)) as string;
    const outside = b64({ q: page.q, k: { ...page.k, [sortKey]: '1999' } });
    const refused = await api(`${range}&cursor=${outside}`, { cookie });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('query.cursor');
  });
});
