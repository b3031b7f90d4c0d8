import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDump, parseDump } from '#dev/admin-dump.ts';
import { assertPortFree, waitFor } from '#dev/ports.ts';
import { demoSecretariatEmail } from '#dev/seed.ts';
import {
  freeStackPorts,
  killStackProcess,
  type StackPorts,
  type StackProcess,
  startStackProcess,
} from '#dev/stack-process.ts';
import { sessionInput } from '../support/sessions.ts';
import { signInOverHttp } from '../support/sign-in-flow.ts';

/**
 * The whole local stack (API, s3rver, DynamoDB Local on disk) is SIGKILLed in the middle of
 * concurrent writes, then started again on the same data directory: every write that was
 * answered 2xx is there, and no record is half-written.
 */
// One crash keeps the test near a minute on a busy laptop; CRASH_RUNS=3 for a longer proof.
const crashRuns = Number(process.env.CRASH_RUNS ?? 1);
const writers = 8;
const dataDir = mkdtempSync(join(tmpdir(), 'portal-crash-'));
let stack: StackProcess | undefined;

afterAll(async () => {
  if (stack) await killStackProcess(stack);
  rmSync(dataDir, { recursive: true, force: true });
});

/** A write the API answered 2xx, and how to see it afterwards. */
interface Acknowledged {
  what: string;
  check: (read: Reader) => Promise<string | undefined>;
}

// biome-ignore lint/suspicious/noExplicitAny: checks read answer fields and compare them, not types
type Answer = Record<string, any>;
type Reader = (path: string) => Promise<{ status: number; body: Answer }>;

