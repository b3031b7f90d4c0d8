import type { Session } from '#shared/schemas/session.ts';
import type { DomainDeps } from './deps.ts';
import { outboxMessage } from './mail-messages.ts';
import { type WalkCounts, walkRecords } from './record-walk.ts';

/** A session is reminded of once it starts within this long: the day before. */
export const reminderLeadMs = 24 * 3600 * 1000;

export interface ReminderScope {
  /** Only these sessions (a test drives the job over its own). */
  sessionIds?: string[];
}

type ReminderDeps = Pick<DomainDeps, 'sessions' | 'outbox' | 'now'>;

async function* sessionsStartingSoon(deps: ReminderDeps, scope: ReminderScope): AsyncGenerator<Session> {
  const now = deps.now();
  const from = now.toISOString();
  const to = new Date(now.getTime() + reminderLeadMs).toISOString();
  if (scope.sessionIds) {
    for (const id of scope.sessionIds) {
      const session = await deps.sessions.get(id);
      if (session && session.startsAt > from && session.startsAt <= to) yield session;
    }
    return;
  }
  let cursor: string | undefined;
  do {
    const page = await deps.sessions.list({
      scope: 'all',
      from,
      to,
      status: 'scheduled',
      order: 'asc',
      limit: 50,
      cursor,
    });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * The reminders job (hourly; #16): a session that starts within the next day gets one reminder to
 * those who answered yes or maybe, with the place or link, the agenda and their own accessibility
 * arrangements. Its outbox message has the session's id, so it is written once per session, and
 * only while the session is still scheduled (never for a cancelled one); the mail worker sends it.
 */
export async function sendReminders(deps: ReminderDeps, scope: ReminderScope = {}): Promise<WalkCounts> {
  return walkRecords(
    sessionsStartingSoon(deps, scope),
    (session) => session.id,
    async (session) => {
      const fresh = await deps.sessions.get(session.id);
      if (!fresh || fresh.status !== 'scheduled') return 'skipped';
      const message = outboxMessage('reminder', 'coming', fresh, deps.now(), { id: `reminder-${fresh.id}` });
      return (await deps.outbox.addReminder(message)) ? 'done' : 'skipped';
    },
  );
}
