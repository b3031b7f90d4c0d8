import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { type Guest, guestSchema } from '#shared/schemas/guest.ts';
import { dynamo } from './clients.ts';
import { itemReader } from './items.ts';
import { sessionKeys } from './keys.ts';
import { type RsvpWriteResult, seatChange, seatWriteResult } from './sessions.ts';
import { isConditionFailure, queryAll, tableName } from './table.ts';

/**
 * A guest's registration for a public session lives in the session's partition, beside the
 * members' answers: `SESSION#<id>` / `GUEST#<guestId>`, where the id is derived from the session
 * and the address, so one address holds one registration a session. Its links carry
 * `<sessionId>.<guestId>.<secret>`; only the secret's hash is stored (`confirmTokenHash`,
 * `cancelTokenHash`). A pending registration carries `expiresAt` so that TTL removes it if it is
 * never confirmed; confirming removes it. A confirmed registration holds one seat of the
 * session's shared count (see `seatChange`).
 */
export interface StoredGuest extends Guest {
  sessionId: string;
  confirmTokenHash: string;
  cancelTokenHash: string;
  /** Epoch seconds after which the confirmation link no longer works. */
  confirmBy: number;
  version: number;
}

const guestKey = sessionKeys.guest;

const guestFromItem = itemReader(
  z.extend(guestSchema, {
    sessionId: z.string(),
    confirmTokenHash: z.string(),
    cancelTokenHash: z.string(),
    confirmBy: z.int(),
    version: z.int(),
  }),
  { confirmedAt: null },
);

function guestItem(guest: StoredGuest) {
  return {
    ...guestKey(guest.sessionId, guest.id),
    type: 'guest',
    ...guest,
    ...(guest.status === 'pending' ? { expiresAt: guest.confirmBy } : {}),
  };
}

/** The guest write, replacing `before` only if nobody changed it since it was read. */
function guestPut(guest: StoredGuest, before: StoredGuest | undefined) {
  return {
    Put: {
      TableName: tableName(),
      Item: guestItem(guest),
      ...(before
        ? {
            ConditionExpression: '#version = :expected',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':expected': before.version },
          }
        : { ConditionExpression: 'attribute_not_exists(PK)' }),
    },
  };
}

export type GuestWriteResult = RsvpWriteResult;

export const guestsRepository = {
  async get(sessionId: string, guestId: string): Promise<StoredGuest | undefined> {
    const result = await dynamo().send(
      new GetCommand({ TableName: tableName(), Key: guestKey(sessionId, guestId), ConsistentRead: true }),
    );
    return result.Item ? guestFromItem(result.Item) : undefined;
  },

  /** Every registration of one session, one Query (paged only past 1 MB). */
  async listForSession(sessionId: string): Promise<StoredGuest[]> {
    const items = await queryAll({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :guest)',
      ExpressionAttributeValues: { ':pk': sessionKeys.partition(sessionId), ':guest': sessionKeys.guestsPrefix },
    });
    return items.map(guestFromItem);
  },

  /** Saves a registration that takes or gives back no seat (pending, a new link); false if it changed meanwhile. */
  async save(guest: StoredGuest, before: StoredGuest | undefined): Promise<boolean> {
    try {
      await dynamo().send(new PutCommand(guestPut(guest, before).Put));
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  },

  /**
   * Moves a registration and the session's seat count together: `seatDelta` +1 when it is
   * confirmed (only while the session is scheduled and has room), -1 when a confirmed one is
   * cancelled (only while the session is scheduled).
   */
  async saveWithSeat(guest: StoredGuest, before: StoredGuest, seatDelta: 1 | -1): Promise<GuestWriteResult> {
    try {
      await dynamo().send(
        new TransactWriteCommand({ TransactItems: [seatChange(guest.sessionId, seatDelta), guestPut(guest, before)] }),
      );
      return 'saved';
    } catch (error) {
      return seatWriteResult(error, seatDelta);
    }
  },
};

export type GuestsRepository = typeof guestsRepository;
