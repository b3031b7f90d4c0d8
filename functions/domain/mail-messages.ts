import type { GuestsRepository } from '#functions/data/guests.ts';
import type { Audience, Outbox, SessionOutboxMessage } from '#functions/data/outbox.ts';
import type { SessionsRepository, StoredRsvp } from '#functions/data/sessions.ts';
import { NotFound } from '#functions/errors.ts';
import { emptyCounts } from '#shared/constants.ts';
import type { NoticePreview, SessionMessageKind } from '#shared/schemas/message.ts';
import type { Session } from '#shared/schemas/session.ts';
import { newId } from './ids.ts';

/**
 * The messages a change writes into its own transaction (ARCHITECTURE.md, "Mail outbox"). The
 * request only says what happened and to whom in general (the audience); the mail worker lists
 * the recipients and sends, outside the request.
 */
export function outboxMessage(
  kind: SessionMessageKind,
  audience: Audience,
  session: Session,
  now: Date,
  options: { id?: string; news?: 'scheduled' | 'published' } = {},
): SessionOutboxMessage {
  return {
    id: options.id ?? newId(now),
    kind,
    sessionId: session.id,
    session,
    audience,
    news: options.news ?? null,
    state: 'queued',
    expanded: false,
    pass: 0,
    counts: emptyCounts,
    createdAt: now.toISOString(),
    finishedAt: null,
  };
}

/** The messages a status change causes: invitations and follow news on scheduling, notice on cancelling. */
export function messagesForTransition(before: Session, after: Session, now: Date): SessionOutboxMessage[] {
  if (before.status === 'draft' && after.status === 'scheduled') {
    return [
      outboxMessage('invitation', 'active-members', after, now),
      ...(after.visibility === 'public'
        ? [outboxMessage('follower-news', 'followers', after, now, { news: 'scheduled' })]
        : []),
    ];
  }
  if (before.status === 'scheduled' && after.status === 'cancelled') {
    return [outboxMessage('cancelled', 'invited-not-declined', after, now)];
  }
  return [];
}

const declined = (rsvp: StoredRsvp) => rsvp.answer === 'no';

/**
 * Who hears of a change of time or place, or of a cancellation: everyone the invitations went to
 * (their deliveries are the record of who was invited), and everyone who answered, except those
 * who declined. Member ids, each once.
 */
export async function invitedNotDeclined(
  deps: { outbox: Outbox },
  sessionId: string,
  rsvps: StoredRsvp[],
): Promise<Map<string, string>> {
  const told = new Map<string, string>();
  const invitations = (await deps.outbox.forSession(sessionId)).filter((message) => message.kind === 'invitation');
  for (const invitation of invitations) {
    for (const delivery of await deps.outbox.allDeliveries(invitation.id)) {
      if (delivery.memberId) told.set(delivery.memberId, delivery.name);
    }
  }
  for (const rsvp of rsvps) {
    if (rsvp.answer === 'yes' || rsvp.answer === 'maybe') told.set(rsvp.memberId, rsvp.memberName);
  }
  for (const rsvp of rsvps.filter(declined)) told.delete(rsvp.memberId);
  return told;
}

/** Every message about a session, with its counts and who it went to (the secretariat's record). */
export async function sessionMessages(deps: { outbox: Outbox; sessions: SessionsRepository }, sessionId: string) {
  const session = await deps.sessions.get(sessionId);
  if (!session) throw new NotFound('No such session.');
  const messages = await deps.outbox.forSession(sessionId);
  const items = await Promise.all(
    messages.map(async (message) => ({
      id: message.id,
      kind: message.kind,
      sessionId: message.sessionId,
      state: message.state,
      createdAt: message.createdAt,
      finishedAt: message.finishedAt,
      counts: message.counts,
      deliveries: await recordedDeliveries(deps, message.id),
    })),
  );
  return { items };
}

/** Who a message went to and what became of each, as the secretariat's record shows it. */
export async function recordedDeliveries(deps: { outbox: Outbox }, messageId: string) {
  return (await deps.outbox.allDeliveries(messageId)).map((delivery) => ({
    address: delivery.address,
    name: delivery.name,
    memberId: delivery.memberId,
    status: delivery.status,
    updatedAt: delivery.updatedAt,
    error: delivery.error,
  }));
}

/** What the edit form says before saving a change of time or place: who will be told, and how many. */
export async function noticePreview(
  deps: { outbox: Outbox; sessions: SessionsRepository; guests: GuestsRepository },
  sessionId: string,
): Promise<NoticePreview> {
  const [{ session, rsvps }, guests] = await Promise.all([
    deps.sessions.getWithRsvps(sessionId),
    deps.guests.listForSession(sessionId),
  ]);
  if (!session) throw new NotFound('No such session.');
  if (session.status !== 'scheduled') return { count: 0, recipients: [] };
  const told = await invitedNotDeclined(deps, sessionId, rsvps);
  const organisations = new Map(rsvps.map((rsvp) => [rsvp.memberId, rsvp.organisation]));
  const members = [...told.entries()].map(([memberId, name]) => ({
    memberId: memberId as string | null,
    name,
    organisation: organisations.get(memberId) ?? '',
  }));
  const confirmedGuests = guests
    .filter((guest) => guest.status === 'confirmed')
    .map((guest) => ({ memberId: null, name: guest.name, organisation: guest.organisation }));
  const recipients = [...members, ...confirmedGuests].sort((a, b) => a.name.localeCompare(b.name, 'az'));
  return { count: recipients.length, recipients };
}
