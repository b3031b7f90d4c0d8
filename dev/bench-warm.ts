/**
 * The warm half of `npm run bench`, bundled like the function and run in a process of its own:
 * requests per second of the portal's `handler` (the guarded app through `handle()`, with the
 * data layer stubbed by an empty page of sessions) against a bare Hono route through the same
 * `handle()`. Prints `{ portal, hello }` in requests per second.
 */
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { createGuardedApp } from '#functions/api/app.ts';
import { defaultDeps } from '#functions/wiring.ts';

type Handler = (event: unknown, context: unknown) => Promise<{ statusCode: number }>;

const [eventJson = '{}', secret = ''] = process.argv.slice(2);
const event = JSON.parse(eventJson) as unknown;

// The same answer as the hello route's: the ratio is the portal's own work per request.
const stubbedSessions = { list: async () => ({ items: [], nextCursor: null }) };
const deps = { ...defaultDeps(), sessions: stubbedSessions as unknown as ReturnType<typeof defaultDeps>['sessions'] };
const portal = handle(createGuardedApp(deps, [secret])) as unknown as Handler;
const hello = handle(
  new Hono().get('/api/sessions', (c) => c.json({ items: [], nextCursor: null })),
) as unknown as Handler;

async function perSecond(handler: Handler, milliseconds: number): Promise<number> {
  let answered = 0;
  const started = performance.now();
  while (performance.now() - started < milliseconds) {
    const answer = await handler(event, { awsRequestId: 'bench' });
    if (answer.statusCode !== 200) throw new Error(`warm bench request answered ${answer.statusCode}`);
    answered += 1;
  }
  return (answered * 1000) / (performance.now() - started);
}

// Warm both (the route group loads, the JIT settles), then take turns so a slow spell falls on both.
await perSecond(portal, 500);
await perSecond(hello, 500);
const rates = { portal: [] as number[], hello: [] as number[] };
for (let round = 0; round < 3; round += 1) {
  rates.portal.push(await perSecond(portal, 700));
  rates.hello.push(await perSecond(hello, 700));
}
const best = (values: number[]) => Math.max(...values);
console.log(JSON.stringify({ portal: best(rates.portal), hello: best(rates.hello) }));
