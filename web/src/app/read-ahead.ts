/**
 * A page's first reads, started before the page is drawn (ARCHITECTURE.md, "Pages"): as soon as
 * a page's chunk has loaded, `loadPage` (app.tsx) starts the reads its module names in
 * `firstReads`, and the first page of a visit is drawn once they have arrived (main.tsx), whole
 * in its first drawing. A component asks for the same `Read` through `useLoad` or
 * `usePagedList` and takes what was read ahead: drawn at once if it has arrived, else awaited.
 * Each is taken once, so a reload reads again.
 */
export interface Read<T> {
  /** Names the answer: the same key, the same read. */
  key: string;
  load(): Promise<T>;
}

export const read = <T>(key: string, load: () => Promise<T>): Read<T> => ({ key, load });

export interface TakenRead<T> {
  promise: Promise<T>;
  /** Present once the read has succeeded. */
  arrived?: { value: T };
}

const ahead = new Map<string, TakenRead<unknown>>();

/** Starts a read ahead of the component that will take it; settles when it has (never rejects). */
export function readAhead<T>(wanted: Read<T>): Promise<void> {
  const entry: TakenRead<T> = { promise: wanted.load() };
  entry.promise.then(
    (value) => {
      entry.arrived = { value };
    },
    // The component that takes it shows the failure, as it would had it read itself.
    () => undefined,
  );
  ahead.set(wanted.key, entry);
  return entry.promise.then(
    () => undefined,
    () => undefined,
  );
}

/** What was read ahead under `key`, once; undefined if nothing was (or it was taken). */
export function takeRead<T>(key: string): TakenRead<T> | undefined {
  const entry = ahead.get(key) as TakenRead<T> | undefined;
  ahead.delete(key);
  return entry;
}

/** Drops what the previous page read ahead and never took: it may be stale by now. */
export function forgetReadsAhead(): void {
  ahead.clear();
}
