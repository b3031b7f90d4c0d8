import type { StoredGuest } from '#functions/data/guests.ts';
import type { OutgoingMail } from '#functions/data/mail.ts';
import type { OutboxMessage, RoundOutboxMessage, StoredDelivery } from '#functions/data/outbox.ts';
import { PreconditionFailed } from '#functions/errors.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { DeliveryStatus, MessageCounts } from '#shared/schemas/message.ts';
import type { Theme } from '#shared/schemas/theme.ts';
import { auditEvent } from './audit.ts';
import { followerNewsMail } from './emails/follow.ts';
import { type SessionMailContext, sessionMail } from './emails/sessions.ts';
import type { MailDeps } from './mail-deps.ts';
import { invitedNotDeclined } from './mail-messages.ts';
import { roundComposer, roundRecipients } from './round-mail.ts';

/**
 * One pass of the mail worker over one outbox message (ARCHITECTURE.md, "Mail outbox"):
 * 1. list the recipients and write one delivery each, before anything is sent (a delivery
 *    already written is kept as it is, so a pass that runs again adds nothing twice);
 * 2. send the pending deliveries, each claimed first by a conditional write (pending → sending)
 *    and settled after SES answers, so no retry ever mails an address twice;
 * 3. end the pass: done when nothing is pending, otherwise the message is touched and the table's
 *    stream hands it to the next invocation. A big message never depends on one invocation.
 */
export interface PassLimits {
  /** Epoch ms by which the pass must have ended (the invocation's time, less a margin). */
  deadline: number;
  /** At most this many sends in one pass. */
  maxSends: number;
}

export type PassResult = 'done' | 'continues' | 'nothing-to-do';

const isRoundMessage = (message: OutboxMessage): message is RoundOutboxMessage => 'roundId' in message;

const throttleNames = new Set(['TooManyRequestsException', 'ThrottlingException', 'LimitExceededException']);
/** SES refuses these for the message or the address: sending again would not help. */
const refusalNames = new Set(['MessageRejected', 'BadRequestException', 'NotFoundException']);

/** The connection was refused: SES never saw the request, so it can be sent later. */
const neverReachedSes = (error: unknown) => (error as { code?: string })?.code === 'ECONNREFUSED';

