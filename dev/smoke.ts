/**
 * `npm run smoke -- --url https://portal.example.org`: walks the public journey of a running
 * portal (a deployment or `npm start`) without signing in or changing anything, and exits
 * non-zero naming every step that failed. Run it after each deploy.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface SmokeStep {
  readonly name: string;
  readonly path: string;
  /** What the body must show for the step to pass. */
  readonly check: (answer: Response, body: string) => string | undefined;
}

function expectType(answer: Response, type: string): string | undefined {
  const got = answer.headers.get('content-type') ?? '';
  return got.includes(type) ? undefined : `content type ${got || 'none'}, expected ${type}`;
}

function jsonList(answer: Response, body: string): string | undefined {
  const wrongType = expectType(answer, 'application/json');
  if (wrongType) return wrongType;
  const parsed = JSON.parse(body) as unknown;
  const items = Array.isArray(parsed) ? parsed : (parsed as { items?: unknown }).items;
  return Array.isArray(items) ? undefined : 'no list in the answer';
}

export const smokeSteps: readonly SmokeStep[] = [
  {
    name: 'health',
    path: '/api/health',
    check: (answer, body) =>
      expectType(answer, 'json') ?? (body.includes('"ok"') ? undefined : `not healthy: ${body.slice(0, 200)}`),
  },
  {
    name: 'home page',
    path: '/',
    check: (answer, body) =>
      expectType(answer, 'text/html') ??
      (body.includes('<div id=') || body.includes('<script') ? undefined : 'no app in the page'),
  },
  { name: 'themes', path: '/api/themes', check: jsonList },
  { name: 'catalog', path: '/api/outcomes', check: jsonList },
  {
    name: 'feed',
    path: '/api/feed.atom',
    check: (answer, body) => expectType(answer, 'atom+xml') ?? (body.includes('<feed') ? undefined : 'no Atom feed'),
  },
  {
    name: 'calendar',
    path: '/api/calendar.ics',
    check: (answer, body) =>
      expectType(answer, 'text/calendar') ?? (body.includes('BEGIN:VCALENDAR') ? undefined : 'no calendar'),
  },
  { name: 'API reference', path: '/api/docs', check: (answer) => expectType(answer, 'text/html') },
  {
    name: 'OpenAPI document',
    path: '/api/openapi.json',
    check: (answer, body) => expectType(answer, 'json') ?? (JSON.parse(body).openapi ? undefined : 'no openapi field'),
  },
];

export interface SmokeResult {
  readonly step: string;
  readonly url: string;
  readonly status: number | undefined;
  readonly problem: string | undefined;
  readonly ms: number;
}

/** Runs every step against `baseUrl`, one after another; never throws for a failing step. */
export async function runSmoke(baseUrl: string, steps: readonly SmokeStep[] = smokeSteps): Promise<SmokeResult[]> {
  const results: SmokeResult[] = [];
  for (const step of steps) {
    const url = new URL(step.path, baseUrl).toString();
    const started = performance.now();
    let status: number | undefined;
    let problem: string | undefined;
    try {
      const answer = await fetch(url, { headers: { Accept: '*/*' }, signal: AbortSignal.timeout(15_000) });
      status = answer.status;
      const body = await answer.text();
      problem = answer.ok ? step.check(answer, body) : `status ${answer.status}: ${body.slice(0, 200)}`;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    results.push({ step: step.name, url, status, problem, ms: Math.round(performance.now() - started) });
  }
  return results;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: 'string' } } });
  if (!values.url) {
    console.error('Usage: npm run smoke -- --url https://portal.example.org');
    process.exit(2);
  }
  const results = await runSmoke(values.url);
  for (const result of results) {
    const mark = result.problem ? 'FAIL' : 'ok  ';
    console.log(
      `${mark} ${result.step.padEnd(18)} ${String(result.status ?? '-').padEnd(4)} ${String(result.ms).padStart(5)} ms  ${result.problem ?? ''}`,
    );
  }
  const failed = results.filter((result) => result.problem);
  if (failed.length > 0) {
    console.error(`${failed.length} of ${results.length} steps failed.`);
    process.exit(1);
  }
  console.log(`All ${results.length} steps passed against ${values.url}.`);
}

const invokedDirectly =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) await main();
