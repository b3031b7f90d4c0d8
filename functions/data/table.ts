import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { QueryCommand, type QueryCommandInput, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { config } from '#functions/config.ts';
import { ValidationFailed } from '#functions/errors.ts';
import { dynamo } from './clients.ts';
import { tableDefinition } from './table-definition.ts';

export const tableName = (): string => config().TABLE_NAME;

/** Item attributes shared by every record; each entity module adds its own. */
export interface KeyedItem {
  PK: string;
  SK: string;
}

/** The key attributes a page of this query ends on: the table's, and the index's if it has one. */
function cursorKeyNames(input: QueryCommandInput): string[] {
  const index = tableDefinition.globalSecondaryIndexes.find((gsi) => gsi.indexName === input.IndexName);
  const names: string[] = [tableDefinition.partitionKey, tableDefinition.sortKey];
  if (index) names.push(index.partitionKey, index.sortKey);
  return names.sort();
}

/**
 * What a cursor is bound to: everything that decides which items a query reads and in what order
 * (not the page size). A cursor of one list, or of the same list with other filters, is refused.
 */
function queryFingerprint(input: QueryCommandInput): string {
  const values = Object.entries(input.ExpressionAttributeValues ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const scope = [
    input.IndexName ?? '',
    input.KeyConditionExpression,
    input.FilterExpression ?? '',
    values,
    input.ScanIndexForward !== false,
  ];
  return createHash('sha256').update(JSON.stringify(scope)).digest('base64url').slice(0, 16);
}

const unknownCursor = () =>
  new ValidationFailed([{ field: 'query.cursor', code: 'unknown-cursor', message: 'Not a cursor this API gave out.' }]);

/** The LastEvaluatedKey as an opaque, URL-safe cursor, bound to the query that produced it. */
export function encodeCursor(lastKey: Record<string, unknown> | undefined, input: QueryCommandInput): string | null {
  if (!lastKey) return null;
  return Buffer.from(JSON.stringify({ q: queryFingerprint(input), k: lastKey }), 'utf8').toString('base64url');
}

/**
 * Reads a cursor back for the query it is offered to: it must be one this query gave out (same
 * fingerprint), name exactly the query's key attributes with string values, and stay in the
 * query's partition. Anything else is a 400 naming `cursor` (ARCHITECTURE.md, lists and cursors).
 */
export function decodeCursor(cursor: string | undefined, input: QueryCommandInput): Record<string, string> | undefined {
  if (!cursor) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw unknownCursor();
  }
  const { q, k } = (parsed && typeof parsed === 'object' ? parsed : {}) as { q?: unknown; k?: unknown };
  if (q !== queryFingerprint(input) || !k || typeof k !== 'object' || Array.isArray(k)) throw unknownCursor();
  const key = k as Record<string, unknown>;
  const names = Object.keys(key).sort();
  const expected = cursorKeyNames(input);
  if (names.length !== expected.length || names.some((name, i) => name !== expected[i])) throw unknownCursor();
  if (Object.values(key).some((value) => typeof value !== 'string' || value.length === 0 || value.length > 1024)) {
    throw unknownCursor();
  }
  const partition = /^\s*(\w+)\s*=\s*(:\w+)/.exec(input.KeyConditionExpression ?? '');
  if (partition && key[partition[1] as string] !== input.ExpressionAttributeValues?.[partition[2] as string]) {
    throw unknownCursor();
  }
  return key as Record<string, string>;
}

/**
 * One page of a Query, from a cursor this query gave out. A cursor that passes the checks above
 * but still does not fit the key condition (a sort key outside its range) is DynamoDB's
 * ValidationException: that is the caller's cursor, so a 400 as well, never a 500.
 */
export async function queryPage(
  input: QueryCommandInput,
  cursor: string | undefined,
  options: { fill?: boolean } = {},
): Promise<{ items: Record<string, unknown>[]; nextCursor: string | null }> {
  const start = decodeCursor(cursor, input);
  const items: Record<string, unknown>[] = [];
  let from = start;
  let reads = 0;
  let result: QueryCommandOutput;
  do {
    // A filter applies after the Limit: each read asks only for what the page still lacks, so the
    // page never holds more than Limit items and its cursor is exact.
    const limit = input.Limit === undefined ? undefined : input.Limit - items.length;
    try {
      result = await dynamo().send(
        new QueryCommand({
          ...input,
          ...(limit ? { Limit: limit } : {}),
          ...(from ? { ExclusiveStartKey: from } : {}),
        }),
      );
    } catch (error) {
      if (start && (error as Error)?.name === 'ValidationException') throw unknownCursor();
      throw error;
    }
    items.push(...(result.Items ?? []));
    from = result.LastEvaluatedKey;
    reads += 1;
  } while (
    options.fill &&
    input.FilterExpression &&
    from &&
    input.Limit !== undefined &&
    items.length < input.Limit &&
    reads < maxFilteredReads
  );
  return { items, nextCursor: encodeCursor(from, input) };
}

/**
 * How many reads a filtered list that asks to be filled makes at most (the members search):
 * enough that a first page is not empty while matches exist further on, bounded so one
 * request never walks a whole partition (ARCHITECTURE.md, "Invariants").
 */
const maxFilteredReads = 10;

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

/**
 * Every item a Query reads, following LastEvaluatedKey: one call unless the result passes 1 MB.
 * For a partition the portal reads whole (a session with its answers, a round with its reports).
 */
export async function queryAll(input: QueryCommandInput): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
