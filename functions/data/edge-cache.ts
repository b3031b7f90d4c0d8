import { randomUUID } from 'node:crypto';
import { createLogger } from '#functions/log.ts';
import { countMetric } from '#functions/metrics.ts';
import { cloudFront } from './clients.ts';

/**
 * The edge's copies of the public answers (ARCHITECTURE.md, "Public reads from the edge"). A use
 * case names the paths its change made stale, after the change is saved. `invalidate` never
 * rejects: the change stands whatever the edge says, and a copy the edge failed to drop expires
 * by its s-maxage; the failure is logged and counted (metric EdgeInvalidationFailed).
 */
export type EdgeCache = {
  invalidate(paths: readonly string[]): Promise<void>;
};

/** Where nothing keeps the public answers (the local stack, whose server caches nothing). */
export const nothingToInvalidate: EdgeCache = {
  invalidate: async () => undefined,
};

const log = createLogger({ component: 'edge-cache' });

/** CloudFront's CreateInvalidation on the portal's one distribution; paths once each, in one batch. */
export function cloudFrontCache(distributionId: string): EdgeCache {
  return {
    async invalidate(paths) {
      const items = [...new Set(paths)].sort();
      if (items.length === 0) return;
      try {
        const [client, { CreateInvalidationCommand }] = await Promise.all([
          cloudFront(),
          import('@aws-sdk/client-cloudfront'),
        ]);
        await client.send(
          new CreateInvalidationCommand({
            DistributionId: distributionId,
            InvalidationBatch: { CallerReference: randomUUID(), Paths: { Quantity: items.length, Items: items } },
          }),
        );
      } catch (error) {
        countMetric('EdgeInvalidationFailed');
        log.error('CloudFront kept public answers that changed; they expire by their s-maxage', {
          paths: items,
          error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
        });
      }
    },
  };
}
