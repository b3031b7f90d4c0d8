import { describe, expect, it } from 'vitest';
import { sendReminders } from '#functions/domain/reminders.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { api } from '../support/http.ts';
import { mailSettled } from '../support/mail.ts';
import { emailsTo, latestEmailTo } from '../support/mailbox.ts';
import { newPerson } from '../support/people.ts';
import { scheduledSession, slotStartingIn, transition } from '../support/sessions.ts';

const inTwoHours = () => slotStartingIn(2 * 3600 * 1000);

describe('reminders the day before', () => {
  it('reminds those who answered yes or maybe, once, with the place, the agenda and their own arrangements', async () => {
    const session = await scheduledSession({
      ...inTwoHours(),
      visibility: 'members',
      venue: 'Ombudsman Aparatı, Bakı',
      agenda: [{ time: '10:00', title: { az: 'Açılış', en: 'Opening' }, speakers: [] }],
    });
    const [yes, maybe, no] = await Promise.all([newPerson('member', 'en'), newPerson(), newPerson()]);
    const answers = [
      [yes, { answer: 'yes', needs: { signLanguage: true } }],
      [maybe, { answer: 'maybe', needs: {} }],
      [no, { answer: 'no', needs: {} }],
    ] as const;
    for (const [person, body] of answers) {
      expect(
        (await api(`/api/sessions/${session.id}/rsvp`, { method: 'PUT', cookie: person.cookie, body })).status,
      ).toBe(200);
    }

    const first = await sendReminders(defaultDeps(), { sessionIds: [session.id] });
    const again = await sendReminders(defaultDeps(), { sessionIds: [session.id] });
    expect([first.done, first.skipped, again.done, again.skipped]).toEqual([1, 0, 0, 1]);

    const messages = await mailSettled(session.id, 2);
    const reminders = messages.filter((message) => message.kind === 'reminder');
    expect(reminders).toHaveLength(1);
    const sentTo = new Set(reminders[0]?.deliveries.filter((d) => d.status === 'sent').map((d) => d.address));
    expect([yes, maybe, no].map((p) => sentTo.has(p.email))).toEqual([true, true, false]);
    const reminder = await latestEmailTo(yes.email, 0, (e) => e.subject.startsWith('Reminder'));
    expect(reminder.body.text).toContain('Ombudsman Aparatı, Bakı');
    expect(reminder.body.text).toContain('10:00 Opening');
    expect(reminder.body.text).toContain('The arrangements you asked for: sign-language interpretation');
    expect((await emailsTo(no.email)).filter((e) => e.subject.startsWith('Xatırlatma'))).toEqual([]);
  });

  it('never reminds of a cancelled session, nor of one more than a day away', async () => {
    const cancelled = await scheduledSession({ ...inTwoHours(), visibility: 'members' });
    expect((await transition(cancelled.id, 'cancelled')).status).toBe(200);
    const later = await scheduledSession({ visibility: 'members' });
    const run = await sendReminders(defaultDeps(), { sessionIds: [cancelled.id, later.id] });
    expect([run.done, run.failed]).toEqual([0, 0]);
    const kinds = async (id: string) => (await mailSettled(id, 1)).map((message) => message.kind);
    expect(await kinds(cancelled.id)).not.toContain('reminder');
    expect(await kinds(later.id)).not.toContain('reminder');
  });
});
