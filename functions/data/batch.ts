import { BatchGetCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ServiceUnavailable } from '#functions/errors.ts';
import { dynamo } from './clients.ts';
import { tableName } from './table.ts';

type Key = Record<string, unknown>;
type WriteRequest = Record<string, unknown>;

const getLimit = 100;
const writeLimit = 25;
const attempts = 6;
const backoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt));

/**
 * Every item of `keys` that exists, in chunks of 100 and in no particular order. DynamoDB may
 * leave keys unprocessed when throttled; those are asked again with backoff, and if some are
 * still left the read fails rather than passing a missing item off as one that does not exist.
 */
export async function batchGetAll(keys: Key[], options: { consistent?: boolean } = {}): Promise<Key[]> {
  const found: Key[] = [];
  for (let start = 0; start < keys.length; start += getLimit) {
    let pending = keys.slice(start, start + getLimit);
    for (let attempt = 0; pending.length > 0 && attempt < attempts; attempt += 1) {
      if (attempt > 0) await backoff(attempt);
      const result = await dynamo().send(
        new BatchGetCommand({
          RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: options.consistent ?? false } },
        }),
      );
      found.push(...(result.Responses?.[tableName()] ?? []));
      pending = result.UnprocessedKeys?.[tableName()]?.Keys ?? [];
    }
    if (pending.length > 0) throw new ServiceUnavailable('The database is busy; try again in a moment.');
  }
  return found;
}

/** Puts and deletes in chunks of 25, retrying what DynamoDB leaves unprocessed, as batchGetAll does. */
export async function batchWriteAll(requests: WriteRequest[]): Promise<void> {
  for (let start = 0; start < requests.length; start += writeLimit) {
    let pending = requests.slice(start, start + writeLimit);
    for (let attempt = 0; pending.length > 0 && attempt < attempts; attempt += 1) {
      if (attempt > 0) await backoff(attempt);
      const result = await dynamo().send(new BatchWriteCommand({ RequestItems: { [tableName()]: pending as never } }));
      pending = (result.UnprocessedItems?.[tableName()] ?? []) as WriteRequest[];
    }
    if (pending.length > 0) throw new ServiceUnavailable('The database is busy; try again in a moment.');
  }
}
