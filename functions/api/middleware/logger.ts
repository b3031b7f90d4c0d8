import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';

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

/** One JSON line per event, each carrying the request id, as CloudWatch Logs Insights reads them. */
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

/** Logs every request once it is answered, with its status and duration. */
export const requestLogger: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now();
  c.set('log', createLogger({ requestId: c.get('requestId') }));
  await next();
  c.get('log').info('request', {
    method: c.req.method,
    path: c.req.path,
    status: c.res.status,
    ms: Math.round(performance.now() - started),
  });
};
