import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, baseUrl } from '../support/http.ts';
import { emailsTo, latestEmailTo, type StoredEmail } from '../support/mailbox.ts';
import { newPerson, secretariat, uniqueEmail } from '../support/people.ts';
import { createSession, scheduledSession, transition } from '../support/sessions.ts';

/** Each test is its own client, so the per-client limit of one test never meets another's. */
const client = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

function register(sessionId: string, body: Record<string, unknown>, from = client()) {
  return api(`/api/sessions/${sessionId}/guests`, {
    method: 'POST',
    body,
    headers: { 'X-Forwarded-For': `203.0.113.7, ${from}` },
  });
}

const guestInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Leyla Həsənova',
  organisation: 'Müstəqil jurnalist',
  email: uniqueEmail('guest'),
  language: 'az',
  needs: { stepFreeAccess: true, other: 'Eşitmə cihazı' },
  ...overrides,
});

function linkIn(email: StoredEmail, action: 'confirm' | 'cancel'): string {
  const pattern =
    action === 'confirm'
      ? /https?:\/\/\S+\/api\/guests\/confirm\?token=[\w.-]+/
      : /https?:\/\/\S+\/sessions\/[\w-]+\?guest=cancel#token=[\w.-]+/;
  const match = pattern.exec(email.body.text ?? '');
  if (!match) throw new Error(`No ${action} link in "${email.subject}"`);
  return match[0];
}

/** What the session page's "yes, cancel" sends, with the token of the cancel link it was opened from. */
async function cancelFrom(link: string): Promise<string> {
  const token = new URLSearchParams(new URL(link).hash.slice(1)).get('token');
  const answer = await api('/api/guests/cancel', { method: 'POST', body: { token } });
  expect(answer.status).toBe(200);
  return answer.body.status;
}

/** Follows a link from an email as a browser would, against the running portal. */
async function follow(link: string): Promise<string> {
  const { pathname, search } = new URL(link);
  const answer = await fetch(`${baseUrl()}${pathname}${search}`, { redirect: 'manual' });
  expect(answer.status).toBe(303);
  return answer.headers.get('location') ?? '';
}

async function detail(sessionId: string) {
  return (await api(`/api/sessions/${sessionId}`, { cookie: await secretariat() })).body;
}

async function registrantsCsv(sessionId: string): Promise<string[]> {
  const answer = await fetch(`${baseUrl()}/api/sessions/${sessionId}/registrants.csv`, {
    headers: { cookie: await secretariat() },
  });
  return Buffer.from(await answer.arrayBuffer())
    .subarray(3)
    .toString('utf8')
    .trimEnd()
    .split('\r\n');
}

