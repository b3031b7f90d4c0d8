import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { PreconditionFailed } from '#functions/errors.ts';
import type { AuditEvent } from '#shared/schemas/audit.ts';
import type { DeliveryStatus, MessageCounts, MessageKind, MessageState } from '#shared/schemas/message.ts';
import type { AccessibilityNeeds, Session } from '#shared/schemas/session.ts';
import { auditPut } from './audit.ts';
import { dynamo } from './clients.ts';
import { sessionScheduledCheck } from './sessions.ts';
import { cancellationCodes, isConditionFailure, tableName } from './table.ts';

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

export interface OutboxMessage {
  id: string;
  kind: MessageKind;
  sessionId: string;
  /** The session as the change left it: what the message says, even if it changes again later. */
  session: Session;
  audience: Audience;
  /** For follower news: what happened. */
  news: 'scheduled' | 'published' | null;
  state: MessageState;
  /** Whether every delivery has been written. */
  expanded: boolean;
  /** Each worker pass that leaves work behind adds one: the stream then hands the message over again. */
  pass: number;
  counts: MessageCounts;
  createdAt: string;
  finishedAt: string | null;
}

export interface StoredDelivery {
  address: string;
  name: string;
  memberId: string | null;
  language: 'az' | 'en';
  status: DeliveryStatus;
  updatedAt: string;
  error: string | null;
  /** Follower news carries the follower's one-click unsubscribe link. */
  unsubscribeToken?: string;
  /** A reminder names the accessibility arrangements the member asked for. */
  needs?: AccessibilityNeeds;
}

export const emptyCounts: MessageCounts = { recipients: 0, sent: 0, failed: 0, bounced: 0, notSent: 0, pending: 0 };

const partition = (id: string) => `MESSAGE#${id}`;
const messageKey = (id: string) => ({ PK: partition(id), SK: 'MESSAGE' });
const deliveryKey = (id: string, address: string) => ({ PK: partition(id), SK: `TO#${address}` });
const sessionMessages = (sessionId: string) => `MESSAGES#SESSION#${sessionId}`;

