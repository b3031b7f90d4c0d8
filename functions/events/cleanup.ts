import middy from '@middy/core';
import { cleanUpAbandonedUploads } from '#functions/domain/documents.ts';
import { settlePendingIndexes } from '#functions/domain/outcomes.ts';
import { createLogger } from '#functions/log.ts';
import { defaultDeps } from '#functions/wiring.ts';

const log = createLogger({ handler: 'cleanup' });

/**
 * Scheduled (hourly) upkeep: uploads announced but never received are rejected after a day, and
 * search postings a publication could not write are written.
 */
export const handler = middy().handler(async () => {
  const deps = defaultDeps();
  const cleaned = await cleanUpAbandonedUploads(deps);
  log.info('abandoned uploads cleaned', { cleaned });
  const reindexed = await settlePendingIndexes(deps);
  log.info('pending search postings written', { reindexed });
  return { cleaned, reindexed };
});
