import middy from '@middy/core';
import errorLogger from '@middy/error-logger';
import type { Context } from 'aws-lambda';
import { createLogger, flushLogs, type Logger } from '#functions/log.ts';

/**
 * An event handler as middy runs it: any error that escapes is logged once, with the handler's
 * name, and rethrown so that Lambda counts the invocation as failed and retries it
 * (ARCHITECTURE.md, "Event flows"). The invocation ends once its log lines are out (functions/log.ts).
 */
export function eventHandler<Event, Result>(
  name: string,
  run: (event: Event, log: Logger, context: Context) => Promise<Result>,
) {
  const log = createLogger({ handler: name });
  // Outermost, so its steps run last: every line, the error logger's too, is out before the answer.
  const logsOut = { after: flushLogs, onError: flushLogs };
  return middy<Event, Result>()
    .use(logsOut)
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
