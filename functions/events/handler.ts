import middy from '@middy/core';
import errorLogger from '@middy/error-logger';
import type { Context } from 'aws-lambda';
import { createLogger, type Logger } from '#functions/log.ts';

/**
 * An event handler as middy runs it: any error that escapes is logged once, with the handler's
 * name, and rethrown so that Lambda counts the invocation as failed and retries it
 * (ARCHITECTURE.md, "Event flows").
 */
export function eventHandler<Event, Result>(
  name: string,
  run: (event: Event, log: Logger, context: Context) => Promise<Result>,
) {
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
    .handler((event: Event, context: Context) => run(event, log, context));
}
