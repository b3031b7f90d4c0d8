import type { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';

/**
 * The one logger of the API function and the event handlers: Powertools for AWS Lambda's
 * Logger, one JSON line per event with level, message, timestamp, service and the fields given
 * (a request id, a handler name), as CloudWatch Logs Insights reads them (ARCHITECTURE.md,
 * "Code map"). LOG_LEVEL (debug, info, warn, error, silent) sets the threshold; tests and
 * `npm start` use warn.
 *
 * Powertools loads on the first line above the threshold, not at import: most requests log
 * nothing, and the cold start is paid by every first request (ARCHITECTURE.md, "Code map").
 * Lines written meanwhile wait, in order; the API's request context and the event handlers
 * await `flushLogs()` before they answer, so no line is left behind a frozen function.
 */
export type LogFields = Record<string, unknown>;
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const levels = { debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR', silent: 'SILENT' } as const;
type Level = keyof typeof levels;
type LineLevel = 'info' | 'warn' | 'error';
const rank: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

type Powertools = typeof import('@aws-lambda-powertools/logger');
let loaded: Powertools | undefined;
let loading: Promise<Powertools> | undefined;
let waiting = 0;
let written: Promise<void> = Promise.resolve();
const byLevel = new Map<Level, PowertoolsLogger>();

/** The threshold, read on each line: tests set LOG_LEVEL after import. */
function threshold(): Level {
  const wanted = process.env.LOG_LEVEL as Level | undefined;
  return wanted && wanted in levels ? wanted : 'info';
}

function write(module: Powertools, level: Level, line: LineLevel, message: string, fields: LogFields): void {
  let logger = byLevel.get(level);
  if (!logger) {
    logger = new module.Logger({ serviceName: 'bhr-portal', logLevel: levels[level] });
    byLevel.set(level, logger);
  }
  logger[line](message, fields);
}

function log(line: LineLevel, message: string, fields: LogFields): void {
  const level = threshold();
  if (rank[line] < rank[level]) return;
  if (loaded && waiting === 0) {
    write(loaded, level, line, message, fields);
    return;
  }
  loading ??= import('@aws-lambda-powertools/logger').then((module) => {
    loaded = module;
    return module;
  });
  const module = loading;
  waiting += 1;
  written = written
    .then(() => module)
    .then(
      (powertools) => write(powertools, level, line, message, fields),
      // Powertools did not load (a broken deployment): the line still reaches the log.
      (error: unknown) =>
        console.error(JSON.stringify({ level: line.toUpperCase(), message, ...fields, loggerError: String(error) })),
    )
    .finally(() => {
      waiting -= 1;
    });
}

/** Resolves once every line written so far is out. */
export function flushLogs(): Promise<void> {
  return written;
}

/** Whether a line still waits for the logger to load. */
export function logsWaiting(): boolean {
  return waiting > 0;
}

/** A logger whose every line carries `base` (a request id, a handler name). */
export function createLogger(base: LogFields): Logger {
  return {
    info: (message, fields) => log('info', message, { ...base, ...fields }),
    warn: (message, fields) => log('warn', message, { ...base, ...fields }),
    error: (message, fields) => log('error', message, { ...base, ...fields }),
  };
}
