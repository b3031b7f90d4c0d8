/**
 * `npm run load [-- --duration 20 --connections 20 --url http://localhost:3000 --pid <api pid>]`:
 * a bounded load run over loopback with autocannon. Without --url it starts a local stack of its
 * own (temporary data directory, free ports, the demo archive) and stops it afterwards. It seeds
 * upcoming sessions and signs in, then drives a mix of what people do: browse the catalog, search, open
 * session pages, ask for sign-in links, start uploads and answer invitations. It prints
 * throughput, p50/p99 latency, unexpected answers, and the API process's memory before and after.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { signInOverHttp } from '#test/support/sign-in-flow.ts';
import { demoSecretariatEmail } from './seed.ts';
import { freeStackPorts, killStackProcess, type StackProcess, startStackProcess } from './stack-process.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '20' },
    url: { type: 'string' },
    pid: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(duration > 0 && duration <= 600) || !(connections > 0 && connections <= 500)) {
  console.error('--duration must be 1–600 seconds and --connections 1–500.');
  process.exit(2);
}

/** Load goes to this machine only: a load run against someone else's server is an attack. */
function loopbackUrl(raw: string): string {
  const url = new URL(raw);
  if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || !/^https?:$/.test(url.protocol)) {
    console.error(`--url must be on localhost or 127.0.0.1, not ${url.host}.`);
    process.exit(2);
  }
  return url.origin;
}

/** Resident memory of a process in MiB, read with `ps` (Linux and macOS alike). */
function rssMiB(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
  } catch {
    return undefined;
  }
}

interface Seeded {
  sessions: string[];
}

/**
 * Upcoming public sessions to open and answer. The outcomes to browse and search are the demo
 * archive's (the stack of its own starts with it, as `npm start` does): a session is marked held
 * only once its start has passed, which a load run cannot wait for.
 */
