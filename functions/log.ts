import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';

/**
 * The one logger of the API function and the event handlers: Powertools for AWS Lambda's
 * Logger, one JSON line per event with level, message, timestamp, service and the fields given
 * (a request id, a handler name), as CloudWatch Logs Insights reads them (ARCHITECTURE.md,
 * "Code map"). LOG_LEVEL (debug, info, warn, error, silent) sets the threshold; tests and
 * `npm start` use warn.
 */
export type LogFields = Record<string, unknown>;
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const levels = { debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR', silent: 'SILENT' } as const;
type Level = keyof typeof levels;

const byLevel = new Map<Level, PowertoolsLogger>();

/** The Powertools logger for the current LOG_LEVEL (read on each call: tests set it after import). */
function powertools(): PowertoolsLogger {
  const wanted = process.env.LOG_LEVEL as Level | undefined;
  const level: Level = wanted && wanted in levels ? wanted : 'info';
  let logger = byLevel.get(level);
  if (!logger) {
    logger = new PowertoolsLogger({ serviceName: 'bhr-portal', logLevel: levels[level] });
    byLevel.set(level, logger);
  }
  return logger;
}

/** A logger whose every line carries `base` (a request id, a handler name). */
export function createLogger(base: LogFields): Logger {
  return {
    info: (message, fields) => powertools().info(message, { ...base, ...fields }),
    warn: (message, fields) => powertools().warn(message, { ...base, ...fields }),
    error: (message, fields) => powertools().error(message, { ...base, ...fields }),
  };
}
