import type { MessageCounts, MessageState, RoundMessageKind, SessionMessageKind } from '#shared/schemas/message.ts';
import type { Session } from '#shared/schemas/session.ts';
import { outboxKeys } from './keys.ts';
import { tableName } from './table.ts';

/**
 * The mail outbox (ARCHITECTURE.md, "Mail outbox"). A message is `MESSAGE#<id>` / `MESSAGE`,
 * written in the same transaction as the change it tells about; the table's stream hands it to
 * the mail worker (filtered on `type` and `state`, see functions/events/mail-stream-filter.ts).
 * Its deliveries share its partition, one `TO#<address>` each, so an address gets a message at
 * most once and a message's recipients are one Query. A session's messages are listed under
 * `MESSAGES#SESSION#<id>` in GSI1, newest last.
 */
export const outboxMessageType = 'outbox-message';

/** Who a message goes to; the worker lists them when it takes the message (not in the request). */
export type Audience =
  /** Every active member: the invitation when a session is scheduled. */
  | 'active-members'
  /** Everyone invited to the session, and everyone who answered, except those who declined. */
  | 'invited-not-declined'
  /** Those who answered yes or maybe: the reminder. */
  | 'coming'
  /** The confirmed followers of the session's theme. */
  | 'followers';

/** Who hears of a monitoring round (ARCHITECTURE.md, "Recommendations followed through"). */
export type RoundAudience =
  /** The members of each addressee organisation: the request. */
  | 'round-addressees'
  /** The members of addressee organisations that have not answered yet: the reminder. */
  | 'round-unanswered'
  /** The confirmed followers of the themes the round asked about: the results. */
  | 'round-followers';

/** What a message is in the worker's hands: its progress, whatever it is about. */
interface MessageProgress {
  id: string;
  state: MessageState;
  /** Whether every delivery has been written. */
  expanded: boolean;
  /** Each worker pass that leaves work behind adds one: the stream then hands the message over again. */
  pass: number;
  counts: MessageCounts;
  createdAt: string;
  finishedAt: string | null;
}

/** Mail about a monitoring round; the worker reads the round when it lists recipients and composes. */
export interface RoundOutboxMessage extends MessageProgress {
  kind: RoundMessageKind;
  roundId: string;
  audience: RoundAudience;
}

export type OutboxMessage = SessionOutboxMessage | RoundOutboxMessage;

export const isRoundMessage = (message: OutboxMessage): message is RoundOutboxMessage => 'roundId' in message;

export interface SessionOutboxMessage extends MessageProgress {
  kind: SessionMessageKind;
  sessionId: string;
  /** The session as the change left it: what the message says, even if it changes again later. */
  session: Session;
  audience: Audience;
  /** For follower news: what happened. */
  news: 'scheduled' | 'published' | null;
}

/** A new message: the Put that goes into the transaction of the change it tells about. */
export function outboxPut(message: OutboxMessage) {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...outboxKeys.message(message.id),
        GSI1PK: isRoundMessage(message)
          ? outboxKeys.roundMessages(message.roundId)
          : outboxKeys.sessionMessages(message.sessionId),
        GSI1SK: `${message.createdAt}#${message.id}`,
        type: outboxMessageType,
        ...message,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}
