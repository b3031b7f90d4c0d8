import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';
import { validator } from 'hono/validator';
import * as z from 'zod/mini';
import { problemContentType, problemSchema } from '#shared/schemas/problem.ts';
import type { AppEnv } from './env.ts';
import { validationFailed } from './middleware/problem.ts';

// The API's field messages are zod's English (shared/field-errors.ts tells `required` by them).
z.config(z.locales.en());

type Schema = z.ZodMiniType;
type Content = Record<string, { schema: Schema }>;

/** A request body: JSON validated against its schema (see jsonBody, optionalJsonBody). */
export interface BodyConfig {
  required: boolean;
  content: { 'application/json': { schema: Schema } };
}

/** What a route takes: each part a zod/mini schema, validated before the handler runs. */
export interface RequestConfig {
  params?: Schema;
  query?: Schema;
  headers?: Schema;
  body?: BodyConfig;
}

export interface ResponseConfig {
  description: string;
  content?: Content;
}

/**
 * A route as `defineRoute` (access.ts) declares it: Hono's method and an OpenAPI-style path
 * (`/sessions/{id}`), the request's schemas, and the words and answers of the OpenAPI document,
 * which `npm run openapi` writes from these declarations (ARCHITECTURE.md, "Routes and their schemas").
 */
export interface RouteConfig {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  tags?: string[];
  summary?: string;
  description?: string;
  request?: RequestConfig;
  responses: Record<number, ResponseConfig>;
}

export interface RouteDefinition extends RouteConfig {
  'x-access': string;
  security?: Array<Record<string, string[]>>;
  middleware: MiddlewareHandler<AppEnv>[];
}

type Out<S> = S extends Schema ? z.output<S> : never;
type In<S> = S extends Schema ? z.input<S> : never;
type Part<R, K extends keyof RequestConfig, T extends string> = R extends { request: Record<K, infer S> }
  ? { [P in T]: S }
  : unknown;
type Parts<R> = Part<R, 'params', 'param'> &
  Part<R, 'query', 'query'> &
  Part<R, 'headers', 'header'> &
  (R extends { request: { body: { content: { 'application/json': { schema: infer S } } } } } ? { json: S } : unknown);

/** The validated input a handler reads with `c.req.valid('param' | 'query' | 'header' | 'json')`. */
export type InputOf<R> = {
  in: { [T in keyof Parts<R>]: In<Parts<R>[T]> };
  out: { [T in keyof Parts<R>]: Out<Parts<R>[T]> };
};

export type RouteHandler<R> = (c: Context<AppEnv, string, InputOf<R>>) => Response | Promise<Response>;

const jsonMediaType = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

/** Validation of one part of the request; a failure is a 400 problem naming each field. */
function validating(target: 'query' | 'header' | 'json', schema: Schema): MiddlewareHandler<AppEnv> {
  return validator(target, (value) => {
    const result = z.safeParse(schema, value);
    if (!result.success) throw validationFailed(result.error.issues, target);
    return result.data as never;
  });
}

/** The path parameters, as the group's own match found them (see Router.match). */
function validatingParams(schema: Schema): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const result = z.safeParse(schema, c.get('routeParams'));
    if (!result.success) throw validationFailed(result.error.issues, 'param');
    c.req.addValidatedData('param', result.data as never);
    await next();
  };
}

async function hasBody(c: Context): Promise<boolean> {
  const raw = c.req.raw;
  if (raw.body === null) return false;
  return (await c.req.arrayBuffer()).byteLength > 0;
}

/**
 * A JSON body: any other media type is 415; a required body is validated whatever is sent
 * (nothing is `{}`), an optional one only when sent as JSON.
 */
function validatingBody(body: BodyConfig): MiddlewareHandler<AppEnv>[] {
  const schema = body.content['application/json'].schema;
  const gate: MiddlewareHandler<AppEnv> = async (c, next) => {
    const contentType = c.req.header('content-type');
    if (contentType ? !jsonMediaType.test(contentType) : await hasBody(c)) {
      throw new HTTPException(415, { message: 'Unsupported Media Type' });
    }
    await next();
  };
  const validate = validating('json', schema);
  if (body.required) return [gate, validate];
  return [
    gate,
    async (c, next) => {
      if (c.req.header('content-type')) return validate(c, next);
      c.req.addValidatedData('json', {});
      await next();
    },
  ];
}

/** What answers one route: its access rule and other middleware, its validators, its handler. */
export type Chain = readonly MiddlewareHandler<AppEnv>[];

export interface RouteMatch {
  chain: Chain;
  params: Record<string, string>;
}

const decoded = (value: string) => {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/**
 * A group's routes: `openapi(route, handler)` validates the route's request with its zod/mini
 * schemas and keeps the declaration for the OpenAPI document. The app runs a matched route's
 * chain in its own request context (lazy-routes.ts), so a request passes through one Hono app,
 * not two (ARCHITECTURE.md, "Request flow").
 */
export class Router {
  readonly definitions: RouteDefinition[] = [];
  readonly #routes = new SmartRouter<Chain>({ routers: [new RegExpRouter(), new TrieRouter()] });

  openapi<const R extends RouteDefinition>(route: R, handler: RouteHandler<R>): this {
    this.definitions.push(route);
    const { params, query, headers, body } = route.request ?? {};
    const validators: MiddlewareHandler<AppEnv>[] = [];
    if (query) validators.push(validating('query', query));
    if (params) validators.push(validatingParams(params));
    if (headers) validators.push(validating('header', headers));
    if (body) validators.push(...validatingBody(body));
    const path = route.path.replaceAll(/\/{(.+?)}/g, '/:$1');
    this.#routes.add(route.method.toUpperCase(), path, [...route.middleware, ...validators, handler as never]);
    return this;
  }

  /** The first route declared for `method` and `path` (under /api), with its decoded parameters. */
  match(method: string, path: string): RouteMatch | undefined {
    const [matches, stash] = this.#routes.match(method, path);
    const first = matches[0];
    if (!first) return undefined;
    const [chain, found] = first;
    const params: Record<string, string> = {};
    for (const [name, at] of Object.entries(found)) {
      const value = stash ? stash[at as number] : (at as string);
      if (value !== undefined) params[name] = decoded(value);
    }
    return { chain, params };
  }
}

export function createRouter(): Router {
  return new Router();
}

export function json<T extends Schema>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

/** A required JSON body: a request without one (or of another type) is refused, not skipped. */
export function jsonBody<T extends Schema>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

/** A JSON body a client may leave out: validated when sent as JSON, absent otherwise. */
export function optionalJsonBody<T extends Schema>(schema: T) {
  return { required: false, content: { 'application/json': { schema } } } as const;
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
