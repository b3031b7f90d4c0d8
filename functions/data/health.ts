import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '#functions/config.ts';
import { dynamo, s3 } from './clients.ts';
import { healthKey } from './keys.ts';

/** Answers whether one backing service responds; never throws. */
export type Probe = () => Promise<boolean>;

/** The port the health check reads, declared with its implementation as every data port is. */
export type HealthProbes = {
  table: Probe;
  bucket: Probe;
};

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
      dynamo().send(new GetCommand({ TableName: config().TABLE_NAME, Key: healthKey }), {
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
