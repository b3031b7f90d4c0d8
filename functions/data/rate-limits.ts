import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { dynamo } from './clients.ts';
import { fromItem } from './items.ts';
import { rateLimitKey } from './keys.ts';
import { isConditionFailure, tableName } from './table.ts';

/**
 * A sliding-window log of recent attempts for one subject (e.g. sign-in links to an address):
 * the times of the attempts within the window, and a version for conditional writes.
 * `expiresAt` (epoch seconds) lets TTL remove idle logs; reads never rely on it.
 */
const attemptLogSchema = z.object({ attempts: z.array(z.number()), version: z.number() });
export type AttemptLog = z.infer<typeof attemptLogSchema>;

const logKey = rateLimitKey;

export const rateLimits = {
  async get(subject: string): Promise<AttemptLog> {
    const result = await dynamo().send(
      new GetCommand({ TableName: tableName(), Key: logKey(subject), ConsistentRead: true }),
    );
    return result.Item ? fromItem(attemptLogSchema, result.Item) : { attempts: [], version: 0 };
  },

  /** Saves the log if nobody else changed it since it was read; answers whether it did. */
  async save(subject: string, log: AttemptLog, expiresAt: number): Promise<boolean> {
    try {
      await dynamo().send(
        new PutCommand({
          TableName: tableName(),
          Item: { ...logKey(subject), type: 'rate-log', attempts: log.attempts, version: log.version + 1, expiresAt },
          ConditionExpression: 'attribute_not_exists(PK) OR #version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': log.version },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  },
};

export type RateLimits = typeof rateLimits;
