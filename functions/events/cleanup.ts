import { cleanUpAbandonedUploads } from '#functions/domain/documents.ts';
import { settlePendingIndexes } from '#functions/domain/outcomes.ts';
import type { RecordFailure } from '#functions/domain/record-walk.ts';
import type { Logger } from '#functions/log.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { eventHandler } from './handler.ts';

/** Runs one job and logs what it did; a job that could not even list its records answers undefined. */
async function run<Counts extends { failures: RecordFailure[] }>(
  log: Logger,
  job: string,
  walk: () => Promise<Counts>,
): Promise<Omit<Counts, 'failures'> | undefined> {
  try {
    const { failures, ...counts } = await walk();
    for (const failure of failures) log.error(`${job}: a record failed`, { ...failure });
    log.info(`${job}: done`, counts);
    return counts;
  } catch (error) {
    log.error(`${job}: could not run`, { error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

/**
 * Scheduled (hourly) upkeep: uploads announced but never received are rejected after a day, and
 * search postings a publication could not write are written. Each job takes its records one by
 * one (ARCHITECTURE.md, "Jobs"); a failed record waits for the next run. The two jobs run on their
 * own; one that could not run at all fails the invocation after the other has done its work, so
 * it reaches the Failures queue and the error alarm.
 */
export const handler = eventHandler('cleanup', async (_event: unknown, log) => {
  const deps = defaultDeps();
  const uploads = await run(log, 'abandoned uploads', () => cleanUpAbandonedUploads(deps));
  const postings = await run(log, 'pending search postings', () => settlePendingIndexes(deps));
  if (!uploads || !postings) throw new Error('An upkeep job could not run; see the log.');
  return { uploads, postings };
});
