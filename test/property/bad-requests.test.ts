import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes, share } from '../support/documents.ts';
import { api, baseUrl } from '../support/http.ts';
import { newPerson, secretariat } from '../support/people.ts';
import { scheduledSession } from '../support/sessions.ts';
import {
  addressOf,
  type BadRequest,
  badRequest,
  cursor,
  type Fixtures,
  type Operation,
  operationsOf,
} from './bad-inputs.ts';

/**
 * For every operation of the served OpenAPI document, generated bad requests (bodies, queries,
 * path parameters, If-Match, Idempotency-Key, Content-Type, cursors) as every role: the API
 * answers none of them with a 5xx, and every 4xx is problem+json naming status, title and code.
 * Reproducible: PROPERTY_SEED fixes the generator; PROPERTY_RUNS sets the requests per operation.
 */
const seed = Number(process.env.PROPERTY_SEED ?? 13_2026);
const runsPerOperation = Number(process.env.PROPERTY_RUNS ?? 24);

const document = await (await fetch(`${baseUrl()}/api/openapi.json`)).json();
const operations = operationsOf(document);

const tally = { sent: 0, serverErrors: 0 };
let fixtures: Fixtures;
let cookies: Record<BadRequest['role'], string | undefined>;

beforeAll(async () => {
  const [member, session] = await Promise.all([newPerson('member'), scheduledSession()]);
  const slug = `fuzz-${Date.now().toString(36)}`;
  const theme = await api('/api/themes', {
    method: 'POST',
    cookie: await secretariat(),
    body: { slug, name: { az: 'Yoxlama', en: 'Fuzz theme' }, description: { az: 'Təsvir', en: 'Description' } },
  });
  expect(theme.status).toBe(201);
  const shared = await share(member.cookie, pdfBytes('fuzz'));
  const etags = await Promise.all(
    [`/api/sessions/${session.id}`, `/api/documents/${shared.id}`, `/api/members/${member.id}`].map(
      async (path) => (await api(path, { cookie: await secretariat() })).headers.get('etag') ?? '"1"',
    ),
  );
  fixtures = { ids: { id: [member.id, session.id, shared.id], slug: [slug] }, etags };
  cookies = {
    anonymous: undefined,
    member: member.cookie,
    secretariat: await secretariat(),
    forged: 'bhr_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  };
});

afterAll(() => {
  console.log(
    `bad requests: ${tally.sent} sent over ${operations.length} operations, ${tally.serverErrors} answered 5xx`,
  );
});

/** Signing out spends the cookie it is sent with, and the secretariat's is shared by every file. */
const rolesFor = (operation: Operation): BadRequest['role'][] =>
  operation.path === '/api/auth/sign-out' ? ['anonymous', 'forged'] : ['anonymous', 'member', 'secretariat', 'forged'];

async function send(operation: Operation, request: BadRequest) {
  const headers: Record<string, string> = { ...request.headers };
  const cookie = cookies[request.role];
  if (cookie) headers.Cookie = cookie;
  const response = await fetch(`${baseUrl()}${addressOf(operation, request)}`, {
    method: operation.method,
    headers,
    body: request.body,
    redirect: 'manual',
  });
  const text = await response.text();
  tally.sent += 1;
  if (response.status >= 500) tally.serverErrors += 1;
  return { status: response.status, type: response.headers.get('content-type') ?? '', text };
}

describe.concurrent('every operation, sent bad input by every role', () => {
  it('reads operations from the served OpenAPI document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(40);
  });

  operations.forEach((operation, index) => {
    it(`${operation.method} ${operation.path}: no 5xx, every 4xx a problem`, async () => {
      await fc.assert(
        fc.asyncProperty(badRequest(operation, fixtures, rolesFor(operation)), (request) =>
          expectNoServerError(operation, request),
        ),
        // Stops at the first failure rather than shrinking: each try is a request, and the
        // message already shows the whole request and answer.
        { seed: seed + index, numRuns: runsPerOperation, endOnFailure: true },
      );
    });
  });

  // Crafted cursors get a property of their own: in the mixed one above they are one part in many.
  operations
    .filter((operation) => operation.queryParams.includes('cursor'))
    .forEach((operation, index) => {
      it(`${operation.method} ${operation.path}: a crafted cursor gets no 5xx, a 4xx problem at most`, async () => {
        // As the secretariat, who may read every list: the cursor reaches the query on each.
        await fc.assert(
          fc.asyncProperty(cursor, (crafted) =>
            expectNoServerError(operation, {
              role: 'secretariat',
              pathValues: {},
              query: [['cursor', crafted]],
              headers: {},
            }),
          ),
          { seed: seed - index - 1, numRuns: runsPerOperation, endOnFailure: true },
        );
      });
    });
});

async function expectNoServerError(operation: Operation, request: BadRequest): Promise<void> {
  const answer = await send(operation, request);
  const seen = `${operation.method} ${addressOf(operation, request)} as ${request.role} → ${answer.status} ${answer.type}: ${answer.text.slice(0, 300)}`;
  if (answer.status >= 500) throw new Error(`server error: ${seen}`);
  if (answer.status >= 400) {
    if (!answer.type.startsWith('application/problem+json')) throw new Error(`not a problem: ${seen}`);
    const problem = JSON.parse(answer.text) as { status?: unknown; title?: unknown; code?: unknown };
    if (problem.status !== answer.status || typeof problem.title !== 'string' || typeof problem.code !== 'string')
      throw new Error(`incomplete problem: ${seen}`);
  }
}
