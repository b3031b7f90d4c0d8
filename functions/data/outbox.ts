import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { PreconditionFailed } from '#functions/errors.ts';
import { roundMessageKinds, sessionMessageKinds } from '#shared/constants.ts';
import type { AuditEvent } from '#shared/schemas/audit.ts';
import {
  type DeliveryStatus,
  deliveryStatusSchema,
  type MessageCounts,
  messageCountsSchema,
  messageStateSchema,
} from '#shared/schemas/message.ts';
import { type AccessibilityNeeds, accessibilityNeedsSchema, sessionSchema } from '#shared/schemas/session.ts';
import { auditPut } from './audit.ts';
import { dynamo } from './clients.ts';
import { fromItem } from './items.ts';
import { outboxKeys } from './keys.ts';
import {
  isRoundMessage,
  type OutboxMessage,
  outboxPut,
  type RoundOutboxMessage,
  type SessionOutboxMessage,
} from './outbox-items.ts';
import { sessionScheduledCheck } from './sessions.ts';
import { cancellationCodes, isConditionFailure, queryPage, tableName } from './table.ts';

export {
  type Audience,
  isRoundMessage,
  type OutboxMessage,
  outboxMessageType,
  outboxPut,
  type RoundAudience,
  type RoundOutboxMessage,
  type SessionOutboxMessage,
} from './outbox-items.ts';

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

const { message: messageKey, delivery: deliveryKey, deliveryPrefix, sessionMessages, roundMessages } = outboxKeys;

/** What every stored message holds of its progress, whatever it is about (`MessageProgress`). */
const messageProgressShape = {
  id: z.string(),
  state: messageStateSchema,
  expanded: z.boolean(),
  pass: z.int(),
  counts: messageCountsSchema,
  createdAt: z.string(),
  finishedAt: z._default(z.nullable(z.string()), null),
};

const storedRoundMessageSchema = z.object({
  ...messageProgressShape,
  kind: z.enum(roundMessageKinds),
  roundId: z.string(),
  audience: z.enum(['round-addressees', 'round-unanswered', 'round-followers']),
});

const storedMessageSchema = z.object({
  ...messageProgressShape,
  kind: z.enum(sessionMessageKinds),
  sessionId: z.string(),
  session: sessionSchema,
  audience: z.enum(['active-members', 'invited-not-declined', 'coming', 'followers']),
  news: z._default(z.nullable(z.enum(['scheduled', 'published'])), null),
});

const storedDeliverySchema = z.object({
  address: z.string(),
  name: z.string(),
  memberId: z._default(z.nullable(z.string()), null),
  language: z.enum(['az', 'en']),
  status: deliveryStatusSchema,
  updatedAt: z.string(),
  error: z._default(z.nullable(z.string()), null),
  unsubscribeToken: z.optional(z.string()),
  needs: z.optional(accessibilityNeedsSchema),
});

export function messageFromItem(item: Record<string, unknown>): OutboxMessage {
  if (typeof item.roundId === 'string') return fromItem(storedRoundMessageSchema, item);
  const { session, ...rest } = item;
  const message = fromItem(storedMessageSchema, { ...rest, session: { capacity: null, ...(session as object) } });
  return message;
}

function deliveryFromItem(item: Record<string, unknown>): StoredDelivery {
  const { unsubscribeToken, needs, ...delivery } = fromItem(storedDeliverySchema, item);
  return { ...delivery, ...(unsubscribeToken ? { unsubscribeToken } : {}), ...(needs ? { needs } : {}) };
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
  async deliveries(id: string, cursor?: string) {
    const page = await queryPage(
      {
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :to)',
        ExpressionAttributeValues: { ':pk': messageKey(id).PK, ':to': deliveryPrefix },
        ConsistentRead: true,
      },
      cursor,
    );
    return { items: page.items.map(deliveryFromItem), next: page.nextCursor ?? undefined };
  },

  async allDeliveries(id: string): Promise<StoredDelivery[]> {
    const all: StoredDelivery[] = [];
    let cursor: string | undefined;
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
  /**
   * Ends a pass: done (with its audit event), or touched for the next pass. `listed` says whether
   * every recipient has a delivery; until then each pass lists them again.
   */
  async endPass(
    message: OutboxMessage,
    { counts, listed }: { counts: MessageCounts; listed: boolean },
    at: string,
    done: AuditEvent | null,
  ): Promise<void> {
    const update = {
      TableName: tableName(),
      Key: messageKey(message.id),
      UpdateExpression: done
        ? 'SET #state = :done, counts = :counts, finishedAt = :at, expanded = :listed'
        : 'SET #state = :sending, counts = :counts, expanded = :listed, #pass = #pass + :one',
      ConditionExpression: '#pass = :pass',
      ExpressionAttributeNames: { '#state': 'state', '#pass': 'pass' },
      ExpressionAttributeValues: {
        ':counts': counts,
        ':pass': message.pass,
        ':listed': listed,
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

  /**
   * Hands a message that is not done to the worker again (a person restarts it after its stream
   * records reached the dead-letter queue): `pass` + 1 is a MODIFY the stream filter takes, written
   * with its audit event. Deliveries are not touched: the next pass sends only pending ones, and a
   * claim left standing becomes `unknown` (never resent). False when the message is done.
   */
  async restart(message: OutboxMessage, event: AuditEvent): Promise<boolean> {
    try {
      await dynamo().send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName(),
                Key: messageKey(message.id),
                UpdateExpression: 'SET #pass = #pass + :one',
                ConditionExpression: 'attribute_exists(PK) AND #state <> :done',
                ExpressionAttributeNames: { '#pass': 'pass', '#state': 'state' },
                ExpressionAttributeValues: { ':one': 1, ':done': 'done' },
              },
            },
            auditPut(event),
          ],
        }),
      );
      return true;
    } catch (error) {
      if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') return false;
      throw error;
    }
  },

  /** A session's messages, oldest first (a session has a handful). */
  async forSession(sessionId: string, limit = 50): Promise<SessionOutboxMessage[]> {
    const page = await queryPage(
      {
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': sessionMessages(sessionId) },
        Limit: limit,
      },
      undefined,
    );
    return page.items.map(messageFromItem).filter((message) => !isRoundMessage(message));
  },

  /** A monitoring round's messages, oldest first (a round has a handful). */
  async forRound(roundId: string, limit = 50): Promise<RoundOutboxMessage[]> {
    const page = await queryPage(
      {
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': roundMessages(roundId) },
        Limit: limit,
      },
      undefined,
    );
    return page.items.map(messageFromItem).filter(isRoundMessage);
  },

  /**
   * The reminder of a session, written at most once: its id is the session's, and the write is
   * conditioned on the session still being scheduled (never for a cancelled session).
   */
  async addReminder(message: SessionOutboxMessage): Promise<boolean> {
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
