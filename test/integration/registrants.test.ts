import { describe, expect, it } from 'vitest';
import { api, baseUrl } from '../support/http.ts';
import { markHeld } from '../support/outcomes.ts';
import { newPerson, secretariat } from '../support/people.ts';
import { scheduledSession } from '../support/sessions.ts';

describe('a session’s registrants for the secretariat', () => {
  it('exports every answer with the needs and attendance as CSV, answered times in Baku time', async () => {
    const session = await scheduledSession();
    const [a, b] = [await newPerson(), await newPerson()];
    const answer = (cookie: string, body: unknown) =>
      api(`/api/sessions/${session.id}/rsvp`, { method: 'PUT', cookie, body });
    expect((await answer(a.cookie, { answer: 'yes', needs: { signLanguage: true } })).status).toBe(200);
    expect(
      (await answer(b.cookie, { answer: 'maybe', needs: { captioning: true, other: 'Böyük şrift, "A3"' } })).status,
    ).toBe(200);
    await markHeld(session);
    const cookie = await secretariat();
    await api(`/api/sessions/${session.id}/attendance`, {
      method: 'PUT',
      cookie,
      body: { entries: [{ memberId: a.id, attended: true }] },
    });

    const exported = await fetch(`${baseUrl()}/api/sessions/${session.id}/registrants.csv`, {
      headers: { cookie },
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(exported.headers.get('cache-control')).toBe('private, no-store');
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="registrants-/);
    const bytes = Buffer.from(await exported.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('kind,name,organisation,answer,sign_language,step_free_access,captioning,')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    const people = await Promise.all(
      [a, b].map(async (person) => (await api(`/api/me`, { cookie: person.cookie })).body),
    );
    const rowOf = (name: string) => lines.find((line) => line.startsWith(`member,${name},`)) ?? '';
    expect(rowOf(people[0].name)).toMatch(/,yes,yes,no,no,no,,yes,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+04:00$/);
    expect(rowOf(people[1].name)).toContain(',maybe,no,no,yes,no,"Böyük şrift, ""A3""",,');
  });

  it('answers 404 for an unknown session', async () => {
    const answer = await api('/api/sessions/no-such-session/registrants.csv', { cookie: await secretariat() });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
  });
});