describe('guests at public sessions', () => {
  it('registers, confirms by email (then takes a seat), shows to the secretariat, and cancels from the email', async () => {
    const session = await scheduledSession({ capacity: 5 });
    const input = guestInput({ name: `Qonaq ${randomUUID().slice(0, 6)}` });

    const registered = await register(session.id, input);
    expect(registered.status, JSON.stringify(registered.body)).toBe(202);
    const mail = await latestEmailTo(input.email, 0, (email) => /\/api\/guests\/confirm/.test(email.body.text ?? ''));
    expect(mail.subject).toContain('Qeydiyyatı təsdiqləyin');
    expect(mail.subject).toContain('Confirm your registration');

    // Pending: listed for the secretariat, but no seat yet and not in the export.
    const pending = await detail(session.id);
    expect(pending.seatsTaken).toBe(0);
    expect(pending.guests).toEqual([
      expect.objectContaining({ name: input.name, email: input.email, status: 'pending', confirmedAt: null }),
    ]);
    expect(JSON.stringify(pending.guests)).not.toMatch(/TokenHash/);
    expect((await registrantsCsv(session.id)).some((line) => line.includes(input.name))).toBe(false);

    expect(await follow(linkIn(mail, 'confirm'))).toMatch(new RegExp(`/sessions/${session.id}\\?guest=confirmed$`));
    const confirmed = await detail(session.id);
    expect(confirmed.seatsTaken).toBe(1);
    expect(confirmed.guests[0].status).toBe('confirmed');
    expect(confirmed.rsvpSummary.guests).toBe(1);
    expect(confirmed.rsvpSummary.needs.stepFreeAccess).toBe(1);
    expect(confirmed.rsvpSummary.needs.other).toContain('Eşitmə cihazı');
    const row = (await registrantsCsv(session.id)).find((line) => line.includes(input.name)) ?? '';
    expect(row).toMatch(/^guest,Qonaq \w+,Müstəqil jurnalist,yes,no,yes,no,no,Eşitmə cihazı,,\d{4}-.*\+04:00$/);

    // A second click on the confirmation link changes nothing.
    expect(await follow(linkIn(mail, 'confirm'))).toMatch(/\?guest=confirmed$/);
    expect((await detail(session.id)).seatsTaken).toBe(1);

    // The cancel link leads to a question on the session page: opening it (as a mail scanner
    // does) cancels nothing; so does a link of the old form, to the API.
    const cancelLink = linkIn(mail, 'cancel');
    expect(new URL(cancelLink).pathname).toBe(`/sessions/${session.id}`);
    const oldForm = `${baseUrl()}/api/guests/cancel?token=${new URLSearchParams(new URL(cancelLink).hash.slice(1)).get('token')}`;
    expect(await follow(oldForm)).toBe(cancelLink);
    expect((await detail(session.id)).guests[0].status).toBe('confirmed');
    expect(await cancelFrom(cancelLink)).toBe('cancelled');
    const cancelled = await detail(session.id);
    expect(cancelled.seatsTaken).toBe(0);
    expect(cancelled.guests[0].status).toBe('cancelled');
    expect((await registrantsCsv(session.id)).some((line) => line.includes(input.name))).toBe(false);
    expect(await cancelFrom(cancelLink)).toBe('cancelled');
    expect((await detail(session.id)).seatsTaken).toBe(0);
  });

  it('counts a guest against the capacity like a member’s yes', async () => {
    const session = await scheduledSession({ capacity: 1 });
    const input = guestInput();
    expect((await register(session.id, input)).status).toBe(202);
    const mail = await latestEmailTo(input.email);
    const member = await newPerson('member');
    const yes = await api(`/api/sessions/${session.id}/rsvp`, {
      method: 'PUT',
      cookie: member.cookie,
      body: { answer: 'yes' },
    });
    expect(yes.status).toBe(200);

    // The member took the last seat before the guest confirmed: the guest is told it is full.
    expect(await follow(linkIn(mail, 'confirm'))).toMatch(/\?guest=full$/);
    const full = await detail(session.id);
    expect(full.seatsTaken).toBe(1);
    expect(full.guests[0].status).toBe('pending');
    const late = await register(session.id, guestInput());
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('session-full');

    // The member withdraws; the guest's confirmation now takes the seat, and a member cannot.
    await api(`/api/sessions/${session.id}/rsvp`, { method: 'PUT', cookie: member.cookie, body: { answer: 'no' } });
    expect(await follow(linkIn(mail, 'confirm'))).toMatch(/\?guest=confirmed$/);
    const again = await api(`/api/sessions/${session.id}/rsvp`, {
      method: 'PUT',
      cookie: member.cookie,
      body: { answer: 'yes' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('session-full');
  });

  it('sends an address already confirmed a fresh cancel link and no second seat', async () => {
    const session = await scheduledSession();
    const input = guestInput();
    expect((await register(session.id, input)).status).toBe(202);
    await follow(linkIn(await latestEmailTo(input.email), 'confirm'));
    expect((await register(session.id, { ...input, name: 'Başqa Ad' })).status).toBe(202);
    const second = await latestEmailTo(input.email, 1);
    expect(second.body.text).not.toMatch(/\/api\/guests\/confirm/);
    const registration = (await detail(session.id)).guests;
    expect(registration).toHaveLength(1);
    expect(registration[0]).toMatchObject({ name: input.name, status: 'confirmed' });
    expect(await cancelFrom(linkIn(second, 'cancel'))).toBe('cancelled');
    expect((await detail(session.id)).seatsTaken).toBe(0);
  });

  it('is open only for public, scheduled, upcoming sessions', async () => {
    const membersOnly = await scheduledSession({ visibility: 'members' });
    expect((await register(membersOnly.id, guestInput())).status).toBe(404);
    const draft = await createSession();
    expect((await register(draft.id, guestInput())).status).toBe(404);
    const cancelled = await scheduledSession();
    await transition(cancelled.id, 'cancelled');
    const closed = await register(cancelled.id, guestInput());
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('registration-closed');
  });

  it('refuses bad input naming the field, and links that do not prove a registration', async () => {
    const session = await scheduledSession();
    const bad = await register(session.id, guestInput({ email: 'not-an-address', name: '' }));
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    const fields = (bad.body.errors as Array<{ field: string }>).map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'name']));

    const input = guestInput();
    await register(session.id, input);
    const real = linkIn(await latestEmailTo(input.email), 'confirm');
    const forged = real.replace(/\.[\w-]{43}$/, `.${'A'.repeat(43)}`);
    expect(await follow(forged)).toMatch(/\/sessions\?guest=invalid-link$/);
    expect(await follow(`${baseUrl()}/api/guests/cancel?token=nonsense`)).toMatch(/\/sessions\?guest=invalid-link$/);
    const forgedCancel = (
      await api('/api/guests/cancel', { method: 'POST', body: { token: forged.split('token=')[1] } })
    ).body.status;
    expect(forgedCancel).toBe('invalid-link');
    const noToken = await api('/api/guests/cancel', { method: 'POST', body: {} });
    expect(noToken.status).toBe(400);
    expect(noToken.body.errors.map((error: { field: string }) => error.field)).toContain('token');
    expect((await detail(session.id)).guests[0].status).toBe('pending');
  });

  it('limits registrations per address and per client', async () => {
    const session = await scheduledSession();
    const input = guestInput();
    const from = client();
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await register(session.id, input, from)).status).toBe(202);
    const limited = await register(session.id, input, client());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await emailsTo(input.email)).toHaveLength(5);

    const busy = client();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      expect((await register(session.id, guestInput(), busy)).status).toBe(202);
    }
    expect((await register(session.id, guestInput(), busy)).status).toBe(429);
  });
});
