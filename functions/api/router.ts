import { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import { problemContentType, problemSchema } from '#shared/schemas/problem.ts';
import type { AppEnv } from './env.ts';
import { validationFailed } from './middleware/problem.ts';

/** A sub-app whose validation failures become 400 problem+json naming each field. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationFailed(result.error.issues, result.target);
    },
  });
}

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

/** A required JSON body: a request without one (or of another type) is refused, not skipped. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}

/** A JSON body a client may leave out: validated when sent as JSON, absent otherwise. */
export function optionalJsonBody<T extends z.ZodType>(schema: T) {
  return { required: false, content: { 'application/json': { schema } } };
}

const problem = (description: string) => ({
  content: { [problemContentType]: { schema: problemSchema } },
  description,
});

/** The error answers a route may give, for the OpenAPI document. */
export const problems = {
  400: problem('Invalid input; `errors` names the fields.'),
  401: problem('Sign-in is needed.'),
  403: problem('The role does not allow this.'),
  404: problem('Not found, or not visible to the caller.'),
  409: problem('The workflow does not allow this now (or, with an Idempotency-Key, the first request still runs).'),
  412: problem('The If-Match version is stale.'),
  413: problem('The body is over 1 MB.'),
  422: problem(
    'A rule of the domain refuses the request (`code` says which; `errors` names the fields), or the Idempotency-Key was used for another request.',
  ),
  428: problem('If-Match is required.'),
  429: problem('Rate-limited; see Retry-After.'),
  503: problem('A backing service does not answer.'),
} as const;

export function pickProblems<K extends keyof typeof problems>(...statuses: K[]) {
  return Object.fromEntries(statuses.map((status) => [status, problems[status]])) as Pick<typeof problems, K>;
}
