import { describe, expect, it } from 'vitest';
import { auditEventsOn } from '../support/audit.ts';
import { allItems, api } from '../support/http.ts';
import { markHeld, outcomeInput, publish, saveOutcome } from '../support/outcomes.ts';
import { newPerson, secretariat } from '../support/people.ts';
import {
  createSession,
  draftsTitled,
  scheduledSession,
  sessionInput,
  slotStartingIn,
  transition,
  untilStarted,
} from '../support/sessions.ts';

/**
 * A session in `status`. With `started`, its start is a moment from now and has passed when this
 * returns, so that marking it held is allowed for real.
 */
async function sessionIn(status: 'draft' | 'scheduled' | 'held' | 'cancelled', started = false) {
  const session = await createSession(started ? slotStartingIn(1_500) : {});
  if (status === 'scheduled' || status === 'held') await transition(session.id, 'scheduled');
  if (status === 'held') await markHeld(session);
  if (status === 'cancelled') await transition(session.id, 'cancelled');
  if (started) await untilStarted(session.startsAt);
  return session.id;
}

describe('the session workflow', () => {
  it.each([
    ['draft', 'scheduled', 200],
    ['draft', 'cancelled', 200],
    ['draft', 'held', 409],
    ['draft', 'published', 409],
    ['scheduled', 'held', 200],
    ['scheduled', 'cancelled', 200],
    ['scheduled', 'scheduled', 409],
    ['scheduled', 'published', 409],
    ['held', 'cancelled', 409],
    ['held', 'held', 409],
    ['held', 'published', 409],
    ['cancelled', 'scheduled', 409],
    ['cancelled', 'held', 409],
    ['cancelled', 'cancelled', 409],
  ] as const)('%s → %s answers %i', async (from, to, status) => {
    const id = await sessionIn(from, to === 'held');
    const answer = await transition(id, to);
    expect(answer.status).toBe(status);
    const stored = await api(`/api/sessions/${id}`, { cookie: await secretariat() });
    if (status === 200) {
      expect(answer.body.status).toBe(to);
      expect(stored.body.status).toBe(to);
    } else {
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(answer.body.code).toBe(
        to === 'published' && from === 'held' ? 'publish-through-outcomes' : 'transition-not-allowed',
      );
      expect(stored.body.status).toBe(from);
    }
  });

  it('refuses to schedule a session whose start has passed, and invites nobody', async () => {
    const session = await createSession({
      startsAt: '2020-03-10T10:00:00+04:00',
      endsAt: '2020-03-10T12:00:00+04:00',
    });
    const answer = await transition(session.id, 'scheduled');
    expect(answer.status).toBe(409);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.body.code).toBe('schedule-in-the-past');
    const stored = await api(`/api/sessions/${session.id}`, { cookie: await secretariat() });
    expect(stored.body.status).toBe('draft');
  });

  it('refuses to mark a session held before it starts', async () => {
    const session = await scheduledSession();
    const answer = await transition(session.id, 'held');
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('held-before-start');
    const stored = await api(`/api/sessions/${session.id}`, { cookie: await secretariat() });
    expect(stored.body.status).toBe('scheduled');
  });

  it('reopens a held session until its outcomes are published, and audits it', async () => {
    const session = await scheduledSession();
    await markHeld(session);
    const reopenedAt = new Date().toISOString();
    const reopened = await transition(session.id, 'scheduled');
    expect(reopened.status).toBe(200);
    expect(reopened.body.status).toBe('scheduled');
    expect((await auditEventsOn(session.id, reopenedAt)).map((event) => event.action)).toContain('session.reopened');

    await markHeld(session);
    await saveOutcome(session.id, outcomeInput());
    expect((await publish(session.id)).status).toBe(200);
    const afterPublishing = await transition(session.id, 'scheduled');
    expect(afterPublishing.status).toBe(409);
    expect(afterPublishing.body.code).toBe('transition-not-allowed');
  });

  it('refuses to move a scheduled session into the past (422 naming startsAt), and keeps it', async () => {
    const session = await scheduledSession();
    const cookie = await secretariat();
    const answer = await api(`/api/sessions/${session.id}`, {
      method: 'PATCH',
      cookie,
      headers: { 'If-Match': `"${session.version}"` },
      body: { startsAt: '2020-03-10T10:00:00+04:00', endsAt: '2020-03-10T12:00:00+04:00' },
    });
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.body.code).toBe('moved-into-the-past');
    expect(answer.body.errors.map((error: { field: string }) => error.field)).toEqual(['startsAt']);
    const stored = await api(`/api/sessions/${session.id}`, { cookie });
    expect(stored.body.startsAt).toBe(session.startsAt);
    expect(stored.body.version).toBe(session.version);
  });

  it('refuses an unknown target with 400 naming the field', async () => {
    const id = await sessionIn('scheduled');
    const answer = await transition(id, 'draft');
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].field).toBe('to');
  });

  it('refuses an edit with a stale If-Match (412) and keeps the stored session', async () => {
    const session = await createSession();
    const cookie = await secretariat();
    const first = await api(`/api/sessions/${session.id}`, {
      method: 'PATCH',
      cookie,
      headers: { 'If-Match': `"${session.version}"` },
      body: { venue: 'Birinci redaktə' },
    });
    expect(first.status).toBe(200);
    const stale = await api(`/api/sessions/${session.id}`, {
      method: 'PATCH',
      cookie,
      headers: { 'If-Match': `"${session.version}"` },
      body: { venue: 'İkinci redaktə' },
    });
    expect(stale.status).toBe(412);
    expect((await api(`/api/sessions/${session.id}`, { cookie })).body.venue).toBe('Birinci redaktə');
  });

  it('gives exactly one of 20 parallel edits with the same If-Match, and stores the winner’s', async () => {
    const session = await createSession();
    const cookie = await secretariat();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api(`/api/sessions/${session.id}`, {
          method: 'PATCH',
          cookie,
          headers: { 'If-Match': `"${session.version}"` },
          body: { venue: `Redaktə ${i}` },
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(19);
    const winner = answers.find((answer) => answer.status === 200);
    const stored = await api(`/api/sessions/${session.id}`, { cookie });
    expect(stored.body.venue).toBe(winner?.body.venue);
    expect(stored.body.version).toBe(session.version + 1);
  });

  it.each([
    [
      'an end before the start',
      { startsAt: '2027-03-10T12:00:00+04:00', endsAt: '2027-03-10T10:00:00+04:00' },
      'endsAt',
    ],
    ['an unknown theme', { theme: 'no-such-theme' }, 'theme'],
    [
      'an agenda of 500 items',
      { agenda: Array.from({ length: 500 }, () => ({ time: '10:00', title: { az: 'a', en: 'a' } })) },
      'agenda',
    ],
    [
      'a date that does not exist',
      { startsAt: '2027-02-30T10:00:00+04:00', endsAt: '2027-02-30T12:00:00+04:00' },
      'startsAt',
    ],
    ['a time without its zone', { startsAt: '2027-03-10T10:00:00' }, 'startsAt'],
    ['a title of 100 kB', { title: { az: 'Ə'.repeat(100_000), en: 'x' } }, 'title.az'],
    [
      'an agenda time that is not a time',
      { agenda: [{ time: '25:00', title: { az: 'a', en: 'a' } }] },
      'agenda.0.time',
    ],
  ])('refuses %s with 400 naming the field', async (_label, change, field) => {
    // Other files create drafts meanwhile: look for this request's own title, not a count.
    const marker = `refused-${crypto.randomUUID()}`;
    const input = sessionInput(change);
    const answer = await api('/api/sessions', {
      method: 'POST',
      cookie: await secretariat(),
      body: 'title' in change ? input : { ...input, title: { ...input.title, en: marker } },
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await draftsTitled(marker)).toEqual([]);
  });
});

describe('who sees which session', () => {
  it('shows drafts only to the secretariat and members-only sessions only to members', async () => {
    const member = await newPerson();
    const draft = await createSession({ title: { az: 'Qaralama iclas', en: 'Draft session' } });
    const internal = await scheduledSession({ visibility: 'members' });
    const open = await scheduledSession({ visibility: 'public' });
    const cookie = await secretariat();

    const expectations: Array<[string, string | undefined, number]> = [
      [draft.id, undefined, 404],
      [draft.id, member.cookie, 404],
      [draft.id, cookie, 200],
      [internal.id, undefined, 404],
      [internal.id, member.cookie, 200],
      [internal.id, cookie, 200],
      [open.id, undefined, 200],
      [open.id, member.cookie, 200],
      [open.id, cookie, 200],
    ];
    for (const [id, who, status] of expectations) {
      expect((await api(`/api/sessions/${id}`, { cookie: who })).status).toBe(status);
      expect((await api(`/api/sessions/${id}/calendar.ics`, { cookie: who })).status).toBe(status);
    }

    const listed = async (who?: string) => {
      const ids: string[] = [];
      let cursor = '';
      do {
        const page = await api(`/api/sessions?limit=100&from=2026-01-01T00:00:00Z${cursor}`, { cookie: who });
        ids.push(...page.body.items.map((s: { id: string }) => s.id));
        cursor = page.body.nextCursor ? `&cursor=${page.body.nextCursor}` : '';
      } while (cursor);
      return ids;
    };
    const anonymous = await listed();
    expect(anonymous).toContain(open.id);
    expect(anonymous).not.toContain(internal.id);
    expect(anonymous).not.toContain(draft.id);
    const asMember = await listed(member.cookie);
    expect(asMember).toEqual(expect.arrayContaining([open.id, internal.id]));
    expect(asMember).not.toContain(draft.id);
    expect(await listed(cookie)).toEqual(expect.arrayContaining([open.id, internal.id, draft.id]));
  });

  it('lists upcoming sessions first, filters by theme and date range, and pages with a cursor', async () => {
    const themed = [];
    for (let i = 0; i < 3; i += 1) themed.push(await scheduledSession({ theme: 'corporate-social-responsibility' }));
    const page = await api('/api/sessions?theme=corporate-social-responsibility&limit=2');
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items.every((s: { theme: string }) => s.theme === 'corporate-social-responsibility')).toBe(true);
    const starts = page.body.items.map((s: { startsAt: string }) => s.startsAt);
    expect([...starts].sort()).toEqual(starts);
    const next = await api(
      `/api/sessions?theme=corporate-social-responsibility&limit=2&cursor=${page.body.nextCursor}`,
    );
    expect(next.body.items[0].startsAt >= starts[1]).toBe(true);

    const one = themed[0];
    const ranged = await allItems(
      `/api/sessions?from=${encodeURIComponent(one?.startsAt ?? '')}&to=${encodeURIComponent(one?.endsAt ?? '')}&limit=100`,
    );
    expect(ranged.map((s: { id: string }) => s.id)).toContain(one?.id);
    const past = await api('/api/sessions?to=2026-01-01T00:00:00Z&order=desc');
    expect(past.status).toBe(200);
    const reversed = await api('/api/sessions?from=2027-03-01T00:00:00Z&to=2027-01-01T00:00:00Z');
    expect(reversed.status).toBe(400);
  });
});
