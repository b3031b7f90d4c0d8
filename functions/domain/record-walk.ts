import { PreconditionFailed } from '#functions/errors.ts';

/**
 * How a job that walks records (the hourly cleanup, the upload check) treats each one on its own
 * (ARCHITECTURE.md, "Jobs"): a record that changed between the job's read and its write is read
 * again and retried, one that no longer needs work is skipped, and one that fails is counted and
 * reported while the walk goes on with the rest. One bad record never costs the others their turn.
 */

/** What handling one record came to. `changed`: someone wrote it first; read it again and retry. */
export type RecordOutcome = 'done' | 'skipped' | 'changed';

export interface RecordFailure {
  record: string;
  error: string;
}

export interface WalkCounts {
  done: number;
  skipped: number;
  failed: number;
  failures: RecordFailure[];
}

/** A record still changing after this many reads is left for the next run, as a failure. */
export const attemptsPerRecord = 3;

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function handleOne<T>(record: T, handle: (record: T) => Promise<RecordOutcome>): Promise<RecordOutcome | Error> {
  for (let attempt = 1; attempt <= attemptsPerRecord; attempt += 1) {
    let outcome: RecordOutcome;
    try {
      outcome = await handle(record);
    } catch (error) {
      if (!(error instanceof PreconditionFailed)) return new Error(describe(error));
      outcome = 'changed';
    }
    if (outcome !== 'changed') return outcome;
  }
  return new Error(`still changing after ${attemptsPerRecord} attempts`);
}

/**
 * Hands each record to `handle`, one after another. `handle` reads the record afresh on every
 * attempt and either writes it conditionally (a lost condition is `changed` or a thrown
 * PreconditionFailed) or answers `skipped`. A failure of the listing itself ends the walk with it.
 */
export async function walkRecords<T>(
  records: Iterable<T> | AsyncIterable<T>,
  nameOf: (record: T) => string,
  handle: (record: T) => Promise<RecordOutcome>,
): Promise<WalkCounts> {
  const counts: WalkCounts = { done: 0, skipped: 0, failed: 0, failures: [] };
  for await (const record of records) {
    const outcome = await handleOne(record, handle);
    if (outcome instanceof Error) {
      counts.failed += 1;
      counts.failures.push({ record: nameOf(record), error: outcome.message });
    } else if (outcome === 'done') counts.done += 1;
    else counts.skipped += 1;
  }
  return counts;
}
