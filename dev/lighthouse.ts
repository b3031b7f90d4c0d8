/**
 * `npm run lighthouse [-- --url http://localhost:3000] [--runs 5]`: Lighthouse 12.2 (mobile, its
 * default profile) on the home, catalog, outcome and session pages, each run `--runs` times,
 * printed as one table of the median runs against the targets, after one run of each page that
 * is not counted (see `warmUp`). Without --url it starts a demo
 * stack of its own (`npm start` on a temporary data directory and free ports, pages compressed as
 * CloudFront compresses them) and stops it after.
 *
 * Lighthouse 12.2 runs on Node.js 20, not on the project's Node.js 24 that `npm run` puts first
 * on PATH: the first `node` of major 20 found in LIGHTHOUSE_NODE, on PATH outside node_modules,
 * or in /usr/bin and /usr/local/bin runs it. Chromium is CHROME_PATH or /usr/bin/chromium.
 * The exit code is 1 when a page misses a target.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { machineNodes, nodeVersionOf } from './machine-node.ts';
import { killStackProcess, type StackProcess, startStackProcessOnFreePorts } from './stack-process.ts';

const { values } = parseArgs({ options: { url: { type: 'string' }, runs: { type: 'string', default: '5' } } });
/**
 * Lighthouse runs of each page: its performance score varies from run to run on one machine, so
 * the table shows the median run (Lighthouse's own `computeMedianRun`, the run nearest the median
 * FCP and TTI, as its variability guide advises) and the range of the scores.
 */
const runs = Number(values.runs);

/**
 * One run of every page, not counted, before the measured ones: a stack just started answers its
 * first requests slowly (Node.js and DynamoDB Local's Java not yet compiled what they run, files
 * not yet in the disk cache), and the first measured run of the first page paid for it (a score
 * 8–12 below the page's others, twice).
 */
async function warmUp(node: string, baseUrl: string, chromePath: string, pages: Array<{ path: string }>) {
  console.log('Warming up: one run of each page, not counted…');
  const dir = mkdtempSync(join(tmpdir(), 'portal-lighthouse-warm-up-'));
  try {
    for (const [index, page] of pages.entries()) {
      await runLighthouse(node, `${baseUrl}${page.path}`, chromePath, join(dir, `${index}.json`));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const maxCls = 0.02;
type Category = keyof typeof targets;
const categories = Object.keys(targets) as Category[];

function loopbackUrl(raw: string): string {
  const url = new URL(raw);
  if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
    console.error(`--url must be on localhost or 127.0.0.1, not ${url.host}.`);
    process.exit(2);
  }
  return url.origin;
}

/** A Node.js 20 to run Lighthouse with (see above), or undefined. */
function node20(): string | undefined {
  const candidates = [process.env.LIGHTHOUSE_NODE, ...machineNodes()];
  return candidates.find((candidate) => candidate && /^v20\./.test(nodeVersionOf(candidate) ?? ''));
}

interface PageResult {
  name: string;
  path: string;
  scores: Record<Category, number>;
  /** The lowest and highest performance score of the page's runs. */
  performanceRange: [number, number];
  cls: number;
  /** The audits that cost points outside performance, and the largest shifts. */
  findings: string[];
}

interface LighthouseReport {
  categories: Record<Category, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      numericValue?: number;
      displayValue?: string;
    }
  >;
}

function runLighthouse(node: string, url: string, chromePath: string, outputPath: string): Promise<void> {
  const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${outputPath}`,
    `--only-categories=${categories.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--quiet',
  ];
  return new Promise((done, fail) => {
    let errors = '';
    const child = spawn(node, args, {
      env: { ...process.env, CHROME_PATH: chromePath },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`Lighthouse exited with ${code}:\n${errors}`))));
  });
}

const scoresOf = (report: LighthouseReport) =>
  Object.fromEntries(
    categories.map((category) => [category, Math.round((report.categories[category].score ?? 0) * 100)]),
  ) as Record<Category, number>;

/** The page's result: the median run's scores and findings, and every run's range of performance. */
function readReports(name: string, path: string, files: string[]): PageResult {
  const all = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as LighthouseReport);
  const report = computeMedianRun(all as never) as unknown as LighthouseReport;
  const scores = scoresOf(report);
  const performances = all.map((run) => scoresOf(run).performance);
  const findings = categories
    .filter((category) => category !== 'performance')
    .flatMap((category) =>
      report.categories[category].auditRefs
        .map((ref) => report.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
        .map((audit) => `${category}: ${audit?.id} — ${audit?.title}`),
    );
  const performance = report.categories.performance.auditRefs
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 0.9 && audit.numericValue !== undefined)
    .map((audit) => `performance: ${audit?.id} ${audit?.displayValue ?? ''}`.trim());
  // Lighthouse 12.2's trace engine cannot read some of a newer Chromium's trace (layout-shift
  // root causes, the LCP element): those audits error, the scores do not depend on them.
  const unmeasured = Object.values(report.audits)
    .filter((audit) => audit.scoreDisplayMode === 'error')
    .map((audit) => audit.id);
  if (unmeasured.length > 0) findings.push(`not measured (Lighthouse error): ${unmeasured.join(', ')}`);
  return {
    name,
    path,
    scores,
    performanceRange: [Math.min(...performances), Math.max(...performances)],
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    findings: [...performance, ...findings],
  };
}

