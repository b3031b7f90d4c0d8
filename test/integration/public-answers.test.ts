import { describe, expect, it } from 'vitest';
import { publicAnswerNames, publicAnswers, publicCacheControl } from '#shared/public-answers.ts';
import { api } from '../support/http.ts';
import { heldSession, outcomeInput, saveOutcome } from '../support/outcomes.ts';
import { newPerson, secretariat } from '../support/people.ts';

/** Every session id of a catalog list, read to its end, as the caller sees it. */
async function everyEntry(path: string, cookie?: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor = '';
  for (;;) {
    const page = await api(`${path}?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { cookie });
    expect(page.status, path).toBe(200);
    ids.push(...page.body.items.map((entry: { sessionId: string }) => entry.sessionId));
    if (!page.body.nextCursor) return ids;
    cursor = page.body.nextCursor;
  }
}

describe('public answers, as the edge keeps them (the local server forwards what CloudFront would)', () => {
  it.each(publicAnswerNames)('%s: answers strangers with its public max-age and s-maxage', async (name) => {
    const answer = await api(publicAnswers[name].path);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe(publicCacheControl(name));
  });

  it('answers members and the secretariat there as strangers: the edge never forwards the cookie to a cached answer', async () => {
    for (const cookie of [(await newPerson()).cookie, await secretariat()]) {
      for (const name of publicAnswerNames) {
        const answer = await api(publicAnswers[name].path, { cookie });
        expect(answer.status, name).toBe(200);
        expect(answer.headers.get('cache-control'), name).toBe(publicCacheControl(name));
      }
    }
  });

  it('keeps members-only outcomes out of the public catalog copy; members read them at the uncached address', async () => {
    const session = await heldSession({ visibility: 'members' });
    expect((await saveOutcome(session.id, outcomeInput())).status).toBe(200);
    const published = await api(`/api/sessions/${session.id}/outcomes/publish`, {
      method: 'POST',
      cookie: await secretariat(),
    });
    expect(published.status).toBe(200);
    const member = await newPerson();

    expect(await everyEntry('/api/public/outcomes', member.cookie)).not.toContain(session.id);
    expect(await everyEntry('/api/outcomes', member.cookie)).toContain(session.id);
    const uncached = await api('/api/outcomes?limit=1', { cookie: member.cookie });
    expect(uncached.headers.get('cache-control')).toBe('private, no-store');
  });

  it('serves the themes copy for reading only; the list it copies still takes the secretariat’s new themes', async () => {
    const copy = await api('/api/public/themes');
    expect(copy.body).toEqual((await api('/api/themes')).body);
    const slug = `edge-${crypto.randomUUID().slice(0, 8)}`;
    const theme = {
      slug,
      name: { az: `Mövzu ${slug}`, en: `Theme ${slug}` },
      description: { az: 'Təsvir', en: 'Description' },
    };
    const cookie = await secretariat();
    expect((await api('/api/public/themes', { method: 'POST', cookie, body: theme })).status).toBe(404);
    expect((await api('/api/themes', { method: 'POST', cookie, body: theme })).status).toBe(201);
    // Nothing caches locally, so the copy shows it at once; on AWS the creation invalidates it.
    const after = await api('/api/public/themes');
    expect(after.body.items.map((item: { slug: string }) => item.slug)).toContain(slug);
  });
});
