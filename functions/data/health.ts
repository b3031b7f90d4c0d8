import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '#functions/config.ts';
import type { HealthProbes } from '#functions/domain/health.ts';
import { dynamo, s3 } from './clients.ts';

const probeTimeoutMs = 2_000;

async function answers(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return true;
  } catch {
    return false;
  }
}

/** Probes that need only the permissions the function already has (GetItem, ListBucket). */
export const healthProbes: HealthProbes = {
  table: () =>
    answers(() =>
      dynamo().send(new GetCommand({ TableName: config().TABLE_NAME, Key: { PK: 'HEALTH', SK: 'HEALTH' } }), {
        abortSignal: AbortSignal.timeout(probeTimeoutMs),
      }),
    ),
  bucket: () =>
    answers(async () => {
      const [client, { HeadBucketCommand }] = await Promise.all([s3(), import('@aws-sdk/client-s3')]);
      return client.send(new HeadBucketCommand({ Bucket: config().BUCKET_NAME }), {
        abortSignal: AbortSignal.timeout(probeTimeoutMs),
      });
    }),
};
