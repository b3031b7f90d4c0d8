import type { IdempotentCommit } from '#functions/data/idempotency.ts';
import { Conflict, NotFound, TooManyRequests, UnprocessableContent, ValidationFailed } from '#functions/errors.ts';
import type { Member } from '#shared/schemas/member.ts';
import type {
  AccessibilityNeeds,
  CreateSession,
  Rsvp,
  RsvpAnswer,
  RsvpSummary,
  Session,
  SessionStatus,
  UpdateSession,
} from '#shared/schemas/session.ts';
import type { Theme } from '#shared/schemas/theme.ts';
import { auditEvent, diff } from './audit.ts';
import type { DomainDeps } from './deps.ts';
import { dropStaleAnswers, sessionAnswers } from './edge-invalidation.ts';
import { newId } from './ids.ts';
import { messagesForTransition, outboxMessage } from './mail-messages.ts';
import { canSee, normalizeInstant, summarize } from './session-reads.ts';
import { requireVersion, updateVersioned } from './versioned.ts';

type SessionDeps = Pick<DomainDeps, 'sessions' | 'themes' | 'now' | 'edgeCache'>;

async function requireTheme(deps: Pick<DomainDeps, 'themes'>, slug: string): Promise<Theme> {
  const theme = await deps.themes.get(slug);
  if (!theme) throw new ValidationFailed([{ field: 'theme', code: 'unknown-theme', message: 'No such theme.' }]);
  return theme;
}

export async function createSession(
  deps: SessionDeps,
  actor: Member,
  input: CreateSession,
  commit?: IdempotentCommit,
): Promise<Session> {
  await requireTheme(deps, input.theme);
  const now = deps.now();
  const session: Session = {
    id: newId(now),
    theme: input.theme,
    title: input.title,
    summary: input.summary,
    startsAt: normalizeInstant(input.startsAt),
    endsAt: normalizeInstant(input.endsAt),
    venue: input.venue,
    onlineUrl: input.onlineUrl,
    capacity: input.capacity ?? null,
    visibility: input.visibility,
    status: 'draft',
    agenda: input.agenda,
    seatsTaken: 0,
    sequence: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
  };
  await deps.sessions.create(
    session,
    auditEvent(
      now,
      actor,
      'session.created',
      { type: 'session', id: session.id },
      `Created draft "${session.title.en}"`,
    ),
    commit,
  );
  return session;
}

const timeOrPlace = ['startsAt', 'endsAt', 'venue', 'onlineUrl'] as const;
const editable = ['theme', 'title', 'summary', 'capacity', 'visibility', 'agenda', ...timeOrPlace] as const;

export async function updateSession(
  deps: SessionDeps,
  actor: Member,
  id: string,
  patch: UpdateSession,
  expectedVersion: number,
): Promise<Session> {
  const session = await deps.sessions.get(id);
  if (!session) throw new NotFound('No such session.');
  requireVersion(session, expectedVersion);
  if (session.status === 'cancelled') throw new Conflict('session-cancelled', 'A cancelled session cannot be edited.');
  if (patch.theme) await requireTheme(deps, patch.theme);
  const now = deps.now();
  const merged: Session = {
    ...session,
    ...patch,
    startsAt: patch.startsAt ? normalizeInstant(patch.startsAt) : session.startsAt,
    endsAt: patch.endsAt ? normalizeInstant(patch.endsAt) : session.endsAt,
    capacity: patch.capacity === undefined ? session.capacity : patch.capacity,
  };
  if (Date.parse(merged.endsAt) <= Date.parse(merged.startsAt)) {
    throw new ValidationFailed([
      { field: 'endsAt', code: 'end-before-start', message: 'The end must come after the start.' },
    ]);
  }
  if (
    session.status === 'scheduled' &&
    merged.startsAt !== session.startsAt &&
    Date.parse(merged.startsAt) <= now.getTime()
  ) {
    throw new UnprocessableContent('moved-into-the-past', 'A scheduled session cannot be moved into the past.', [
      { field: 'startsAt', code: 'in-the-past', message: 'The start must be in the future.' },
    ]);
  }
  // A new time or place is a new iCalendar SEQUENCE, so calendars replace the old entry.
  const moved = Object.keys(diff(session, merged, timeOrPlace)).length > 0;
  const { record: updated, changes } = await updateVersioned(now, {
    actor,
    before: session,
    after: { ...merged, sequence: moved ? session.sequence + 1 : session.sequence },
    fields: editable,
    event: (found) => ({
      action: 'session.updated',
      entity: { type: 'session', id },
      summary: `Changed ${Object.keys(found).join(', ')}`,
    }),
    // Those invited hear of a move through the outbox, written with the change (ARCHITECTURE.md, "Mail outbox").
    write: (before, after, event) =>
      deps.sessions.update(
        before,
        after,
        event,
        moved && after.status === 'scheduled' ? [outboxMessage('changed', 'invited-not-declined', after, now)] : [],
      ),
  });
  if (Object.keys(changes).length === 0) return session;
  await dropStaleAnswers(deps, sessionAnswers(session, updated, Object.keys(changes)));
  return updated;
}

/**
 * The moves the workflow allows; publishing goes through the outcomes. A held session may be
 * reopened (back to scheduled) until its outcomes are published: marking held by mistake is
 * undone, not lived with (ARCHITECTURE.md, "Session workflow").
 */
const allowed: Record<SessionStatus, SessionStatus[]> = {
  draft: ['scheduled', 'cancelled'],
  scheduled: ['held', 'cancelled'],
  held: ['scheduled'],
  published: [],
  cancelled: [],
};

