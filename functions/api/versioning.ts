import type { Context } from 'hono';
import * as z from 'zod/mini';
import { PreconditionRequired, ValidationFailed } from '#functions/errors.ts';
import { meta } from '#shared/schemas/common.ts';

/** The version a client read, from `If-Match: "7"` (weak or strong, quoted or not). */
export function expectedVersion(c: Context): number {
  const header = c.req.header('If-Match');
  if (!header) throw new PreconditionRequired();
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match?.[1]) {
    throw new ValidationFailed([
      {
        field: 'header.If-Match',
        code: 'invalid-format',
        params: { format: 'etag' },
        message: 'Send the ETag you read, e.g. "3".',
      },
    ]);
  }
  return Number(match[1]);
}

export function setETag(c: Context, version: number): void {
  c.header('ETag', `"${version}"`);
}

/** For the OpenAPI document; the header itself is read by `expectedVersion` (428 when missing). */
export const ifMatchHeaders = z.object({
  'if-match': z
    .optional(z.string())
    .apply(meta({ description: 'The ETag of the version you read (required); a stale one answers 412.' })),
});
