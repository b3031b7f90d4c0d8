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
    // The session schema, whose words these are, is in the scripts every page loads first.
    const page = await (await fetch(`${baseUrl()}/`)).text();
    const scripts = [...page.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    const code = await Promise.all(scripts.map(async (script) => (await fetch(`${baseUrl()}${script}`)).text()));
    expect(code.join('\n')).toContain('seatsTaken');
    expect(code.join('\n')).not.toContain('iCalendar SEQUENCE: bumped when time or place changes.');
  });
});
