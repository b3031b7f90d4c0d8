import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const S3Error = require('s3rver/lib/models/error') as new (code: string, message: string) => Error;

interface CopyContext {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  store: { getMetadata(bucket: string, key: string): Promise<{ etag?: string } | undefined> };
}

const unquoted = (etag: string) => etag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');

/**
 * s3rver ignores `x-amz-copy-source-if-match`; S3 refuses such a copy with 412 when the source
 * has another ETag by now. The upload check pins its copy that way (ARCHITECTURE.md, uploads), so
 * the stand-in must refuse the same way or the local stack would hide the race it guards against.
 */
export async function copySourceIfMatch(ctx: CopyContext, next: () => Promise<void>): Promise<void> {
  const source = ctx.headers['x-amz-copy-source'];
  const wanted = ctx.headers['x-amz-copy-source-if-match'];
  if (ctx.method === 'PUT' && typeof source === 'string' && typeof wanted === 'string') {
    const [path = ''] = decodeURIComponent(source.replace(/^\//, '')).split('?');
    const [bucket = '', ...key] = path.split('/');
    const metadata = await ctx.store.getMetadata(bucket, key.join('/')).catch(() => undefined);
    const current = metadata?.etag ? unquoted(metadata.etag) : undefined;
    if (current !== undefined && current !== unquoted(wanted)) {
      throw new S3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
    }
  }
  await next();
}
