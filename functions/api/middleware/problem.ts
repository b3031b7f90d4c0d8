import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, ValidationFailed } from '#functions/errors.ts';
import { fieldErrorsOf, type IssueLike } from '#shared/field-errors.ts';
import { problemContentType } from '#shared/media-types.ts';
import type { Problem } from '#shared/schemas/problem.ts';
import type { AppEnv } from '../env.ts';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problemResponse(c: Context<AppEnv>, error: AppError): Response {
  const body: Problem = {
    type: `urn:bhr-portal:problem:${error.code}`,
    title: titles[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    code: error.code,
    instance: c.req.path,
    requestId: c.get('requestId'),
    ...error.extra,
  };
  const headers: Record<string, string> = { 'Content-Type': problemContentType };
  const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
  if (retryAfter !== undefined) headers['Retry-After'] = String(retryAfter);
  return c.body(JSON.stringify(body), error.status as 400, headers);
}

const httpCodes: Record<number, string> = { 400: 'malformed-request', 415: 'unsupported-media-type' };

/** The one place where errors become HTTP: below 500 they are told, above they are logged. */
export function onError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof AppError) return problemResponse(c, error);
  if (error instanceof HTTPException && error.status < 500) {
    const code = httpCodes[error.status] ?? `http-${error.status}`;
    const detail = error.message || titles[error.status] || 'The request cannot be served.';
    return problemResponse(c, new AppError(error.status, code, detail));
  }
  c.get('log')?.error('unhandled error', { error: error.message, stack: error.stack });
  return problemResponse(c, new AppError(500, 'internal', 'Something went wrong on our side.'));
}

export function validationFailed(issues: ReadonlyArray<IssueLike>, target: string): ValidationFailed {
  const prefix = target === 'json' ? undefined : target;
  return new ValidationFailed(fieldErrorsOf(issues, prefix));
}
