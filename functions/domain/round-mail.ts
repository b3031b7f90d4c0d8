import type { OutgoingMail } from '#functions/data/mail.ts';
import type { RoundOutboxMessage, StoredDelivery } from '#functions/data/outbox.ts';
import { NotFound } from '#functions/errors.ts';
import type { Member } from '#shared/schemas/member.ts';
import { roundRequestMail, roundResultsMail } from './emails/rounds.ts';
import type { MailDeps } from './mail-deps.ts';
import { recordedDeliveries } from './mail-messages.ts';
import { answeringMembers, organisationKey } from './round-addressees.ts';

/**
 * The mail of a monitoring round, for the mail worker (ARCHITECTURE.md, "Mail outbox"): who it
 * goes to and what it says, read from the round when the worker takes the message.
 */
type Recipient = Omit<StoredDelivery, 'status' | 'updatedAt' | 'error'>;

async function roundOf(deps: MailDeps, message: RoundOutboxMessage) {
  const { round, reports } = await deps.rounds.getWithReports(message.roundId);
  if (!round) throw new Error(`round ${message.roundId} not found`);
  return { round, answered: new Set(reports.map((report) => report.organisationKey)) };
}

const asRecipient = (member: Member): Recipient => ({
  address: member.email.toLowerCase(),
  name: member.name,
  memberId: member.id,
  language: member.language,
});

export async function* roundRecipients(deps: MailDeps, message: RoundOutboxMessage): AsyncGenerator<Recipient[]> {
  const { round, answered } = await roundOf(deps, message);
  if (message.audience === 'round-followers') {
    const themes = new Set(round.recommendations.filter((r) => r.visibility === 'public').map((r) => r.theme));
    for (const theme of themes) {
      let cursor: string | undefined;
      do {
        const page = await deps.subscriptions.followers(theme, cursor);
        yield page.items.map((follower) => ({
          address: follower.email.toLowerCase(),
          name: follower.email,
          memberId: null,
          language: follower.language,
          unsubscribeToken: follower.unsubscribeToken,
        }));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    }
    return;
  }
  const asked = new Set(
    round.addressees
      .filter((addressee) => message.audience === 'round-addressees' || !answered.has(addressee.key))
      .map((addressee) => addressee.key),
  );
  const members = await answeringMembers(deps);
  yield members.filter((member) => asked.has(organisationKey(member.organisation))).map(asRecipient);
}

export async function roundComposer(
  deps: MailDeps,
  message: RoundOutboxMessage,
): Promise<{ compose(delivery: StoredDelivery): OutgoingMail }> {
  const { round } = await roundOf(deps, message);
  if (message.kind === 'round-results') {
    return {
      compose: (delivery) =>
        roundResultsMail(
          { email: delivery.address, language: delivery.language },
          round,
          deps.portalOrigin,
          `${deps.portalOrigin}/api/subscriptions/unsubscribe?token=${delivery.unsubscribeToken ?? ''}`,
        ),
    };
  }
  const kind = message.kind;
  const organisations = new Map((await answeringMembers(deps)).map((m) => [m.id, organisationKey(m.organisation)]));
  const byKey = new Map(round.addressees.map((addressee) => [addressee.key, addressee]));
  return {
    compose: (delivery) => {
      const addressee = byKey.get(organisations.get(delivery.memberId ?? '') ?? '');
      return roundRequestMail(
        kind,
        { email: delivery.address, language: delivery.language, organisation: addressee?.organisation ?? '' },
        round,
        addressee?.recommendations ?? [],
        deps.portalOrigin,
      );
    },
  };
}

/** Every message of a round, with its counts and who it went to (the secretariat's record). */
export async function roundMessages(deps: Pick<MailDeps, 'outbox' | 'rounds'>, roundId: string) {
  const { round } = await deps.rounds.getWithReports(roundId);
  if (!round) throw new NotFound('No such round.');
  const messages = await deps.outbox.forRound(roundId);
  const items = await Promise.all(
    messages.map(async (message) => ({
      id: message.id,
      kind: message.kind,
      sessionId: null,
      roundId: message.roundId,
      state: message.state,
      createdAt: message.createdAt,
      finishedAt: message.finishedAt,
      counts: message.counts,
      deliveries: await recordedDeliveries(deps, message.id),
    })),
  );
  return { items };
}
