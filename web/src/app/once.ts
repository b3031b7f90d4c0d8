/**
 * Something loaded once per visit: every caller shares the one load, and once it has arrived its
 * value can be read at once (so a component drawn after it shows it in its first drawing). A
 * failed load is tried again by the next caller.
 */
export function once<T>(load: () => Promise<T>): { load: () => Promise<T>; value: () => T | undefined } {
  let pending: Promise<T> | undefined;
  let arrived: T | undefined;
  return {
    load() {
      pending ??= load().then(
        (value) => {
          arrived = value;
          return value;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    value: () => arrived,
  };
}