/** The time rules of the workflow, each with its own stable code. */
function assertTimely(session: Session, to: SessionStatus, now: Date): void {
  const startsAt = Date.parse(session.startsAt);
  if (to === 'scheduled' && session.status === 'draft' && startsAt <= now.getTime()) {
    throw new Conflict(
      'schedule-in-the-past',
      'A session whose start has passed cannot be scheduled: move its start into the future first.',
    );
  }
  if (to === 'held' && startsAt > now.getTime()) {
    throw new Conflict('held-before-start', 'A session cannot be marked held before it starts.');
  }
}

export async function transitionSession(
  deps: SessionDeps,
  actor: Member,
  id: string,
  to: SessionStatus,
  expectedVersion?: number,
): Promise<Session> {
  const session = await deps.sessions.get(id);
  if (!session) throw new NotFound('No such session.');
  requireVersion(session, expectedVersion);
  if (to === 'published' && session.status === 'held') {
    throw new Conflict('publish-through-outcomes', 'A held session is published by publishing its outcomes.');
  }
  if (!allowed[session.status].includes(to)) {
    throw new Conflict('transition-not-allowed', `A ${session.status} session cannot become ${to}.`);
  }
  const now = deps.now();
  assertTimely(session, to, now);
  const reopened = session.status === 'held' && to === 'scheduled';
  const { record: updated } = await updateVersioned(now, {
    actor,
    before: session,
    after: { ...session, status: to, sequence: to === 'cancelled' ? session.sequence + 1 : session.sequence },
    fields: ['status'],
    event: () => ({
      action: reopened ? 'session.reopened' : `session.${to}`,
      entity: { type: 'session', id },
      summary: `"${session.title.en}": ${session.status} → ${to}`,
    }),
    // Invitations, follow news and notices of cancellation are written with the change; the mail
    // worker sends them (ARCHITECTURE.md, "Mail outbox"). Reopening a held session tells nobody.
    write: (before, after, event) =>
      deps.sessions.update(before, after, event, messagesForTransition(before, after, now)),
  });
  await dropStaleAnswers(deps, sessionAnswers(session, updated));
  return updated;
}

/**
 * A member's answer. A "yes" takes a seat only while the session has room: the seat count and
 * the answer are written in one transaction conditioned on both, so parallel answers never
 * overfill a session. A transaction that lost a race is tried again.
 */
export async function answerRsvp(
  deps: Pick<DomainDeps, 'sessions' | 'now' | 'sleep'>,
  actor: Member,
  id: string,
  input: { answer: RsvpAnswer; needs: AccessibilityNeeds },
): Promise<Rsvp> {
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const { session, rsvp: previous } = await deps.sessions.getWithRsvp(id, actor.id);
    if (!session || !canSee(actor, session)) throw new NotFound('No such session.');
    if (session.status !== 'scheduled') {
      throw new Conflict('rsvp-closed', 'Answers are taken only while the session is scheduled.');
    }
    const wasYes = previous?.answer === 'yes';
    const isYes = input.answer === 'yes';
    const seatDelta = isYes === wasYes ? 0 : isYes ? 1 : -1;
    const next = {
      memberId: actor.id,
      memberName: actor.name,
      organisation: actor.organisation,
      answer: input.answer,
      needs: input.needs,
      attended: previous?.attended ?? null,
      updatedAt: deps.now().toISOString(),
    };
    const result = await deps.sessions.setRsvp({ sessionId: id, previous, next, seatDelta });
    if (result === 'saved') return next;
    if (result === 'full')
      throw new Conflict('session-full', 'The session is full; you can still answer “maybe” or “no”.');
    if (result === 'closed')
      throw new Conflict('rsvp-closed', 'Answers are taken only while the session is scheduled.');
    // 'changed' or 'busy': someone wrote in between; read again after a short, random pause.
    await deps.sleep(5 + Math.random() * 20 * (attempt + 1));
  }
  throw new TooManyRequests(1, 'Many answers are arriving at once; try again in a moment.');
}

export async function recordAttendance(
  deps: Pick<DomainDeps, 'sessions' | 'guests' | 'members' | 'now'>,
  actor: Member,
  id: string,
  entries: Array<{ memberId: string; attended: boolean }>,
): Promise<RsvpSummary> {
  const session = await deps.sessions.get(id);
  if (!session) throw new NotFound('No such session.');
  if (session.status !== 'held' && session.status !== 'published') {
    throw new Conflict('session-not-held', 'Attendance is recorded once the session has been held.');
  }
  const unique = [...new Map(entries.map((entry) => [entry.memberId, entry])).values()];
  const members = await Promise.all(unique.map((entry) => deps.members.get(entry.memberId)));
  const unknown = unique.filter((_, index) => !members[index]);
  if (unknown.length > 0) {
    throw new ValidationFailed(
      unknown.map((entry) => ({
        field: `entries.${entries.indexOf(entry)}.memberId`,
        code: 'unknown-member',
        message: 'No such member.',
      })),
    );
  }
  const now = deps.now();
  await deps.sessions.recordAttendance(
    id,
    unique.map((entry, index) => ({
      ...entry,
      memberName: members[index]?.name ?? '',
      organisation: members[index]?.organisation ?? '',
    })),
    now.toISOString(),
    auditEvent(
      now,
      actor,
      'session.attendance',
      { type: 'session', id },
      `Recorded attendance of ${unique.length} members`,
    ),
  );
  const [{ rsvps }, guests] = await Promise.all([deps.sessions.getWithRsvps(id), deps.guests.listForSession(id)]);
  return summarize(rsvps, guests);
}
