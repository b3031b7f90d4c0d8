import type { FieldError } from '#shared/field-errors.ts';

export type { FieldError } from '#shared/field-errors.ts';

/** An error the caller can act on: its status, stable code and message go out as problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailed extends AppError {
  constructor(
    readonly fields: FieldError[],
    message = 'The request has invalid fields.',
  ) {
    super(400, 'validation-failed', message, { errors: fields });
  }
}

export class BadRequest extends AppError {
  constructor(code: string, message: string) {
    super(400, code, message);
  }
}

export class Unauthorized extends AppError {
  constructor(message = 'Sign in to do this.') {
    super(401, 'unauthenticated', message);
  }
}

export class Forbidden extends AppError {
  constructor(message = 'Your role does not allow this.', code = 'forbidden') {
    super(403, code, message);
  }
}

export class NotFound extends AppError {
  constructor(message = 'Nothing was found here.') {
    super(404, 'not-found', message);
  }
}

export class Conflict extends AppError {
  constructor(code: string, message: string) {
    super(409, code, message);
  }
}

/** A well-formed request that a rule of the domain refuses, naming the fields at fault. */
export class UnprocessableContent extends AppError {
  constructor(code: string, message: string, fields: FieldError[]) {
    super(422, code, message, { errors: fields });
  }
}

export class PreconditionFailed extends AppError {
  constructor(message = 'The record has changed since you read it; reload and try again.') {
    super(412, 'stale-version', message);
  }
}

export class PreconditionRequired extends AppError {
  constructor(message = 'Send the If-Match header with the version you read.') {
    super(428, 'if-match-required', message);
  }
}

export class PayloadTooLarge extends AppError {
  constructor(limitBytes: number) {
    super(413, 'payload-too-large', `The request body is larger than ${limitBytes} bytes.`);
  }
}

export class TooManyRequests extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Too many requests; try again later.',
  ) {
    super(429, 'rate-limited', message);
  }
}

export class ServiceUnavailable extends AppError {
  constructor(message: string) {
    super(503, 'unavailable', message);
  }
}