function client(baseUrl: string, cookie: string) {
  const call = async (
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: { Cookie: cookie, 'Content-Type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    return { status: response.status, etag: response.headers.get('etag'), body: text ? JSON.parse(text) : {} };
  };
  return call;
}

async function waitUntilPortsFree(ports: StackPorts): Promise<void> {
  for (const [name, port] of Object.entries(ports))
    await waitFor(`port ${name} to be free`, () => assertPortFree(port, name).then(() => true), 15_000);
}

/** Writes of every kind, in a loop per writer, until the stack dies under them. */
async function writeUntilKilled(call: ReturnType<typeof client>, scheduled: string[], acknowledged: Acknowledged[]) {
  const run = randomUUID().slice(0, 6);
  let n = 0;
  const next = () => {
    n += 1;
    return n;
  };
  const writes: Array<() => Promise<void>> = [
    async () => {
      const title = `Crash ${run} ${next()}`;
      const input = sessionInput({ title: { az: title, en: title } });
      const answer = await call('/api/sessions', {
        method: 'POST',
        body: input,
        headers: { 'Idempotency-Key': randomUUID() },
      });
      if (answer.status === 201)
        acknowledged.push({
          what: `session ${answer.body.id}`,
          check: async (read) => {
            const seen = await read(`/api/sessions/${answer.body.id}`);
            return seen.status === 200 && seen.body.title?.en === title
              ? undefined
              : `${seen.status} ${seen.body.title?.en}`;
          },
        });
    },
    async () => {
      const slug = `crash-${run}-${next()}`;
      const answer = await call('/api/themes', {
        method: 'POST',
        body: { slug, name: { az: slug, en: slug }, description: { az: 'Təsvir', en: 'Description' } },
      });
      if (answer.status === 201)
        acknowledged.push({
          what: `theme ${slug}`,
          check: async (read) => ((await read(`/api/themes/${slug}`)).status === 200 ? undefined : 'missing'),
        });
    },
    async () => {
      const email = `crash-${run}-${next()}@test.example`;
      const answer = await call('/api/members', {
        method: 'POST',
        body: { name: `Crash ${email}`, email, organisation: 'Test', organisationType: 'ngo' },
      });
      if (answer.status === 201)
        acknowledged.push({
          what: `member ${email}`,
          check: async (read) => {
            const seen = await read(`/api/members/${answer.body.id}`);
            return seen.status === 200 && seen.body.email === email ? undefined : `${seen.status}`;
          },
        });
    },
    async () => {
      const title = `Crash document ${run} ${next()}`;
      const answer = await call('/api/documents', {
        method: 'POST',
        body: { title, language: 'az', fileName: 'crash.pdf', contentType: 'application/pdf', size: 1000 },
      });
      if (answer.status === 201)
        acknowledged.push({
          what: `document ${answer.body.document.id}`,
          check: async (read) => {
            const seen = await read(`/api/documents/${answer.body.document.id}`);
            return seen.status === 200 && seen.body.title === title ? undefined : `${seen.status}`;
          },
        });
    },
    async () => {
      const session = scheduled[Math.floor(Math.random() * scheduled.length)] as string;
      const answer = (['yes', 'no', 'maybe'] as const)[next() % 3] as string;
      const put = await call(`/api/sessions/${session}/rsvp`, { method: 'PUT', body: { answer } });
      // A later RSVP to the same session may have been in flight when the stack died.
      if (put.status === 200)
        acknowledged.push({
          what: `RSVP ${answer} to ${session}`,
          check: async (read) => ((await read(`/api/sessions/${session}`)).body.myRsvp?.answer ? undefined : 'no RSVP'),
        });
    },
  ];
  const editOwnSession = async () => {
    // Each writer edits a session of its own, one edit at a time, so the last acknowledged
    // title is the one stored, or the next one if it committed just before the kill.
    const created = await call('/api/sessions', { method: 'POST', body: sessionInput() });
    if (created.status !== 201) return;
    let etag = `"${created.body.version}"`;
    for (let edit = 1; ; edit += 1) {
      const title = `Edited ${run} ${edit}`;
      const next = `Edited ${run} ${edit + 1}`;
      const answer = await call(`/api/sessions/${created.body.id}`, {
        method: 'PATCH',
        body: { title: { az: title, en: title } },
        headers: { 'If-Match': etag },
      });
      if (answer.status !== 200) return;
      etag = answer.etag ?? `"${answer.body.version}"`;
      acknowledged.push({
        what: `edit ${edit} of ${created.body.id}`,
        check: async (read) => {
          const seen = (await read(`/api/sessions/${created.body.id}`)).body.title?.en;
          return seen === title || seen === next || Number(seen?.split(' ').pop()) > edit ? undefined : `title ${seen}`;
        },
      });
    }
  };
  const loop = async () => {
    for (;;) await (writes[Math.floor(Math.random() * writes.length)] as () => Promise<void>)();
  };
  await Promise.allSettled([editOwnSession(), ...Array.from({ length: writers }, loop)]);
}

/** Records the stack half-wrote: each must come with its partner, written in the same transaction. */
async function halfWritten(dynamodbUrl: string): Promise<{ problems: string[]; trail: (id: string) => string[] }> {
  const lines: string[] = [];
  const target = {
    dynamodb: new DynamoDBClient({ region: 'eu-central-1', endpoint: dynamodbUrl }),
    s3: new S3Client({ region: 'eu-central-1' }),
    table: 'portal',
    bucket: 'portal-documents',
  };
  for await (const line of exportDump(target, { files: false })) lines.push(line);
  const items = parseDump(lines.join('\n')).items.map(
    (item) => Object.fromEntries(Object.entries(item).map(([name, value]) => [name, value.S ?? value])) as Answer,
  );
  const keys = new Set(items.map((item) => `${item.PK}|${item.SK}`));
  const audited = new Set(items.filter((item) => String(item.GSI1PK).startsWith('AUDIT#')).map((item) => item.GSI1PK));
  const problems: string[] = [];
  for (const item of items) {
    const [kind, id] = String(item.PK).split('#');
    if (kind === 'MEMBER' && item.SK === 'PROFILE') {
      const email = String(item.email?.S ?? item.email).toLowerCase();
      if (!keys.has(`EMAIL#${email}|EMAIL`)) problems.push(`member ${id} without its email claim`);
    }
    if (kind === 'EMAIL' && !keys.has(`MEMBER#${item.memberId}|PROFILE`))
      problems.push(`email claim ${item.PK} without a member`);
    if (kind === 'SESSION' && item.SK === 'META' && !audited.has(`AUDIT#session#${id}`))
      problems.push(`session ${id} without its audit event`);
    if (kind === 'SESSION' && String(item.SK).startsWith('RSVP#') && !keys.has(`SESSION#${id}|META`))
      problems.push(`RSVP ${item.SK} without its session ${id}`);
    if (kind === 'DOC' && item.SK === 'META') {
      if (!keys.has(`DOC#${id}|V#000001`)) problems.push(`document ${id} without its first version`);
      if (!audited.has(`AUDIT#document#${id}`)) problems.push(`document ${id} without its audit event`);
    }
    if (kind === 'DOC' && String(item.SK).startsWith('V#') && !keys.has(`DOC#${id}|META`))
      problems.push(`version ${item.SK} without its document ${id}`);
    if (kind === 'THEME' && item.SK === 'THEME' && !audited.has(`AUDIT#theme#${id}`))
      problems.push(`theme ${id} without its audit event`);
  }
  for (const event of audited) {
    const [, type, id] = String(event).split('#');
    const home = { session: `SESSION#${id}|META`, document: `DOC#${id}|META`, theme: `THEME#${id}|THEME` }[
      type as 'session' | 'document' | 'theme'
    ];
    if (home && !keys.has(home)) problems.push(`audit event for ${type} ${id}, which does not exist`);
  }
  // What the audit log says of an entity, to tell a lost transaction from a half-written one.
  const trail = (id: string) =>
    items
      .filter((item) => String(item.GSI1PK).endsWith(`#${id}`) && String(item.GSI1PK).startsWith('AUDIT#'))
      .map((item) => `${item.at} ${item.action} ${JSON.stringify(item.changes?.M ?? item.changes ?? {})}`);
  return { problems, trail };
}

describe('a SIGKILL of the whole stack in the middle of writes', () => {
  it(
    `loses no acknowledged write and half-writes nothing (${crashRuns} crashes)`,
    async () => {
      const started = Date.now();
      const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
      const ports = await freeStackPorts();
      stack = await startStackProcess(dataDir, ports);
      console.log(`stack up at ${at()}`);
      const cookie = await signInOverHttp(stack.baseUrl, stack.mailboxUrl, demoSecretariatEmail);
      const setup = client(stack.baseUrl, cookie);
      const scheduled: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        const created = await setup('/api/sessions', { method: 'POST', body: sessionInput() });
        const moved = await setup(`/api/sessions/${created.body.id}/transitions`, {
          method: 'POST',
          body: { to: 'scheduled' },
        });
        expect(moved.status).toBe(200);
        scheduled.push(created.body.id);
      }

      const acknowledged: Acknowledged[] = [];
      for (let run = 1; run <= crashRuns; run += 1) {
        const before = acknowledged.length;
        const call = client((stack as StackProcess).baseUrl, cookie);
        const writing = writeUntilKilled(call, scheduled, acknowledged);
        await waitFor('writes to be acknowledged', async () => acknowledged.length - before >= 30, 90_000);
        console.log(`kill ${run} at ${at()}`);
        await killStackProcess(stack as StackProcess);
        await writing;
        await waitUntilPortsFree(ports);
        console.log(`ports free at ${at()}`);

        stack = await startStackProcess(dataDir, ports);
        console.log(`restarted at ${at()}`);
        const read = client(stack.baseUrl, cookie);
        const lost: string[] = [];
        for (const write of acknowledged) {
          const wrong = await write.check(read);
          if (wrong) lost.push(`${write.what}: ${wrong}`);
        }
        console.log(
          `crash run ${run}: ${acknowledged.length - before} writes acknowledged before the kill, ${acknowledged.length} checked, ${lost.length} lost`,
        );
        const { problems, trail } = await halfWritten(stack.dynamodbUrl);
        const explained = lost.map((line) => {
          const id = /^\S+(?: \d+ of)? (\S+):/.exec(line)?.[1] ?? '';
          return `${line}\n      audit: ${trail(id).join('\n             ') || 'none'}`;
        });
        expect(explained).toEqual([]);
        expect(problems).toEqual([]);
      }
    },
    120_000 + crashRuns * 180_000,
  );
});
