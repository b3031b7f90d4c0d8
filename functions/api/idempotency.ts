import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { AppError, Conflict, ValidationFailed } from '#functions/errors.ts';
import { idempotencyKeySchema } from '#shared/schemas/common.ts';
import type { AppEnv } from './env.ts';

const header = 'Idempotency-Key';
/** How long a request may hold its key before a retry may take over (a crashed run). */
const holdSeconds = 60;
/** How long a create's answer is given again to retries. */
const keepSeconds = 24 * 60 * 60;
const replayedHeaders = ['content-type', 'location', 'etag'];

/** Where the API serves what a create made, by the audit entity its transaction recorded. */
const madePath = (made: { type: string; id: string }) =>
  `/api/${{ session: 'sessions', theme: 'themes', member: 'members', document: 'documents' }[made.type] ?? made.type}/${encodeURIComponent(made.id)}`;

/**
 * Creates a client may retry (ARCHITECTURE.md, "Decisions": idempotency records): with an `Idempotency-Key`, the first request
 * runs and its 2xx answer is kept; the same key with the same request answers it again
 * (`Idempotent-Replayed: true`), with another request 422, while the first still runs 409.
 * Keys are per caller, and a request that fails frees its key for a corrected retry.
 * Runs after the access check, so strangers learn nothing from it.
 */
export const idempotentCreate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const offered = c.req.header(header);
  if (offered === undefined) return next();
  const key = idempotencyKeySchema.safeParse(offered);
  if (!key.success) {
    throw new ValidationFailed([
      {
        field: 'header.idempotency-key',
        code: 'invalid-format',
        params: { format: 'idempotency-key' },
        message: key.error.issues[0]?.message ?? '',
      },
    ]);
  }
  const { idempotency, now } = c.get('deps');
  const scope = c.get('actor')?.id ?? 'anonymous';
  const fingerprint = createHash('sha256')
    .update(`${c.req.method} ${c.req.path}\n${await c.req.text()}`)
    .digest('base64url');
  const nowSeconds = Math.floor(now().getTime() / 1000);

  const held = await idempotency.claim(scope, key.data, fingerprint, nowSeconds, holdSeconds);
  if (held) {
    if (held.fingerprint !== fingerprint) {
      throw new AppError(422, 'idempotency-key-reused', 'This Idempotency-Key was used for another request.');
    }
    if (!held.answer && held.committed) {
      // The create committed but its answer was never kept (the process died in between):
      // point at what it made rather than make it again (RFC 9110, 303 after a POST).
      return new Response(null, {
        status: 303,
        headers: { Location: madePath(held.committed), 'Idempotent-Replayed': 'true' },
      });
    }
    if (!held.answer) {
      throw new Conflict(
        'idempotency-key-in-use',
        'A request with this Idempotency-Key is still running; retry shortly.',
      );
    }
    return new Response(held.answer.body, {
      status: held.answer.status,
      headers: { ...held.answer.headers, 'Idempotent-Replayed': 'true' },
    });
  }

  c.set('idempotentCommit', { scope, key: key.data, fingerprint, expiresAt: nowSeconds + keepSeconds });
  await next();
  const log = c.get('log');
  try {
    if (c.res.status >= 200 && c.res.status < 300) {
      const headers = Object.fromEntries(
        replayedHeaders.flatMap((name) => {
          const value = c.res.headers.get(name);
          return value === null ? [] : [[name, value]];
        }),
      );
      const answer = { status: c.res.status, body: await c.res.clone().text(), headers };
      await idempotency.complete(scope, key.data, answer, nowSeconds + keepSeconds);
    } else {
      await idempotency.release(scope, key.data);
    }
  } catch (error) {
    // The create itself stands; only a retry's replay is lost (it will get 409 until the hold ends).
    log?.error('idempotency record not written', { error: (error as Error).message });
  }
};
