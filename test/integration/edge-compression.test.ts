import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { baseUrl } from '../support/http.ts';

/** A GET whose answer is read as it came over the wire (fetch would undo the compression). */
function rawGet(path: string, acceptEncoding: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((done, fail) => {
    const outgoing = request(`${baseUrl()}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => done({ headers: answer.headers, body: Buffer.concat(chunks) }));
      answer.on('error', fail);
    });
    outgoing.on('error', fail);
    outgoing.end();
  });
}

/** The largest script index.html names (the entry is small; the libraries it preloads are not). */
async function largeScript(): Promise<{ path: string; bytes: Buffer }> {
  const { body } = await rawGet('/', 'identity');
  const named = [...body.toString('utf8').matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  );
  const scripts = await Promise.all(
    named.map(async (path) => ({ path, bytes: (await rawGet(path, 'identity')).body })),
  );
  const largest = scripts.sort((a, b) => b.bytes.length - a.bytes.length)[0];
  if (!largest) throw new Error('index.html names no script');
  return largest;
}

describe('the pages’ files, compressed as CloudFront compresses them', () => {
  it('sends Brotli or gzip to a browser that accepts it, the same bytes every time, and as they are otherwise', async () => {
    const { path: script } = await largeScript();
    const plain = await rawGet(script, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    // CloudFront leaves files under 1,000 bytes as they are.
    expect(plain.body.length).toBeGreaterThan(1_000);

    for (let round = 0; round < 2; round += 1) {
      const brotli = await rawGet(script, 'gzip, deflate, br');
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.headers.vary).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);

      const gzip = await rawGet(script, 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    }
  });

  it('leaves the API uncompressed, as CloudFront does for answers it does not cache', async () => {
    const answer = await rawGet('/api/themes', 'gzip, br');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.body.toString('utf8'))).toHaveProperty('items');
  });

  it('compresses the public answers, which CloudFront caches and compresses like the pages', async () => {
    const plain = await rawGet('/api/public/themes', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    // The founding themes alone pass CloudFront's 1,000 bytes.
    expect(plain.body.length).toBeGreaterThan(1_000);
    const brotli = await rawGet('/api/public/themes', 'gzip, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe(plain.headers['cache-control']);
    expect(JSON.parse(brotliDecompressSync(brotli.body).toString('utf8'))).toEqual(
      JSON.parse(plain.body.toString('utf8')),
    );
  });
});
