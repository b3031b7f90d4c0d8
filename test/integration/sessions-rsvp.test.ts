import ICAL from 'ical.js';
import { describe, expect, it, onTestFinished } from 'vitest';
import { manyMembers, retireMembers } from '../support/bulk-members.ts';
import { api } from '../support/http.ts';
import { mailSettled } from '../support/mail.ts';
import { emailsTo, latestEmailTo, type StoredEmail } from '../support/mailbox.ts';
import { markHeld } from '../support/outcomes.ts';
import { newPerson, secretariat } from '../support/people.ts';
import { createSession, scheduledSession, transition } from '../support/sessions.ts';

const rsvp = (id: string, cookie: string, body: unknown) =>
  api(`/api/sessions/${id}/rsvp`, { method: 'PUT', cookie, body });

function calendarOf(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(component.getFirstSubcomponent('vevent') ?? undefined);
  return { component, event, vevent: component.getFirstSubcomponent('vevent') };
}

function icsAttachment(email: StoredEmail): string {
  const attachment = (
    email as unknown as { attachments?: Array<{ filename: string; content: string }> }
  ).attachments?.find((a) => a.filename.endsWith('.ics'));
  if (!attachment) throw new Error(`no .ics in "${email.subject}"`);
  return Buffer.from(attachment.content, 'base64').toString('utf8');
}

