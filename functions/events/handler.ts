import middy from '@middy/core';
import errorLogger from '@middy/error-logger';
import { createLogger, type Logger } from '#functions/log.ts';

/**
 * An event handler as middy runs it: any error that escapes is logged once, with the handler's
 * name, and rethrown so that Lambda counts the invocation as failed and retries it
 * (ARCHITECTURE.md, "Event flows").
 */
export function eventHandler<Event, Result>(name: string, run: (event: Event, log: Logger) => Promise<Result>) {
  const log = createLogger({ handler: name });
  return middy<Event, Result>()
    .use(
      errorLogger({
        logger: (request: { error?: unknown }) => {
          const error = request.error as Error | undefined;
          log.error('handler failed', { error: error?.message, stack: error?.stack });
        },
      }),
    )
    .handler((event: Event) => run(event, log));
}

/** Several independent failures, reported together after every part has had its turn. */
export class PartsFailed extends Error {
  constructor(readonly parts: string[]) {
    super(`Failed: ${parts.join(', ')}`);
    this.name = 'PartsFailed';
  }
}

/**
 * Runs each part on its own, so that one that fails neither hides nor blocks the others: each
 * failure is logged with its part's name, and if any failed, the whole fails after the rest ran.
 */
export async function eachOnItsOwn<T>(
  parts: Array<[name: string, run: () => Promise<T>]>,
  log: Logger,
): Promise<Map<string, T>> {
  const done = new Map<string, T>();
  const failed: string[] = [];
  for (const [name, run] of parts) {
    try {
      done.set(name, await run());
    } catch (error) {
      failed.push(name);
      log.error('part failed', { part: name, error: (error as Error)?.message, stack: (error as Error)?.stack });
    }
  }
  if (failed.length > 0) throw new PartsFailed(failed);
  return done;
}
