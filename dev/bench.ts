/**
 * `npm run bench`: what a cold start costs. Bundles the API function exactly as it is deployed,
 * starts the local stack, and times fresh Node processes that (a) do nothing, (b) import the
 * bundle, (c) import it and answer one recorded API Gateway event against the local stack.
 * The same is timed for a floor: the session list answered by Hono, the data layer and the
 * DynamoDB client alone (dev/bench-floor.ts), which no build of the portal can beat.
 * Prints one table; times are medians, with ratios to the empty process of the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { originHeaderName } from '#functions/config.ts';
import { bundleFunction } from '#infra/bundling.ts';
import { lambdaRuntimeName } from '#infra/node-version.ts';
import { freePort } from './ports.ts';
import { ensureBucket, ensureTable } from './provision.ts';
import { startLocalStack } from './stack.ts';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const outDir = resolve('.bench/api');
const floorDir = resolve('.bench/floor');

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
      execFileSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
      if (round > 0) times[i]?.push(Number(process.hrtime.bigint() - started) / 1e6);
    });
  }
  return times.map(median);
}

function writeScripts(dir: string, path: string): { importScript: string; answerScript: string } {
  const importScript = join(dir, 'import.mjs');
  const answerScript = join(dir, 'answer.mjs');
  writeFileSync(importScript, "await import('./index.mjs');\n");
  writeFileSync(
    answerScript,
    `const { handler } = await import('./index.mjs');
const answer = await handler(${JSON.stringify(recordedEvent(path))}, { awsRequestId: 'bench' });
if (answer.statusCode !== 200) { console.error('bench request answered', answer.statusCode, answer.body); process.exit(1); }
`,
  );
  return { importScript, answerScript };
}

/** A GET as API Gateway's HTTP API (payload 2.0) hands it to the function. */
function recordedEvent(path: string) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: {
      host: 'portal.example.az',
      accept: 'application/json',
      'user-agent': 'bench',
      // As CloudFront forwards it (the local stack's value, from its environment).
      [originHeaderName]: process.env.ORIGIN_SECRETS?.split(',')[0] ?? '',
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'bench',
      domainName: 'portal.example.az',
      domainPrefix: 'portal',
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
      requestId: 'bench-request',
      routeKey: '$default',
      stage: '$default',
      time: '25/Nov/2026:10:00:00 +0000',
      timeEpoch: 1795600800000,
    },
    isBase64Encoded: false,
  };
}

async function main(): Promise<void> {
  for (const dir of [outDir, floorDir]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const result = await bundleFunction('functions/api/lambda.ts', outDir);
  await bundleFunction('dev/bench-floor.ts', floorDir);
  const outputs = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.mjs'));
  const entryKb = statSync(join(outDir, 'index.mjs')).size / 1024;
  const totalKb = outputs.reduce((sum, file) => sum + statSync(file).size, 0) / 1024;

  // The handler answers against the local stack: an anonymous session list, as the issue asks.
  const benchPath = process.env.BENCH_PATH ?? '/api/sessions';
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-bench-'));
  const ports = { dynamodb: await freePort(), s3: await freePort(), ses: await freePort() };
  const stack = await startLocalStack({ dataDir, ports, portalOrigin: 'https://portal.example.az', inMemory: true });
  try {
    Object.assign(process.env, stack.env, { LOG_LEVEL: 'silent' });
    await ensureTable();
    await ensureBucket();
    const { seedDemoData } = await import('./seed.ts');
    await seedDemoData();

    const portal = writeScripts(outDir, benchPath);
    const floor = writeScripts(floorDir, '/api/sessions');
    const env = { ...process.env, LOG_LEVEL: 'silent', NODE_NO_WARNINGS: '1' };
    const [empty = 0, imported = 0, answered = 0, floorImported = 0, floorAnswered = 0] = timeProcesses(
      [['-e', '0'], [portal.importScript], [portal.answerScript], [floor.importScript], [floor.answerScript]],
      env,
    );

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

    const rows: Array<[string, string, string, string]> = [
      ['Node.js (every row runs on it)', process.versions.node, '', `${lambdaRuntimeName} on Lambda`],
      ['API bundle, entry file', `${entryKb.toFixed(0)} KB`, '', '≤ 600 KB'],
      [`API bundle, all chunks (${outputs.length})`, `${totalKb.toFixed(0)} KB`, '', ''],
      ['empty Node process (node -e 0)', `${empty.toFixed(1)} ms`, '1.00×', ''],
      ['import the API bundle', `${imported.toFixed(1)} ms`, `${(imported / empty).toFixed(2)}×`, '≤ 1.80×'],
      [`import + answer GET ${benchPath}`, `${answered.toFixed(1)} ms`, `${(answered / empty).toFixed(2)}×`, '≤ 2.00×'],
      [
        'floor: import Hono + data layer',
        `${floorImported.toFixed(1)} ms`,
        `${(floorImported / empty).toFixed(2)}×`,
        '',
      ],
      [
        'floor: import + answer GET /api/sessions',
        `${floorAnswered.toFixed(1)} ms`,
        `${(floorAnswered / empty).toFixed(2)}×`,
        '',
      ],
      ...pageRows,
      ...searchRows,
      ...mailRows,
    ];
    const header: [string, string, string, string] = ['measure', `value (median of ${runs})`, 'vs empty', 'target'];
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
