import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createApp } from '#functions/api/app.ts';
import { dynamo, ses } from '#functions/data/clients.ts';
import { handler as mailFeedback } from '#functions/events/mail-feedback.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { auditEventsOn } from '../support/audit.ts';
import { manyMembers, retireMembers } from '../support/bulk-members.ts';
import { api, baseUrl } from '../support/http.ts';
import { mailSettled } from '../support/mail.ts';
import { emailsTo, emailsToEach, latestEmailTo } from '../support/mailbox.ts';
import { newPerson, secretariat, signIn } from '../support/people.ts';
import { createSession, scheduledSession, transition } from '../support/sessions.ts';

/** Every AWS command the in-process app sends, counted with a middleware on the very clients it uses. */
const dynamoCalls: string[] = [];
const sesCalls: string[] = [];
const counting = 'count-outbox-calls';

beforeAll(async () => {
  dynamo().middlewareStack.add(
    (next, context) => async (args) => {
      dynamoCalls.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: counting },
  );
  (await ses()).middlewareStack.add(
    (next, context) => async (args) => {
      sesCalls.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: counting },
  );
});
afterAll(async () => {
  dynamo().middlewareStack.remove(counting);
  (await ses()).middlewareStack.remove(counting);
});

const deliveriesOf = (messages: Awaited<ReturnType<typeof mailSettled>>, kind: string) =>
  new Map(messages.filter((m) => m.kind === kind).flatMap((m) => m.deliveries.map((d) => [d.address, d.status])));

function fixture(name: string, address: string, messageId: string) {
  const text = readFileSync(new URL(`../fixtures/ses/${name}.json`, import.meta.url), 'utf8');
  return JSON.parse(text.replaceAll('__ADDRESS__', address).replaceAll('__MESSAGE__', messageId));
}