const isThrottle = (error: unknown) =>
  throttleNames.has((error as Error)?.name) ||
  (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 429;

type Recipient = Omit<StoredDelivery, 'status' | 'updatedAt' | 'error'>;

const asRecipient = (member: Member): Recipient => ({
  address: member.email.toLowerCase(),
  name: member.name,
  memberId: member.id,
  language: member.language,
});

const asGuestRecipient = (guest: StoredGuest): Recipient => ({
  address: guest.email.toLowerCase(),
  name: guest.name,
  memberId: null,
  language: guest.language,
  needs: guest.needs,
});

/** Runs `task` over items, `lanes` at a time. */
async function inLanes<T>(items: T[], lanes: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
}

async function activeMembers(deps: MailDeps, ids: Iterable<string>): Promise<Member[]> {
  const members: Member[] = [];
  await inLanes([...ids], 8, async (id) => {
    const member = await deps.members.get(id);
    if (member?.status === 'active') members.push(member);
  });
  return members;
}

/** The recipients of a message, listed when the worker takes it, not in the request. */
async function* recipientsOf(deps: MailDeps, message: OutboxMessage): AsyncGenerator<Recipient[]> {
  if (isRoundMessage(message)) {
    yield* roundRecipients(deps, message);
    return;
  }
  if (message.audience === 'active-members') {
    let cursor: string | undefined;
    do {
      const page = await deps.members.list({ limit: 100, cursor, status: 'active' });
      yield page.items.map(asRecipient);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return;
  }
  if (message.audience === 'followers') {
    let cursor: string | undefined;
    do {
      const page = await deps.subscriptions.followers(message.session.theme, cursor);
      yield page.items.map((follower) => ({
        address: follower.email.toLowerCase(),
        name: follower.email,
        memberId: null,
        language: follower.language,
        unsubscribeToken: follower.unsubscribeToken,
      }));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return;
  }
  const [{ rsvps }, guests] = await Promise.all([
    deps.sessions.getWithRsvps(message.sessionId),
    deps.guests.listForSession(message.sessionId),
  ]);
  // A confirmed guest holds a seat like a member who said yes, so hears what they hear.
  const confirmedGuests = guests.filter((guest) => guest.status === 'confirmed').map(asGuestRecipient);
  if (message.audience === 'coming') {
    const coming = rsvps.filter((rsvp) => rsvp.answer === 'yes' || rsvp.answer === 'maybe');
    const needs = new Map(coming.map((rsvp) => [rsvp.memberId, rsvp.needs]));
    const members = await activeMembers(
      deps,
      coming.map((rsvp) => rsvp.memberId),
    );
    yield members.map((member) => ({ ...asRecipient(member), needs: needs.get(member.id) }));
    yield confirmedGuests;
    return;
  }
  const told = await invitedNotDeclined(deps, message.sessionId, rsvps);
  yield (await activeMembers(deps, told.keys())).map(asRecipient);
  yield confirmedGuests;
}

/**
 * Writes a delivery for every recipient that has none yet; answers whether all were listed before
 * the deadline (if not, the next pass lists them again, keeping what this one wrote).
 */
async function expand(deps: MailDeps, message: OutboxMessage, at: string, deadline: number): Promise<boolean> {
  for await (const page of recipientsOf(deps, message)) {
    if (Date.now() >= deadline) return false;
    await inLanes(page, 10, async (recipient) => {
      await deps.outbox.addDelivery(message.id, { ...recipient, status: 'pending', updatedAt: at, error: null });
    });
  }
  return true;
}

/** What a message says to one recipient. */
interface Composer {
  compose(delivery: StoredDelivery): OutgoingMail;
}

async function composer(deps: MailDeps, message: OutboxMessage): Promise<Composer> {
  if (isRoundMessage(message)) return roundComposer(deps, message);
  const { session } = message;
  const theme: Theme | undefined = await deps.themes.get(session.theme);
  if (message.kind === 'follower-news') {
    const news = message.news ?? 'scheduled';
    const url = `${deps.portalOrigin}/${news === 'published' ? 'outcomes' : 'sessions'}/${session.id}`;
    return {
      compose: (delivery) =>
        followerNewsMail(
          delivery.address,
          delivery.language,
          theme ?? ({ slug: session.theme, name: { az: session.theme, en: session.theme } } as Theme),
          { kind: news, session, url },
          `${deps.portalOrigin}/api/subscriptions/unsubscribe?token=${delivery.unsubscribeToken ?? ''}`,
        ),
    };
  }
  const { sessionsCalendar } = await import('./calendar.ts');
  const ics = sessionsCalendar([session], {
    name: session.title.en,
    portalOrigin: deps.portalOrigin,
    themes: new Map(theme ? [[theme.slug, theme]] : []),
    method: message.kind === 'cancelled' ? 'CANCEL' : 'REQUEST',
  });
  const context: SessionMailContext = { session, theme, portalOrigin: deps.portalOrigin, ics };
  const kind = message.kind;
  return {
    compose: (delivery) =>
      sessionMail(
        kind,
        { email: delivery.address, name: delivery.name, language: delivery.language },
        context,
        delivery.needs,
      ),
  };
}

/** Spaces the starts of sends so that `perSecond` is never exceeded (0: as fast as SES answers). */
function pacer(deps: Pick<MailDeps, 'sleep'>, perSecond: number) {
  const gap = perSecond > 0 ? 1000 / perSecond : 0;
  let nextAt = 0;
  return async () => {
    if (gap === 0) return;
    const now = Date.now();
    const wait = Math.max(0, nextAt - now);
    nextAt = Math.max(now, nextAt) + gap;
    if (wait > 0) await deps.sleep(wait);
  };
}

export function countsOf(deliveries: Array<Pick<StoredDelivery, 'status'>>): MessageCounts {
  const count = (...statuses: DeliveryStatus[]) => deliveries.filter((d) => statuses.includes(d.status)).length;
  return {
    recipients: deliveries.length,
    sent: count('sent', 'bounced'),
    failed: count('failed'),
    bounced: count('bounced'),
    notSent: count('suppressed', 'unknown'),
    pending: count('pending', 'sending'),
  };
}

const kindWords: Record<OutboxMessage['kind'], string> = {
  invitation: 'Invitation',
  changed: 'Notice of change',
  cancelled: 'Notice of cancellation',
  reminder: 'Reminder',
  'follower-news': 'Follower news',
  'round-request': 'Monitoring request',
  'round-reminder': 'Monitoring reminder',
  'round-results': 'Monitoring results',
};

export async function runMessagePass(deps: MailDeps, messageId: string, limits: PassLimits): Promise<PassResult> {
  const message = await deps.outbox.get(messageId);
  if (!message || message.state === 'done') return 'nothing-to-do';
  const at = () => deps.now().toISOString();
  const listed = message.expanded || (await expand(deps, message, at(), limits.deadline));

  const deliveries = await deps.outbox.allDeliveries(message.id);
  // Passes over one message run one after another (one stream shard, in order): a claim still
  // standing now belongs to a pass that was cut off, and whether SES took it is unknown.
  for (const delivery of deliveries.filter((d) => d.status === 'sending')) {
    if (await deps.outbox.abandon(message.id, delivery.address, at())) delivery.status = 'unknown';
  }
  const pending = deliveries.filter((d) => d.status === 'pending');
  const bouncing = await deps.mailSuppressions.marked(pending.map((d) => d.address));
  for (const delivery of pending.filter((d) => bouncing.has(d.address))) {
    if (await deps.outbox.suppress(message.id, delivery.address, at())) delivery.status = 'suppressed';
  }

  const toSend = pending.filter((d) => d.status === 'pending');
  const inTime = () => Date.now() < limits.deadline;
  const mail = toSend.length > 0 && inTime() ? await composer(deps, message) : undefined;
  const pace = pacer(deps, deps.mailRate.perSecond);
  let sends = 0;
  let backoffMs = 0;
  let stop = false;
  let transient: unknown;
  await inLanes(toSend, deps.mailRate.lanes, async (delivery) => {
    if (stop || !inTime() || sends >= limits.maxSends) return;
    sends += 1;
    await pace();
    if (!(await deps.outbox.claim(message.id, delivery.address, at()))) return;
    delivery.status = 'sending';
    try {
      await deps.mailer.send({ ...(mail as Composer).compose(delivery), tags: { 'outbox-message': message.id } });
      backoffMs = 0;
      if (await deps.outbox.settle(message.id, delivery.address, 'sent', at())) delivery.status = 'sent';
    } catch (error) {
      if (isThrottle(error)) {
        // SES took nothing: the delivery goes back to pending, and this lane waits longer each time.
        if (await deps.outbox.release(message.id, delivery.address, at())) delivery.status = 'pending';
        backoffMs = Math.min(Math.max(backoffMs * 2, deps.mailRate.backoffMs), 20_000);
        if (Date.now() + backoffMs >= limits.deadline) stop = true;
        else await deps.sleep(backoffMs);
      } else if (refusalNames.has((error as Error)?.name)) {
        const reason = `${(error as Error).name}: ${(error as Error).message}`.slice(0, 300);
        if (await deps.outbox.settle(message.id, delivery.address, 'failed', at(), reason)) delivery.status = 'failed';
      } else if (neverReachedSes(error)) {
        if (await deps.outbox.release(message.id, delivery.address, at())) delivery.status = 'pending';
        transient ??= error;
        stop = true;
      } else {
        // Not known to be refused, and SES's answer never came back: SES may have taken it.
        // At most once: it is not sent again, and the invocation fails so the stream retries the rest.
        if (await deps.outbox.abandon(message.id, delivery.address, at())) delivery.status = 'unknown';
        transient ??= error;
        stop = true;
      }
    }
  });

  // SES could not be reached: the invocation fails and the stream retries it with backoff
  // (then the dead-letter queue), rather than touching the message into a tight loop.
  if (transient) throw transient;
  const counts = countsOf(deliveries);
  const done = listed && counts.pending === 0;
  const now = deps.now();
  try {
    await deps.outbox.endPass(
      message,
      { counts, listed },
      now.toISOString(),
      done
        ? auditEvent(
            now,
            null,
            'mail.sent',
            isRoundMessage(message)
              ? { type: 'round', id: message.roundId }
              : { type: 'session', id: message.sessionId },
            `${kindWords[message.kind]}: ${counts.recipients} recipients, ${counts.sent} sent, ${counts.failed} failed, ${counts.notSent} not sent`,
          )
        : null,
    );
  } catch (error) {
    // Another pass ended first (a stream record delivered twice): it carries the work on.
    if (!(error instanceof PreconditionFailed)) throw error;
  }
  return done ? 'done' : 'continues';
}
