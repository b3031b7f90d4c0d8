import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';

/**
 * What Lambda's DynamoDB Streams event source does in AWS, for the local stack: reads the table's
 * stream (DynamoDB Local implements the Streams API), keeps the records the filter matches, and
 * hands them to the handler in order, one batch at a time per shard. A batch whose handler reports
 * failures is retried from the first failed record with backoff, then given up on (in AWS: the
 * dead-letter queue), as the event source mapping does (ARCHITECTURE.md, "Mail outbox").
 */
export interface StreamRelayOptions {
  endpoint: string;
  region: string;
  tableName: string;
  matches: (record: unknown) => boolean;
  handle: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined>;
  onError: (error: unknown) => void;
  batchSize?: number;
  /**
   * Batches of one shard handled at once, each partition key's records kept in order, as the event
   * source mapping's ParallelizationFactor does.
   */
  parallelization?: number;
  pollMs?: number;
  retryAttempts?: number;
}

/** GetRecords' own maximum: the filter is applied before batching, as the event source mapping does. */
const readLimit = 1000;

export interface StreamRelay {
  stop(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startStreamRelay(options: StreamRelayOptions): Promise<StreamRelay> {
  const { endpoint, region, tableName } = options;
  const batchSize = options.batchSize ?? 10;
  const pollMs = options.pollMs ?? 100;
  const retryAttempts = options.retryAttempts ?? 5;
  const credentials = { accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'local', secretAccessKey: 'local' };
  const table = new DynamoDBClient({ endpoint, region, credentials });
  const streams = new DynamoDBStreamsClient({ endpoint, region, credentials });
  const described = await table.send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = described.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`The table ${tableName} has no stream: provision it again (dev/provision.ts).`);

  let running = true;
  const followed = new Set<string>();
  const loops: Promise<void>[] = [];

  const parallelization = options.parallelization ?? 1;

  /** The matching records of one page, in batches that keep each partition key's records in order. */
  async function deliverPage(records: StreamRecord[]): Promise<void> {
    const lanes = new Map<string, StreamRecord[]>();
    for (const record of records.filter((candidate) => options.matches(candidate))) {
      const key = JSON.stringify(record.dynamodb?.Keys?.PK ?? '');
      const lane = lanes.get(key) ?? [];
      lane.push(record);
      lanes.set(key, lane);
    }
    const queues = Array.from({ length: parallelization }, () => [] as StreamRecord[]);
    [...lanes.values()].forEach((lane, index) => {
      queues[index % parallelization]?.push(...lane);
    });
    await Promise.all(
      queues.map(async (queue) => {
        for (let start = 0; start < queue.length && running; start += batchSize) {
          await deliver(queue.slice(start, start + batchSize));
        }
      }),
    );
  }

  async function deliver(records: StreamRecord[]): Promise<void> {
    let batch = records;
    for (let attempt = 0; batch.length > 0 && running; attempt += 1) {
      const answer = await options
        .handle({ Records: batch } as unknown as DynamoDBStreamEvent)
        .catch((error: unknown) => {
          options.onError(error);
          return { batchItemFailures: [{ itemIdentifier: batch[0]?.dynamodb?.SequenceNumber ?? '' }] };
        });
      const failed = answer?.batchItemFailures ?? [];
      if (failed.length === 0) return;
      if (attempt >= retryAttempts) {
        options.onError(new Error(`stream records given up after ${retryAttempts} retries: ${failed.length}`));
        return;
      }
      const first = batch.findIndex((record) =>
        failed.some((failure) => failure.itemIdentifier === record.dynamodb?.SequenceNumber),
      );
      batch = batch.slice(Math.max(0, first));
      await pause(Math.min(200 * 2 ** attempt, 5_000));
    }
  }

  async function follow(shardId: string): Promise<void> {
    let iterator = (
      await streams.send(
        new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }),
      )
    ).ShardIterator;
    while (running && iterator) {
      try {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: readLimit }));
        iterator = page.NextShardIterator;
        if (page.Records?.length) await deliverPage(page.Records);
        else await pause(pollMs);
      } catch (error) {
        if (!running) return;
        if (error instanceof ExpiredIteratorException) return;
        options.onError(error);
        await pause(1_000);
      }
    }
  }

  async function discover(): Promise<void> {
    while (running) {
      try {
        const stream = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
        for (const shard of stream.StreamDescription?.Shards ?? []) {
          if (!shard.ShardId || followed.has(shard.ShardId)) continue;
          followed.add(shard.ShardId);
          loops.push(follow(shard.ShardId));
        }
      } catch (error) {
        if (running) options.onError(error);
      }
      await pause(1_000);
    }
  }

  const discovering = discover();
  return {
    async stop() {
      running = false;
      await discovering;
      await Promise.allSettled(loops);
      table.destroy();
      streams.destroy();
    },
  };
}

/** The mail worker fed by the local table's stream, as Lambda feeds it in AWS. */
export async function startMailRelay(onError: (error: unknown) => void): Promise<StreamRelay> {
  const [{ mailStreamFilter, matchesPattern }, { config }] = await Promise.all([
    import('#functions/events/mail-stream-filter.ts'),
    import('#functions/config.ts'),
  ]);
  const settings = config();
  return startStreamRelay({
    endpoint: settings.DYNAMODB_ENDPOINT ?? '',
    region: settings.AWS_REGION,
    tableName: settings.TABLE_NAME,
    matches: (record) => matchesPattern(record, mailStreamFilter),
    // The local mailbox has no quota (MAIL_SEND_RATE=0 in dev/stack.ts), so one session's large
    // invitation need not hold up another's notice; in AWS, one lane keeps the pace within SES's.
    parallelization: 4,
    handle: async (event) => {
      const { handler } = await import('#functions/events/mail-worker.ts');
      // The worker's own time limit in AWS (infra/constructs/mail-worker.ts), running down as there.
      const endsAt = Date.now() + 5 * 60_000;
      return handler(event, { getRemainingTimeInMillis: () => endsAt - Date.now() } as never);
    },
    onError,
  });
}
