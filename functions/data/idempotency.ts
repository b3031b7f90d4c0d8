import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { dynamo } from './clients.ts';
import { fromItem } from './items.ts';
import { idempotencyKey } from './keys.ts';
import { isConditionFailure, tableName } from './table.ts';

/**
 * What the API answered to a create sent with an Idempotency-Key, kept so that a retry gets
 * the same answer instead of a second record. Keys belong to one caller (`scope`).
 * `expiresAt` is epoch seconds (the TTL attribute), checked on every read since TTL is late.
 */
const idempotentAnswerSchema = z.object({
  status: z.number(),
  body: z.string(),
  headers: z.record(z.string(), z.string()),
});
export type IdempotentAnswer = z.infer<typeof idempotentAnswerSchema>;

const idempotencyRecordSchema = z.object({
  fingerprint: z.string(),
  answer: z.nullable(idempotentAnswerSchema),
  expiresAt: z.number(),
  /** What the create made, written in the create's own transaction (absent until it commits). */
  committed: z.optional(z.object({ type: z.string(), id: z.string() })),
});
export type IdempotencyRecord = z.infer<typeof idempotencyRecordSchema>;

const recordKey = idempotencyKey;

/** The key a create holds, handed to its transaction so that the record commits with it. */
export interface IdempotentCommit {
  scope: string;
  key: string;
  fingerprint: string;
  expiresAt: number;
}

/**
 * The idempotency record as one more write of a create's transaction (ARCHITECTURE.md,
 * idempotency): the create and "this key made it" commit together or not at all, so a crash
 * before the answer is kept can never lead a retry to create again. The condition also stops a
 * second holder of the same key (one whose hold had run out) from committing a duplicate.
 */
export function idempotentCommitPut(commit: IdempotentCommit, made: { entityType: string; entityId: string }) {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...recordKey(commit.scope, commit.key),
        type: 'idempotency',
        fingerprint: commit.fingerprint,
        answer: null,
        committed: { type: made.entityType, id: made.entityId },
        expiresAt: commit.expiresAt,
      },
      ConditionExpression: 'fingerprint = :fingerprint AND attribute_not_exists(committed)',
      ExpressionAttributeValues: { ':fingerprint': commit.fingerprint },
    },
  };
}

export const idempotencyKeys = {
  /**
   * Takes the key for a request about to run; answers nothing when taken, or the record that
   * holds it (a request under way, or one already answered).
   */
  async claim(
    scope: string,
    key: string,
    fingerprint: string,
    nowSeconds: number,
    holdSeconds: number,
  ): Promise<IdempotencyRecord | undefined> {
    try {
      await dynamo().send(
        new PutCommand({
          TableName: tableName(),
          Item: {
            ...recordKey(scope, key),
            type: 'idempotency',
            fingerprint,
            answer: null,
            expiresAt: nowSeconds + holdSeconds,
          },
          ConditionExpression: 'attribute_not_exists(PK) OR expiresAt < :now',
          ExpressionAttributeValues: { ':now': nowSeconds },
        }),
      );
      return undefined;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const held = await dynamo().send(
      new GetCommand({ TableName: tableName(), Key: recordKey(scope, key), ConsistentRead: true }),
    );
    const record = held.Item ? fromItem(idempotencyRecordSchema, held.Item, { answer: null }) : undefined;
    // Released or expired between the two calls: the caller may simply try again.
    if (!record || record.expiresAt < nowSeconds) return { fingerprint, answer: null, expiresAt: nowSeconds };
    return record;
  },

  /** Keeps the answer for retries until `expiresAt`. */
  async complete(scope: string, key: string, answer: IdempotentAnswer, expiresAt: number): Promise<void> {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: recordKey(scope, key),
        UpdateExpression: 'SET answer = :answer, expiresAt = :expiresAt',
        ExpressionAttributeValues: { ':answer': answer, ':expiresAt': expiresAt },
      }),
    );
  },

  /**
   * Frees the key of a request that did not succeed, so that a corrected retry may use it; never
   * the key of a create that committed (its answer may have failed after the commit).
   */
  async release(scope: string, key: string): Promise<void> {
    try {
      await dynamo().send(
        new DeleteCommand({
          TableName: tableName(),
          Key: recordKey(scope, key),
          ConditionExpression: 'attribute_not_exists(committed)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  },
};

export type IdempotencyKeys = typeof idempotencyKeys;