describe('RSVP, capacity, needs and attendance', () => {
  it('refuses a new yes once the session is full, and frees the seat when someone withdraws', async () => {
    const session = await scheduledSession({ capacity: 2 });
    const [a, b, c] = await Promise.all([newPerson(), newPerson(), newPerson()]);
    expect((await rsvp(session.id, a!.cookie, { answer: 'yes' })).status).toBe(200);
    expect((await rsvp(session.id, b!.cookie, { answer: 'yes' })).status).toBe(200);
    const full = await rsvp(session.id, c!.cookie, { answer: 'yes' });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('session-full');
    expect(full.body.detail).toMatch(/full/);
    expect((await rsvp(session.id, c!.cookie, { answer: 'maybe' })).status).toBe(200);
    expect((await rsvp(session.id, a!.cookie, { answer: 'no' })).status).toBe(200);
    expect((await rsvp(session.id, c!.cookie, { answer: 'yes' })).status).toBe(200);
    const seen = await api(`/api/sessions/${session.id}`, { cookie: c!.cookie });
    expect(seen.body.seatsTaken).toBe(2);
    expect(seen.body.myRsvp.answer).toBe('yes');
    expect(seen.body.rsvps).toBeUndefined();
  });

  it('accepts exactly 10 of 50 parallel yes answers on a session with capacity 10', async () => {
    const session = await scheduledSession({ capacity: 10 });
    const members = await manyMembers(50);
    onTestFinished(() => retireMembers(members));
    const answers = await Promise.all(members.map((m) => rsvp(session.id, m.cookie, { answer: 'yes' })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(40);
    const stored = await api(`/api/sessions/${session.id}`, { cookie: await secretariat() });
    expect(stored.body.seatsTaken).toBe(10);
    expect(stored.body.rsvpSummary.yes).toBe(10);
  });

  it('sums up accessibility needs for the secretariat, and records attendance after the session', async () => {
    const session = await scheduledSession();
    const [a, b, c] = await Promise.all([newPerson(), newPerson(), newPerson()]);
    await rsvp(session.id, a!.cookie, { answer: 'yes', needs: { signLanguage: true, stepFreeAccess: true } });
    await rsvp(session.id, b!.cookie, {
      answer: 'maybe',
      needs: { signLanguage: true, other: 'Böyük şriftlə materiallar' },
    });
    await rsvp(session.id, c!.cookie, { answer: 'no', needs: { captioning: true } });
    const cookie = await secretariat();
    const detail = await api(`/api/sessions/${session.id}`, { cookie });
    expect(detail.body.rsvpSummary).toEqual({
      yes: 1,
      no: 1,
      maybe: 1,
      attended: 0,
      guests: 0,
      needs: {
        signLanguage: 2,
        stepFreeAccess: 1,
        captioning: 0,
        accessibleFormats: 0,
        other: ['Böyük şriftlə materiallar'],
      },
    });
    expect(detail.body.rsvps).toHaveLength(3);

    const early = await api(`/api/sessions/${session.id}/attendance`, {
      method: 'PUT',
      cookie,
      body: { entries: [{ memberId: a!.id, attended: true }] },
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('session-not-held');

    await markHeld(session);
    const walkIn = await newPerson();
    const recorded = await api(`/api/sessions/${session.id}/attendance`, {
      method: 'PUT',
      cookie,
      body: {
        entries: [
          { memberId: a!.id, attended: true },
          { memberId: b!.id, attended: false },
          { memberId: walkIn.id, attended: true },
        ],
      },
    });
    expect(recorded.status).toBe(200);
    expect(recorded.body.attended).toBe(2);
    const unknown = await api(`/api/sessions/${session.id}/attendance`, {
      method: 'PUT',
      cookie,
      body: { entries: [{ memberId: 'AAAAAAAAAAAAAAAAAAAAA', attended: true }] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('entries.0.memberId');
    expect((await rsvp(session.id, a!.cookie, { answer: 'no' })).status).toBe(409);
  });

  it('refuses answers to drafts (404) and bad needs (400)', async () => {
    const member = await newPerson();
    const draft = await createSession();
    expect((await rsvp(draft.id, member.cookie, { answer: 'yes' })).status).toBe(404);
    const session = await scheduledSession();
    const bad = await rsvp(session.id, member.cookie, { answer: 'perhaps', needs: { telepathy: true } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['answer', 'needs.telepathy']),
    );
    expect((await rsvp(session.id, '', { answer: 'yes' })).status).toBe(401);
  });
});

describe('session emails and calendars', () => {
  it('invites every active member when scheduled, with the calendar entry in Baku time', async () => {
    const member = await newPerson('member', 'en');
    const session = await scheduledSession({
      startsAt: '2027-05-12T10:00:00+04:00',
      endsAt: '2027-05-12T13:30:00+04:00',
      title: { az: 'Həmkarlar ittifaqları və əmək hüquqları', en: 'Trade unions and labour rights' },
    });
    const invitation = await latestEmailTo(member.email, 0, (e) =>
      e.subject.includes('Trade unions and labour rights'),
    );
    expect(invitation?.subject).toBe(
      'Invitation: Trade unions and labour rights · Dəvət: Həmkarlar ittifaqları və əmək hüquqları',
    );
    expect(invitation?.body.text).toContain('12 May 2027, 10:00–13:30 (Baku time)');
    expect(invitation?.body.text).toContain('12 may 2027, 10:00–13:30 (Bakı vaxtı)');
    const { event, vevent } = calendarOf(icsAttachment(invitation as StoredEmail));
    expect(event.uid).toBe(`session-${session.id}@bhr-portal`);
    expect(vevent?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Baku');
    expect(event.startDate.toString()).toBe('2027-05-12T10:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-05-12T06:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-05-12T09:30:00.000Z');
    expect(vevent?.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('tells those who answered yes or maybe when the time changes, and when it is cancelled', async () => {
    const session = await scheduledSession();
    const [yes, maybe, no] = await Promise.all([newPerson(), newPerson(), newPerson()]);
    await rsvp(session.id, yes!.cookie, { answer: 'yes' });
    await rsvp(session.id, maybe!.cookie, { answer: 'maybe' });
    await rsvp(session.id, no!.cookie, { answer: 'no' });
    // Only news of this session counts: parallel tests invite every active member to theirs.
    const aboutThis = (e: StoredEmail) =>
      /^(Dəyişiklik|Ləğv edildi): /.test(e.subject) && (e.body.text ?? '').includes(session.id);
    const counts = async () =>
      Promise.all([yes, maybe, no].map(async (p) => (await emailsTo(p!.email)).filter(aboutThis).length));
    const before = await counts();

    const cookie = await secretariat();
    const current = await api(`/api/sessions/${session.id}`, { cookie });
    const moved = await api(`/api/sessions/${session.id}`, {
      method: 'PATCH',
      cookie,
      headers: { 'If-Match': current.headers.get('etag') ?? '' },
      body: { startsAt: '2027-06-01T15:00:00+04:00', endsAt: '2027-06-01T17:00:00+04:00' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.sequence).toBe(session.sequence + 1);
    await mailSettled(session.id, 3);
    const afterMove = await counts();
    expect(afterMove).toEqual([before[0]! + 1, before[1]! + 1, before[2]]);
    const changed = await latestEmailTo(yes!.email, 0, (e) => aboutThis(e) && e.subject.startsWith('Dəyişiklik'));
    expect(changed.subject).toMatch(/^Dəyişiklik: /);
    const changedEvent = calendarOf(icsAttachment(changed));
    expect(changedEvent.event.startDate.toString()).toBe('2027-06-01T15:00:00');
    expect(changedEvent.event.sequence).toBe(session.sequence + 1);

    // An edit of the title alone is no change of time or place: nobody is told.
    const titled = await api(`/api/sessions/${session.id}`, {
      method: 'PATCH',
      cookie,
      headers: { 'If-Match': moved.headers.get('etag') ?? '' },
      body: { title: { az: 'Yeni ad', en: 'New title' } },
    });
    expect(titled.body.sequence).toBe(session.sequence + 1);
    const kinds = (await mailSettled(session.id, 3)).map((message) => message.kind);
    expect(kinds.filter((kind) => kind !== 'follower-news').sort()).toEqual(['changed', 'invitation']);
    expect(await counts()).toEqual(afterMove);

    expect((await transition(session.id, 'cancelled')).status).toBe(200);
    const cancelled = await latestEmailTo(maybe!.email, 0, (e) => aboutThis(e) && e.subject.startsWith('Ləğv'));
    expect(cancelled.subject).toMatch(/^Ləğv edildi: /);
    const cancelledCalendar = calendarOf(icsAttachment(cancelled));
    expect(cancelledCalendar.component.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelledCalendar.vevent?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelledCalendar.event.sequence).toBe(session.sequence + 2);
    await mailSettled(session.id, 4);
    expect((await counts())[2]).toBe(before[2]);
  });

  it('serves a subscribable calendar of public sessions only, cancelled ones marked so', async () => {
    const open = await scheduledSession({ startsAt: '2027-07-07T09:30:00+04:00', endsAt: '2027-07-07T11:00:00+04:00' });
    const internal = await scheduledSession({ visibility: 'members' });
    const called = await scheduledSession();
    await transition(called.id, 'cancelled');
    const answer = await api('/api/calendar.ics');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const component = new ICAL.Component(ICAL.parse(answer.body));
    for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.get(`session-${open.id}@bhr-portal`)?.startDate.toString()).toBe('2027-07-07T09:30:00');
    expect(byUid.has(`session-${internal.id}@bhr-portal`)).toBe(false);
    expect(byUid.get(`session-${called.id}@bhr-portal`)?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
