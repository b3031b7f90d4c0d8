/**
 * The one logger of the API function and the event handlers: one JSON line per event, as
 * CloudWatch Logs Insights reads them (ARCHITECTURE.md, "Code map").
 */
export type LogFields = Record<string, unknown>;
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 } as const;
type Level = keyof typeof levels;

function threshold(): number {
  const wanted = process.env.LOG_LEVEL as Level | undefined;
  return levels[wanted && wanted in levels ? wanted : 'info'];
}

/** A logger whose every line carries `base` (a request id, a handler name). */
export function createLogger(base: LogFields): Logger {
  const write = (level: Exclude<Level, 'silent' | 'debug'>, message: string, fields?: LogFields) => {
    if (levels[level] < threshold()) return;
    const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...base, ...fields });
    (level === 'error' ? console.error : console.log)(line);
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}