/** The pages measured: the outcome and session are the newest published outcome and the next session. */
async function pagesOf(baseUrl: string): Promise<Array<{ name: string; path: string }>> {
  const outcomes = (await (await fetch(`${baseUrl}/api/outcomes?limit=1`)).json()) as {
    items: Array<{ sessionId: string }>;
  };
  const sessions = (await (await fetch(`${baseUrl}/api/sessions?limit=1&from=${new Date().toISOString()}`)).json()) as {
    items: Array<{ id: string }>;
  };
  const outcome = outcomes.items[0]?.sessionId;
  const session = sessions.items[0]?.id;
  if (!outcome || !session) {
    throw new Error(
      'The portal has no published outcome or no upcoming session to measure: seed the demo (npm start).',
    );
  }
  return [
    { name: 'home', path: '/' },
    { name: 'catalog', path: '/outcomes' },
    { name: 'outcome', path: `/outcomes/${outcome}` },
    { name: 'session', path: `/sessions/${session}` },
  ];
}

function printTable(results: PageResult[]): boolean {
  const mark = (ok: boolean) => (ok ? ' ' : '✗');
  const header = ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'CLS', `performance, ${runs} runs`];
  const rows = results.map((result) => [
    result.name,
    ...categories.map((category) => `${result.scores[category]}${mark(result.scores[category] >= targets[category])}`),
    `${result.cls.toFixed(3)}${mark(result.cls <= maxCls)}`,
    `${result.performanceRange[0]}–${result.performanceRange[1]}`,
  ]);
  const targetRow = ['target', ...categories.map((category) => `≥ ${targets[category]}`), `≤ ${maxCls}`, ''];
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...[...rows, targetRow].map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) console.log(line(row));
  console.log(line(targetRow));
  return results.every(
    (result) => result.cls <= maxCls && categories.every((category) => result.scores[category] >= targets[category]),
  );
}

async function main(): Promise<number> {
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs must be a whole number of runs, 1 or more, not ${values.runs}.`);
    return 2;
  }
  const node = node20();
  if (!node) {
    console.error('Lighthouse 12.2 runs on Node.js 20: install one, or point LIGHTHOUSE_NODE at its node binary.');
    return 2;
  }
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromePath)) {
    console.error(`No Chromium at ${chromePath}: install it (Debian: apt-get install chromium) or set CHROME_PATH.`);
    return 2;
  }
  let stack: StackProcess | undefined;
  const dataDir = values.url ? undefined : mkdtempSync(join(tmpdir(), 'portal-lighthouse-'));
  const reports = mkdtempSync(join(tmpdir(), 'portal-lighthouse-reports-'));
  let measured = false;
  try {
    let baseUrl: string;
    if (values.url) baseUrl = loopbackUrl(values.url);
    else {
      console.log('Starting a demo stack of its own…');
      stack = await startStackProcessOnFreePorts(dataDir as string, { demo: true });
      baseUrl = stack.baseUrl;
    }
    const pages = await pagesOf(baseUrl);
    await warmUp(node, baseUrl, chromePath, pages);
    const results: PageResult[] = [];
    for (const page of pages) {
      console.log(`Lighthouse (mobile, Node.js ${nodeVersionOf(node)}): ${page.path}`);
      const files = Array.from({ length: runs }, (_, run) => join(reports, `${page.name}-${run + 1}.json`));
      for (const file of files) await runLighthouse(node, `${baseUrl}${page.path}`, chromePath, file);
      results.push(readReports(page.name, page.path, files));
    }
    measured = true;
    console.log('');
    const met = printTable(results);
    for (const result of results.filter((r) => r.findings.length > 0)) {
      console.log(`\n${result.name} (${result.path}):\n${result.findings.map((finding) => `  ${finding}`).join('\n')}`);
    }
    console.log(`\nReports (JSON): ${reports}`);
    return met ? 0 : 1;
  } finally {
    if (stack) await killStackProcess(stack);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (!measured) rmSync(reports, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
