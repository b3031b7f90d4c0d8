/**
 * The warm half of `npm run bench`, bundled like the function and run in a process of its own:
 * requests per second of the portal's `handler` (the guarded app through `handle()`, with the
 * data layer stubbed by an empty page of sessions) against a bare Hono route through the same
 * `handle()`. Prints `{ portal, hello }` in requests per second (medians) and their `ratio`.
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

// Warm both (the route group loads, the JIT settles), then take turns in short rounds, each ratio
// from two neighbouring rounds, so that a slow spell of a shared machine falls on both alike.
await perSecond(portal, 500);
await perSecond(hello, 500);
const rounds: Array<{ portal: number; hello: number }> = [];
for (let round = 0; round < 9; round += 1) {
  rounds.push({ portal: await perSecond(portal, 300), hello: await perSecond(hello, 300) });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(
  JSON.stringify({
    portal: median(rounds.map((r) => r.portal)),
    hello: median(rounds.map((r) => r.hello)),
    ratio: median(rounds.map((r) => r.portal / r.hello)),
  }),
);
