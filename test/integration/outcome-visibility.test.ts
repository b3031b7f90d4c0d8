import { describe, expect, it } from 'vitest';
import { api } from '../support/http.ts';
import { heldSession, outcomeInput, saveOutcome } from '../support/outcomes.ts';
import { newPerson, secretariat } from '../support/people.ts';

/** A word found only in this test's outcomes, so each read asks about this test's data alone. */
const marker = () => `zv${crypto.randomUUID().replaceAll('-', '').slice(0, 10)}`;

async function publishedMembersOnly(tag: string, body?: Record<string, unknown>) {
  const session = await heldSession({
    visibility: 'members',
    title: { az: `Daxili müzakirə ${tag}`, en: `Internal discussion ${tag}` },
  });
  await saveOutcome(session.id, outcomeInput());
  const published = await api(`/api/sessions/${session.id}/outcomes/publish`, {
    method: 'POST',
    cookie: await secretariat(),
    ...(body ? { body } : {}),
  });
  expect(published.status).toBe(200);
  return { session, published: published.body };
}

/** Every page of a list, as the caller sees it. */
async function everyEntry(path: string, cookie?: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor = '';
  for (;;) {
    const page = await api(`${path}${path.includes('?') ? '&' : '?'}limit=100${cursor ? `&cursor=${cursor}` : ''}`, {
      cookie,
    });
    ids.push(...page.body.items.map((entry: { sessionId: string }) => entry.sessionId));
    if (!page.body.nextCursor) return ids;
    cursor = page.body.nextCursor;
  }
}

async function publicFiles(): Promise<string> {
  const files = await Promise.all(
    ['/api/feed.atom', '/api/outcomes.csv', '/api/outcomes.json', '/api/sitemap.xml'].map(async (path) => {
      const answer = await api(path);
      expect(answer.status).toBe(200);
      return typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    }),
  );
  return files.join('\n');
}

describe('outcomes of a members-only session', () => {
  it('take the session’s visibility: members read them, the public never sees them anywhere', async () => {
    const tag = marker();
    const { session, published } = await publishedMembersOnly(tag);
    expect(published.visibility).toBe('members');
    const member = await newPerson();

    expect((await api(`/api/sessions/${session.id}/outcomes`)).status).toBe(404);
    expect((await api(`/api/sessions/${session.id}/outcomes`, { cookie: member.cookie })).status).toBe(200);
    expect(await everyEntry('/api/outcomes', member.cookie)).toContain(session.id);
    expect(await everyEntry('/api/outcomes')).not.toContain(session.id);
    expect(await everyEntry(`/api/outcomes?q=${tag}`)).toEqual([]);
    expect(await everyEntry(`/api/outcomes?q=${tag}`, member.cookie)).toEqual([]);
    expect(await publicFiles()).not.toContain(session.id);
  });

  it('become public when the secretariat says so at publishing', async () => {
    const tag = marker();
    const { session, published } = await publishedMembersOnly(tag, { visibility: 'public' });
    expect(published.visibility).toBe('public');
    expect((await api(`/api/sessions/${session.id}/outcomes`)).status).toBe(200);
    expect(await everyEntry(`/api/outcomes?q=${tag}`)).toEqual([session.id]);
    expect(await publicFiles()).toContain(session.id);
  });

  it('refuses a visibility that is neither, naming the field', async () => {
    const session = await heldSession({ visibility: 'members' });
    await saveOutcome(session.id, outcomeInput());
    const answer = await api(`/api/sessions/${session.id}/outcomes/publish`, {
      method: 'POST',
      cookie: await secretariat(),
      body: { visibility: 'everyone' },
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.body.errors[0].field).toBe('visibility');
  });
});
