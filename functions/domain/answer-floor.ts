import type { DomainDeps } from './deps.ts';

/**
 * Runs `work`, then waits until `minimumMs` have passed since it began, so that how long the
 * answer takes does not tell what the work found (a known address costs a write and an email).
 * A failure is answered at once: a refusal (rate limit, invalid input) depends only on the input.
 */
export async function takingAtLeast<T>(
  deps: Pick<DomainDeps, 'sleep'>,
  minimumMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const result = await work();
  await deps.sleep(Math.max(0, minimumMs - (performance.now() - started)));
  return result;
}