/** A new message: the Put that goes into the transaction of the change it tells about. */
export function outboxPut(message: OutboxMessage) {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...messageKey(message.id),
        GSI1PK: sessionMessages(message.sessionId),
        GSI1SK: `${message.createdAt}#${message.id}`,
        type: outboxMessageType,
        ...message,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

const messageFields = [
  'id',
  'kind',
  'sessionId',
  'session',
  'audience',
  'news',
  'state',
  'expanded',
  'pass',
  'counts',
  'createdAt',
  'finishedAt',
] as const;

export function messageFromItem(item: Record<string, unknown>): OutboxMessage {
  const message = Object.fromEntries(messageFields.map((field) => [field, item[field]])) as unknown as OutboxMessage;
  return { ...message, news: message.news ?? null, finishedAt: message.finishedAt ?? null };
}

function deliveryFromItem(item: Record<string, unknown>): StoredDelivery {
  const { address, name, memberId, language, status, updatedAt, error, unsubscribeToken, needs } =
    item as unknown as StoredDelivery;
  return {
    address,
    name,
    memberId: memberId ?? null,
    language,
    status,
    updatedAt,
    error: error ?? null,
    ...(unsubscribeToken ? { unsubscribeToken } : {}),
    ...(needs ? { needs } : {}),
  };
}

const setStatus = (
  id: string,
  address: string,
  from: DeliveryStatus,
  to: DeliveryStatus,
  at: string,
  error: string | null,
) =>
  new UpdateCommand({
    TableName: tableName(),
    Key: deliveryKey(id, address),
    UpdateExpression: 'SET #status = :to, updatedAt = :at, #error = :error',
    ConditionExpression: '#status = :from',
    ExpressionAttributeNames: { '#status': 'status', '#error': 'error' },
    ExpressionAttributeValues: { ':to': to, ':from': from, ':at': at, ':error': error },
  });

/** Runs a conditional write; answers false when its condition did not hold. */
async function conditionally(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export const outbox = {
  async get(id: string): Promise<OutboxMessage | undefined> {
    const result = await dynamo().send(
      new GetCommand({ TableName: tableName(), Key: messageKey(id), ConsistentRead: true }),
    );
    return result.Item ? messageFromItem(result.Item) : undefined;
  },

  /** Writes a delivery unless the address already has one for this message (then answers false). */
  async addDelivery(id: string, delivery: StoredDelivery): Promise<boolean> {
    return conditionally(() =>
      dynamo().send(
        new PutCommand({
          TableName: tableName(),
          Item: { ...deliveryKey(id, delivery.address), type: 'delivery', ...delivery },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      ),
    );
  },

  /** One page of a message's deliveries, in address order. */
  async deliveries(id: string, cursor?: Record<string, unknown>) {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :to)',
        ExpressionAttributeValues: { ':pk': partition(id), ':to': 'TO#' },
        ConsistentRead: true,
        ExclusiveStartKey: cursor,
      }),
    );
    return { items: (page.Items ?? []).map(deliveryFromItem), next: page.LastEvaluatedKey };
  },

  async allDeliveries(id: string): Promise<StoredDelivery[]> {
    const all: StoredDelivery[] = [];
    let cursor: Record<string, unknown> | undefined;
    do {
      const page = await this.deliveries(id, cursor);
      all.push(...page.items);
      cursor = page.next;
    } while (cursor);
    return all;
  },

  /** Claims a pending delivery for sending; false if another pass has it or it is settled. */
  async claim(id: string, address: string, at: string): Promise<boolean> {
    return conditionally(() => dynamo().send(setStatus(id, address, 'pending', 'sending', at, null)));
  },

  /** Settles a claimed delivery: sent, failed, bounced or suppressed. */
  async settle(id: string, address: string, to: DeliveryStatus, at: string, error: string | null = null) {
    return conditionally(() => dynamo().send(setStatus(id, address, 'sending', to, at, error)));
  },

  /** Gives a claimed delivery back (SES refused it for now: throttled), to be sent later. */
  async release(id: string, address: string, at: string) {
    return conditionally(() => dynamo().send(setStatus(id, address, 'sending', 'pending', at, null)));
  },

  /** A pending delivery to an address already marked as bouncing: never sent. */
  async suppress(id: string, address: string, at: string) {
    return conditionally(() => dynamo().send(setStatus(id, address, 'pending', 'suppressed', at, 'mail bouncing')));
  },

  /** A claim whose pass ended before its send was known to have happened: never sent again. */
  async abandon(id: string, address: string, at: string) {
    return conditionally(() =>
      dynamo().send(setStatus(id, address, 'sending', 'unknown', at, 'interrupted while sending')),
    );
  },

  /** Marks a delivered address as bounced (a bounce or complaint notification about it). */
  async markBounced(id: string, address: string, at: string, reason: string) {
    return conditionally(() => dynamo().send(setStatus(id, address, 'sent', 'bounced', at, reason)));
  },

  /**
   * Ends a worker pass. With work left, the message is touched (`pass` + 1) so the stream hands
   * it over again; when none is left it is done, recorded in the audit log in the same write.
   * The condition on `pass` keeps a stale pass from overwriting a newer one.
   */
  async endPass(message: OutboxMessage, counts: MessageCounts, at: string, done: AuditEvent | null): Promise<void> {
    const update = {
      TableName: tableName(),
      Key: messageKey(message.id),
      UpdateExpression: done
        ? 'SET #state = :done, counts = :counts, finishedAt = :at, expanded = :true'
        : 'SET #state = :sending, counts = :counts, expanded = :true, #pass = #pass + :one',
      ConditionExpression: '#pass = :pass',
      ExpressionAttributeNames: { '#state': 'state', '#pass': 'pass' },
      ExpressionAttributeValues: {
        ':counts': counts,
        ':pass': message.pass,
        ':true': true,
        ...(done ? { ':done': 'done', ':at': at } : { ':sending': 'sending', ':one': 1 }),
      },
    };
    try {
      if (done) {
        await dynamo().send(new TransactWriteCommand({ TransactItems: [{ Update: update }, auditPut(done)] }));
      } else {
        await dynamo().send(new UpdateCommand(update));
      }
    } catch (error) {
      if (isConditionFailure(error) || cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') {
        throw new PreconditionFailed();
      }
      throw error;
    }
  },

  /** A session's messages, oldest first (a session has a handful). */
  async forSession(sessionId: string, limit = 50): Promise<OutboxMessage[]> {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': sessionMessages(sessionId) },
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map(messageFromItem);
  },

  /**
   * The reminder of a session, written at most once: its id is the session's, and the write is
   * conditioned on the session still being scheduled (never for a cancelled session).
   */
  async addReminder(message: OutboxMessage): Promise<boolean> {
    try {
      await dynamo().send(
        new TransactWriteCommand({ TransactItems: [sessionScheduledCheck(message.sessionId), outboxPut(message)] }),
      );
      return true;
    } catch (error) {
      if (cancellationCodes(error)?.some((code) => code === 'ConditionalCheckFailed')) return false;
      throw error;
    }
  },
};

export type Outbox = typeof outbox;
