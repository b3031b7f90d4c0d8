import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { config } from '#functions/config.ts';
import { ValidationFailed } from '#functions/errors.ts';

export const tableName = (): string => config().TABLE_NAME;

/** Item attributes shared by every record; each entity module adds its own. */
export interface KeyedItem {
  PK: string;
  SK: string;
}

/** The LastEvaluatedKey as an opaque, URL-safe cursor. */
export function encodeCursor(lastKey: Record<string, unknown> | undefined): string | null {
  if (!lastKey) return null;
  return Buffer.from(JSON.stringify(lastKey), 'utf8').toString('base64url');
}

/** Reads a cursor back; only string-valued key attributes are accepted, so it cannot smuggle anything. */
export function decodeCursor(cursor: string | undefined): Record<string, string> | undefined {
  if (!cursor) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      parsed &&
      typeof parsed === 'object' &&
      !Array.isArray(parsed) &&
      Object.entries(parsed).every(([key, value]) => /^(PK|SK|GSI\dPK|GSI\dSK)$/.test(key) && typeof value === 'string')
    ) {
      return parsed as Record<string, string>;
    }
  } catch {
    // falls through to the validation error below
  }
  throw new ValidationFailed([
    { field: 'query.cursor', code: 'unknown-cursor', message: 'Not a cursor this API gave out.' },
  ]);
}

export function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException || (error as Error)?.name === 'ConditionalCheckFailedException'
  );
}

/** The cancellation reason codes of a failed transaction, one per item, in order. */
export function cancellationCodes(error: unknown): string[] | undefined {
  if (error instanceof TransactionCanceledException || (error as Error)?.name === 'TransactionCanceledException') {
    return ((error as TransactionCanceledException).CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
  }
  return undefined;
}

export const epochSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/**
 * A Put that succeeds only if the stored item still has the version `before` was read at, or,
 * without `before`, only if there is no item yet: optimistic locking for every entity.
 */
export function versionedPut(item: Record<string, unknown>, before: { version: number } | undefined) {
  return {
    Put: {
      TableName: tableName(),
      Item: item,
      ...(before
        ? {
            ConditionExpression: 'attribute_exists(PK) AND #version = :expected',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':expected': before.version },
          }
        : { ConditionExpression: 'attribute_not_exists(PK)' }),
    },
  };
}
