import { cleanUpAbandonedUploads } from '#functions/domain/documents.ts';
import { settlePendingIndexes } from '#functions/domain/outcomes.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { eachOnItsOwn, eventHandler } from './handler.ts';

/**
 * Scheduled (hourly) upkeep: uploads announced but never received are rejected after a day, and
 * search postings a publication could not write are written. The two jobs run on their own: one
 * that fails is logged and fails the run, after the other has done its work.
 */
export const handler = eventHandler<unknown, { cleaned: number; reindexed: number }>('cleanup', async (_event, log) => {
  const deps = defaultDeps();
  const done = await eachOnItsOwn(
    [
      ['abandoned uploads', () => cleanUpAbandonedUploads(deps)],
      ['pending search postings', () => settlePendingIndexes(deps)],
    ],
    log,
  );
  const result = { cleaned: done.get('abandoned uploads') ?? 0, reindexed: done.get('pending search postings') ?? 0 };
  log.info('upkeep done', result);
  return result;
});