async function seed(baseUrl: string, cookie: string): Promise<Seeded> {
  const call = async (path: string, method: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status >= 300)
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const sessions: string[] = [];
  const firstDay = Date.now() + 30 * 86_400_000;
  for (let i = 0; i < 6; i += 1) {
    const day = new Date(firstDay + i * 3 * 86_400_000).toISOString().slice(0, 10);
    const title = `Yük sınağı ${i + 1}: əmək hüquqları və təchizat zəncirləri`;
    const { id } = await call('/api/sessions', 'POST', {
      theme: 'disability-rights',
      title: { az: title, en: `Load run ${i + 1}: labour rights and supply chains` },
      summary: { az: 'Yük sınağı üçün iclas.', en: 'A session for the load run.' },
      startsAt: `${day}T10:00:00+04:00`,
      endsAt: `${day}T13:00:00+04:00`,
      venue: 'Ombudsman Aparatı, Bakı',
      visibility: 'public',
      agenda: [],
    });
    await call(`/api/sessions/${id}/transitions`, 'POST', { to: 'scheduled' });
    sessions.push(id);
  }
  return { sessions };
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

/** What each kind of request may answer and still be right (sign-in links are rate-limited). */
const expected: Record<string, number[]> = {
  catalog: [200],
  search: [200],
  'session page': [200],
  'sessions list': [200],
  'sign-in request': [202, 429],
  'upload start': [201],
  rsvp: [200],
};

async function main(): Promise<void> {
  let stack: StackProcess | undefined;
  let dataDir: string | undefined;
  let baseUrl: string;
  let mailboxUrl: string | undefined;
  let pid = values.pid ? Number(values.pid) : undefined;
  if (values.url) {
    baseUrl = loopbackUrl(values.url);
    mailboxUrl = `http://127.0.0.1:${process.env.SES_PORT ?? 8005}`;
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'portal-load-'));
    console.log('Starting a local stack of its own…');
    stack = await startStackProcess(dataDir, await freeStackPorts(), { demo: true });
    baseUrl = stack.baseUrl;
    mailboxUrl = stack.mailboxUrl;
    pid = stack.child.pid;
  }
  const stop = async () => {
    if (stack) await killStackProcess(stack);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));

  try {
    const cookie = await signInOverHttp(baseUrl, mailboxUrl, demoSecretariatEmail);
    const { sessions } = await seed(baseUrl, cookie);
    const tally = new Map<string, Map<number, number>>();
    const count = (kind: string) => (status: number) => {
      const byStatus = tally.get(kind) ?? new Map<number, number>();
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      tally.set(kind, byStatus);
    };
    const json = { 'content-type': 'application/json' };
    const signedIn = { ...json, cookie };
    const words = ['hüquq', 'əmək', 'supply', 'təchizat', 'rights', 'load', 'Bakı'];
    const requests: autocannon.Request[] = [
      { method: 'GET', path: '/api/outcomes?limit=20', onResponse: count('catalog') },
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: `/api/outcomes?q=${encodeURIComponent(pick(words))}` }),
        onResponse: count('search'),
      },
      { method: 'GET', path: '/api/sessions?limit=20', onResponse: count('sessions list') },
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: `/api/sessions/${pick(sessions)}` }),
        onResponse: count('session page'),
      },
      {
        method: 'GET',
        headers: signedIn,
        setupRequest: (request) => ({ ...request, path: `/api/sessions/${pick(sessions)}` }),
        onResponse: count('session page'),
      },
      {
        method: 'PUT',
        headers: signedIn,
        setupRequest: (request) => ({
          ...request,
          path: `/api/sessions/${pick(sessions)}/rsvp`,
          body: JSON.stringify({ answer: pick(['yes', 'no', 'maybe']) }),
        }),
        onResponse: count('rsvp'),
      },
      {
        method: 'POST',
        path: '/api/auth/sign-in',
        headers: json,
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ email: `load-${randomUUID().slice(0, 8)}@load.example` }),
        }),
        onResponse: count('sign-in request'),
      },
      {
        method: 'POST',
        path: '/api/documents',
        headers: signedIn,
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            title: `Yük sınağı sənədi ${randomUUID().slice(0, 6)}`,
            language: 'az',
            fileName: 'hesabat.pdf',
            contentType: 'application/pdf',
            size: 200_000,
          }),
        }),
        onResponse: count('upload start'),
      },
    ];

    const rssBefore = rssMiB(pid);
    console.log(`Load: ${duration} s, ${connections} connections, against ${baseUrl}`);
    const result = await autocannon({ url: baseUrl, connections, duration, requests });
    const rssAfter = rssMiB(pid);

    let unexpected = 0;
    const rows = [...tally].map(([kind, byStatus]) => {
      const total = [...byStatus.values()].reduce((sum, n) => sum + n, 0);
      const wrong = [...byStatus].filter(([status]) => !(expected[kind] ?? []).includes(status));
      unexpected += wrong.reduce((sum, [, n]) => sum + n, 0);
      const statuses = [...byStatus].map(([status, n]) => `${status}×${n}`).join(' ');
      return `  ${kind.padEnd(16)} ${String(total).padStart(7)}   ${statuses}`;
    });
    const mib = (value: number | undefined) => (value === undefined ? 'unknown' : `${value.toFixed(0)} MiB`);
    console.log(
      [
        '',
        `Requests:    ${result.requests.total} in ${result.duration.toFixed(1)} s (${result.requests.average.toFixed(0)} req/s on average)`,
        `Latency:     p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
        `Errors:      ${result.errors} connection errors, ${result.timeouts} timeouts, ${unexpected} unexpected answers`,
        `API memory:  RSS ${mib(rssBefore)} at start, ${mib(rssAfter)} at end${pid ? ` (pid ${pid})` : ' (pass --pid to see it)'}`,
        '',
        '  kind                 count   answers',
        ...rows,
      ].join('\n'),
    );
    process.exitCode = result.errors + result.timeouts + unexpected > 0 ? 1 : 0;
  } finally {
    await stop();
  }
}

main().catch((error: Error) => {
  console.error(`Load run failed: ${error.message}`);
  process.exit(1);
});
