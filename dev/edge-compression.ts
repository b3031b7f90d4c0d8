import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

/** The kinds of file CloudFront compresses (among them every kind the pages are made of). */
const compressible =
  /^(text\/(html|css|plain|javascript|xml|csv)|application\/(javascript|json|manifest\+json|xml|xhtml\+xml|rss\+xml|atom\+xml|wasm)|image\/(svg\+xml|x-icon|vnd\.microsoft\.icon)|font\/(otf|ttf))\b/;

/** CloudFront compresses files of 1,000 bytes to 10,000,000 bytes, no smaller, no larger. */
const sizeRange = { min: 1_000, max: 10_000_000 };

/**
 * Each file is compressed once per content and encoding, as CloudFront keeps what it compressed
 * in its cache: Brotli at its best level takes tens of milliseconds a file, which every page load
 * of every browser test would otherwise spend again on the server's one thread.
 */
const compressed = new Map<string, Uint8Array<ArrayBuffer>>();

function compress(bytes: Buffer, encoding: 'br' | 'gzip'): Uint8Array<ArrayBuffer> {
  const key = `${encoding} ${createHash('sha256').update(bytes).digest('base64')}`;
  let result = compressed.get(key);
  if (!result) {
    result = new Uint8Array(encoding === 'br' ? brotliCompressSync(bytes) : gzipSync(bytes));
    compressed.set(key, result);
  }
  return result;
}

/**
 * What CloudFront does to the pages' files and the public answers (their cache policies accept
 * gzip and Brotli, `infra/constructs/web.ts`): a compressible file is sent Brotli-compressed to a
 * browser that accepts it, else gzip-compressed, else as it is. The rest of the API is never
 * compressed there (its behaviour caches nothing, and CloudFront compresses only what it may
 * cache), so this goes on the pages and the public answers only.
 */
export function edgeCompression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const accepted = c.req.header('accept-encoding') ?? '';
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    const response = c.res;
    if (
      !encoding ||
      c.req.method !== 'GET' ||
      response.status !== 200 ||
      !response.body ||
      response.headers.has('content-encoding') ||
      !compressible.test(response.headers.get('content-type') ?? '')
    ) {
      return;
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    const headers = new Headers(response.headers);
    headers.append('vary', 'Accept-Encoding');
    // Hono copies the headers of the response it replaces: let go of it first, so the old length goes too.
    c.res = undefined;
    if (bytes.length < sizeRange.min || bytes.length > sizeRange.max) {
      c.res = new Response(bytes, { status: response.status, headers });
      return;
    }
    headers.set('content-encoding', encoding);
    headers.delete('content-length');
    c.res = new Response(compress(bytes, encoding), {
      status: response.status,
      headers,
    });
  };
}
