import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGatewayEvent } from '#dev/api-gateway-event.ts';
import { bundleFunction } from '#infra/bundling.ts';
import { baseUrl } from '../support/http.ts';

/**
 * The API as it is deployed: bundled by infra/bundling.ts (the same build the CDK stack ships,
 * schemas without their OpenAPI words) and called as API Gateway calls it, against the local
 * stack. The other stack tests call the sources through the local server.
 */
const outDir = mkdtempSync(join(tmpdir(), 'portal-bundle-'));
const run = promisify(execFile);

interface Answer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

const event = apiGatewayEvent;

/** Answers the events in a fresh Node process that imports the bundle, as Lambda does. */
async function answer(...events: ReturnType<typeof event>[]): Promise<Answer[]> {
  const script = join(outDir, 'answer.mjs');
  writeFileSync(
    script,
    `const { handler } = await import('./index.mjs');
const answers = [];
for (const event of JSON.parse(process.argv[2])) answers.push(await handler(event, { awsRequestId: 'test' }));
process.stdout.write(JSON.stringify(answers));`,
  );
  const { stdout } = await run(process.execPath, [script, JSON.stringify(events)], {
    env: { ...process.env, LOG_LEVEL: 'silent' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Answer[];
}

beforeAll(async () => {
  await bundleFunction('functions/api/lambda.ts', outDir);
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the API bundle as deployed', () => {
  it('answers reads, and refuses bad input with a problem naming the field', async () => {
    const [themes, sessions, badLimit, badSignIn] = await answer(
      event('GET', '/api/themes'),
      event('GET', '/api/sessions', 'limit=2'),
      event('GET', '/api/sessions', 'limit=lots'),
      event('POST', '/api/auth/sign-in', '', { email: 'not an address' }),
    );
    expect(themes?.statusCode).toBe(200);
    expect(JSON.parse(themes?.body ?? '{}').items.length).toBeGreaterThan(0);
    expect(sessions?.statusCode).toBe(200);
    expect(JSON.parse(sessions?.body ?? '{}')).toHaveProperty('items');
    for (const [refused, field] of [
      [badLimit, 'limit'],
      [badSignIn, 'email'],
    ] as const) {
      expect(refused?.statusCode).toBe(400);
      expect(refused?.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(JSON.parse(refused?.body ?? '{}').errors)).toContain(field);
    }
  });

  it('leaves the schemas’ OpenAPI words to the OpenAPI document it serves', async () => {
    // Words of the session schema's `meta`: only the served document may hold them.
    const words = 'iCalendar SEQUENCE: bumped when time or place changes.';
    const holders = readdirSync(outDir)
      .filter((file) => file.endsWith('.mjs'))
      .filter((file) => readFileSync(join(outDir, file), 'utf8').includes(words));
    const isTheDocument = (file: string) => /\bopenapi"?:\s*"3\.1/.test(readFileSync(join(outDir, file), 'utf8'));
    expect(holders.filter((file) => !isTheDocument(file))).toEqual([]);
    const [document] = await answer(event('GET', '/api/openapi.json'));
    expect(document?.body).toContain(words);
  });

  it('and the pages’ scripts leave them out too', async () => {
    // Every script the pages can load: those index.html names, and every chunk they name, in
    // turn. The agenda item's schema is in the session editor's scripts, its words are not.
    const page = await (await fetch(`${baseUrl()}/`)).text();
    const seen = new Set([...page.matchAll(/src="\/assets\/([\w-]+\.js)"/g)].map((match) => match[1] ?? ''));
    expect(seen.size).toBeGreaterThan(0);
    const scripts: string[] = [];
    for (let next = [...seen]; next.length > 0; ) {
      const fetched = await Promise.all(next.map(async (file) => (await fetch(`${baseUrl()}/assets/${file}`)).text()));
      scripts.push(...fetched);
      const named = fetched.flatMap((code) =>
        [...code.matchAll(/(?:assets\/|\.\/)([\w-]+\.js)/g)].map((match) => match[1] ?? ''),
      );
      next = [...new Set(named)].filter((file) => !seen.has(file));
      for (const file of next) seen.add(file);
    }
    expect(scripts.length).toBeGreaterThan(20);
    const code = scripts.join('\n');
    expect(code).toContain('At most 10 speakers an item.');
    expect(code).not.toContain('Local time in Baku, HH:MM.');
  });
});