describe('mail through the outbox', () => {
  it('schedules a session for 300 members without sending in the request; each gets the invitation once', async () => {
    const members = await manyMembers(300);
    onTestFinished(() => retireMembers(members));
    const title = `Kütləvi dəvət ${randomUUID().slice(0, 8)}`;
    const draft = await createSession({ title: { az: title, en: title }, visibility: 'members' });
    const app = createApp(defaultDeps());
    dynamoCalls.length = 0;
    sesCalls.length = 0;
    const answer = await app.request(`/api/sessions/${draft.id}/transitions`, {
      method: 'POST',
      headers: { Cookie: await secretariat(), Origin: baseUrl(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: 'scheduled' }),
    });
    expect(answer.status).toBe(200);
    expect(sesCalls).toEqual([]);
    // The cookie's login, the session, and one transaction: however many members there are.
    expect(dynamoCalls).toEqual(['BatchGetItemCommand', 'GetItemCommand', 'TransactWriteItemsCommand']);

    const [invitation] = await mailSettled(draft.id, 1, 210_000);
    expect(invitation?.kind).toBe('invitation');
    const statuses = deliveriesOf([invitation as never], 'invitation');
    for (const member of members) expect(statuses.get(member.email.toLowerCase())).toBe('sent');
    const received = (await emailsToEach(members.map((member) => member.email))).map(
      (emails) => emails.filter((e) => e.subject.includes(title)).length,
    );
    expect(received).toEqual(members.map(() => 1));
    expect(invitation?.counts.sent).toBe(invitation?.counts.recipients);
  }, 240_000);

  it('tells of a move and of a cancellation everyone invited who has not declined, and says so before saving', async () => {
    const [invitedSilent, declined] = await Promise.all([newPerson(), newPerson()]);
    const session = await scheduledSession({ visibility: 'members' });
    // Invitations go to the members active when the worker sends them; these two come after.
    await mailSettled(session.id, 1);
    const [lateYes, lateSilent] = await Promise.all([newPerson(), newPerson()]);
    for (const [person, answer] of [
      [declined, 'no'],
      [lateYes, 'yes'],
    ] as const) {
      const saved = await api(`/api/sessions/${session.id}/rsvp`, {
        method: 'PUT',
        cookie: person.cookie,
        body: { answer, needs: {} },
      });
      expect(saved.status).toBe(200);
    }
    const cookie = await secretariat();
    const preview = await api(`/api/sessions/${session.id}/notice-preview`, { cookie });
    expect(preview.status).toBe(200);
    const previewed = new Set(preview.body.recipients.map((r: { memberId: string }) => r.memberId));
    expect([invitedSilent, declined, lateYes, lateSilent].map((p) => previewed.has(p.id))).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(preview.body.count).toBe(preview.body.recipients.length);

    const current = await api(`/api/sessions/${session.id}`, { cookie });
    const moved = await api(`/api/sessions/${session.id}`, {
      method: 'PATCH',
      cookie,
      headers: { 'If-Match': current.headers.get('etag') ?? '' },
      body: { venue: 'Ombudsman Aparatı, 2-ci mərtəbə' },
    });
    expect(moved.status).toBe(200);
    const afterMove = deliveriesOf(await mailSettled(session.id, 2), 'changed');
    const told = (person: { email: string }) => afterMove.get(person.email) === 'sent';
    expect([invitedSilent, declined, lateYes, lateSilent].map(told)).toEqual([true, false, true, false]);
    expect(afterMove.size).toBe(preview.body.count);
    const notice = await latestEmailTo(invitedSilent.email, 0, (e) => e.subject.startsWith('Dəyişiklik'));
    expect(notice.body.text).toContain('2-ci mərtəbə');

    expect((await transition(session.id, 'cancelled')).status).toBe(200);
    const afterCancel = deliveriesOf(await mailSettled(session.id, 3), 'cancelled');
    expect([invitedSilent, declined, lateYes, lateSilent].map((p) => afterCancel.get(p.email) === 'sent')).toEqual([
      true,
      false,
      true,
      false,
    ]);
  }, 120_000);

  it('marks a hard-bounced or complaining address: nothing more is sent to it, and its follows end', async () => {
    const [bouncing, complaining] = await Promise.all([newPerson(), newPerson()]);
    const first = await scheduledSession({ visibility: 'members' });
    const [invitation] = await mailSettled(first.id, 1);
    const followed = await api('/api/subscriptions', {
      method: 'POST',
      body: { email: bouncing.email, theme: 'disability-rights' },
    });
    expect(followed.status).toBe(202);

    const since = new Date().toISOString();
    await mailFeedback(fixture('hard-bounce', bouncing.email, invitation?.id ?? ''), {} as never);
    await mailFeedback(fixture('complaint', complaining.email, invitation?.id ?? ''), {} as never);
    const marked = deliveriesOf(await mailSettled(first.id, 1), 'invitation');
    expect([marked.get(bouncing.email), marked.get(complaining.email)]).toEqual(['bounced', 'bounced']);
    // Each mark is in the audit log, on the member.
    expect((await auditEventsOn(bouncing.id, since)).map((event) => event.action)).toContain('mail.bounced');
    expect((await auditEventsOn(complaining.id, since)).map((event) => event.action)).toContain('mail.complained');
    const { subscriptions } = await import('#functions/data/subscriptions.ts');
    expect(await subscriptions.ofAddress(bouncing.email)).toEqual([]);

    const second = await scheduledSession({ visibility: 'members' });
    const next = deliveriesOf(await mailSettled(second.id, 1), 'invitation');
    expect([next.get(bouncing.email), next.get(complaining.email)]).toEqual(['suppressed', 'suppressed']);
    // Only this session's mail counts: another file's invitation may still be on its way to them.
    // (The first session's invitation reached them, and names its session as this filter expects.)
    expect((await emailsTo(bouncing.email)).some((mail) => mail.body.text?.includes(first.id))).toBe(true);
    const aboutSecond = await Promise.all(
      [bouncing, complaining].map(
        async (p) => (await emailsTo(p.email)).filter((mail) => mail.body.text?.includes(second.id)).length,
      ),
    );
    expect(aboutSecond).toEqual([0, 0]);

    // The secretariat sees it; a sign-in through a link sent to the address confirms it again.
    const shown = async () =>
      (await api(`/api/members/${bouncing.id}`, { cookie: await secretariat() })).body.mailBouncing;
    expect(await shown()).toBe(true);
    expect((await api(`/api/members/${bouncing.id}`, { cookie: bouncing.cookie })).body.mailBouncing).toBeUndefined();
    await signIn(bouncing.email);
    expect(await shown()).toBe(false);
    const third = await scheduledSession({ visibility: 'members' });
    expect(deliveriesOf(await mailSettled(third.id, 1), 'invitation').get(bouncing.email)).toBe('sent');
  }, 120_000);
});
