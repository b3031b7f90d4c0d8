import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { DeleteObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentsRepository } from '#functions/data/documents.ts';
import { files } from '#functions/data/files.ts';
import { outcomesRepository, type StoredCatalogEntry } from '#functions/data/outcomes.ts';
import { cleanUpAbandonedUploads, createDocument } from '#functions/domain/documents.ts';
import { settlePendingIndexes } from '#functions/domain/outcomes.ts';
import { aMember, mockDeps } from './support.ts';
import { tableDouble } from './table-double.ts';

const throttled = () =>
  new ProvisionedThroughputExceededException({
    message: 'Rate of requests exceeds the allowed throughput',
    $metadata: {},
  });

type Item = Record<string, unknown>;

/** The partition a command reads or writes first, to pick one record's calls out of a run. */
function partitionOf(input: Record<string, unknown>): string | undefined {
  const values = input.ExpressionAttributeValues as Record<string, unknown> | undefined;
  const transact = input.TransactItems as Array<{ Put?: { Item: Record<string, unknown> } }> | undefined;
  const batch = Object.values((input.RequestItems ?? {}) as Record<string, Array<{ PutRequest?: { Item: Item } }>>)[0];
  return (
    (input.Key as { PK?: string } | undefined)?.PK ??
    (transact?.[0]?.Put?.Item.PK as string | undefined) ??
    (batch?.[0]?.PutRequest?.Item.sessionId as string | undefined) ??
    (values?.[':pk'] as string | undefined)
  );
}

const table = tableDouble();

describe('the abandoned-upload cleanup, one record at a time', () => {
  const s3 = mockClient(S3Client);
  const dayAndHourAgo = new Date('2026-11-24T09:00:00.000Z');
  const deps = mockDeps({ documents: documentsRepository, files, now: () => new Date('2026-11-25T10:00:00.000Z') });

  async function abandoned(title: string) {
    const created = await createDocument({ ...deps, now: () => dayAndHourAgo }, aMember({ id: 'member-uploader' }), {
      title,
      description: '',
      language: 'az',
      visibility: 'members',
      fileName: `${title}.pdf`,
      contentType: 'application/pdf',
      size: 1000,
    });
    return created.document.id;
  }
  const meta = (id: string) => table.get(`DOC#${id}`, 'META');
  const firstVersion = (id: string) => table.get(`DOC#${id}`, 'V#000001');
  const removedKeys = () => s3.commandCalls(DeleteObjectCommand).map((call) => call.args[0].input.Key);

  beforeEach(() => {
    table.items.clear();
    table.beforeCall = () => {};
    s3.reset();
    s3.on(DeleteObjectCommand).resolves({});
  });
  afterEach(() => s3.reset());

  it('reads again and retries a document that changed between its read and its write, and skips one that no longer waits', async () => {
    const [edited, checked, plain] = [await abandoned('edited'), await abandoned('checked'), await abandoned('plain')];
    const interfered = new Set<string>();
    table.beforeCall = (command, input) => {
      const target = partitionOf(input);
      if (command !== 'TransactWrite' || !target || interfered.has(target)) return;
      interfered.add(target);
      // Someone else writes first: the uploader renames one document, the upload check accepts the other's file.
      if (target === `DOC#${edited}`) {
        const before = meta(edited) ?? {};
        table.put({ ...before, title: 'Renamed meanwhile', version: Number(before.version) + 1 });
      }
      if (target === `DOC#${checked}`) {
        const before = meta(checked) ?? {};
        table.put({ ...before, status: 'available', version: Number(before.version) + 1 });
        const { GSI1PK: _pk, GSI1SK: _sk, ...version } = firstVersion(checked) ?? {};
        table.put({ ...version, status: 'available', sha256: 'abc' });
      }
    };

    const run = await cleanUpAbandonedUploads(deps);

    expect(run).toEqual({ cleaned: 2, skipped: 1, failed: 0, failures: [] });
    expect(meta(edited)).toMatchObject({ status: 'rejected', title: 'Renamed meanwhile' });
    expect(firstVersion(edited)).toMatchObject({
      status: 'rejected',
      rejectedReason: expect.stringMatching(/within a day/),
    });
    expect(meta(checked)).toMatchObject({ status: 'available' });
    expect(firstVersion(checked)).toMatchObject({ status: 'available' });
    expect(meta(plain)).toMatchObject({ status: 'rejected' });
    expect(removedKeys().sort()).toEqual([firstVersion(edited)?.objectKey, firstVersion(plain)?.objectKey].sort());
  });

  it('counts a throttled record as failed and cleans the rest of the run', async () => {
    const [first, busy, last] = [await abandoned('first'), await abandoned('busy'), await abandoned('last')];
    table.beforeCall = (command, input) => {
      if (command !== 'TransactWrite' && partitionOf(input) === `DOC#${busy}`) throw throttled();
    };

    const run = await cleanUpAbandonedUploads(deps);

    expect(run).toMatchObject({ cleaned: 2, skipped: 0, failed: 1 });
    expect(run.failures).toEqual([
      { record: `${busy} v1`, error: expect.stringMatching(/^ProvisionedThroughputExceededException/) },
    ]);
    expect(meta(first)).toMatchObject({ status: 'rejected' });
    expect(meta(busy)).toMatchObject({ status: 'pending' });
    expect(firstVersion(busy)).toMatchObject({ status: 'pending', GSI1PK: 'UPLOADS#PENDING' });
    expect(meta(last)).toMatchObject({ status: 'rejected' });
  });

  it('gives up on a record that changes on every attempt, as a failure for the next run', async () => {
    const restless = await abandoned('restless');
    table.beforeCall = (command) => {
      if (command !== 'TransactWrite') return;
      const before = meta(restless) ?? {};
      table.put({ ...before, version: Number(before.version) + 1 });
    };

    const run = await cleanUpAbandonedUploads(deps);

    expect(run).toEqual({
      cleaned: 0,
      skipped: 0,
      failed: 1,
      failures: [{ record: `${restless} v1`, error: 'still changing after 3 attempts' }],
    });
    expect(firstVersion(restless)).toMatchObject({ status: 'pending' });
    expect(removedKeys()).toEqual([]);
  });

  it('cleans only the documents it is pointed at', async () => {
    const [mine, others] = [await abandoned('mine'), await abandoned('others')];

    expect(await cleanUpAbandonedUploads(deps, { documentIds: [mine] })).toEqual({
      cleaned: 1,
      skipped: 0,
      failed: 0,
      failures: [],
    });
    expect(meta(mine)).toMatchObject({ status: 'rejected' });
    expect(meta(others)).toMatchObject({ status: 'pending' });
  });
});

describe('the search-postings upkeep, one session at a time', () => {
  const deps = { outcomes: outcomesRepository };
  const entry = (sessionId: string, terms: string[]): StoredCatalogEntry => ({
    sessionId,
    theme: 'labour',
    title: { az: 'a', en: 'a' },
    summary: { az: 'b', en: 'b' },
    sessionStartsAt: '2026-11-20T06:00:00.000Z',
    venue: null,
    publishedAt: '2026-11-25T10:00:00.000Z',
    correctedAt: null,
    recommendations: 0,
    content: { summary: { az: 'b', en: 'b' }, recommendations: [], documents: [] },
    attendance: null,
    terms,
    visibility: 'public',
  });
  const mark = (sessionId: string, markedAt: string, staleTerms: string[] = []) =>
    table.put({
      PK: 'INDEX-PENDING',
      SK: sessionId,
      type: 'index-pending',
      markedAt,
      ...(staleTerms.length > 0 ? { staleTerms: new Set(staleTerms) } : {}),
    });
  const posting = (term: string, sessionId: string) => table.get(`TERM#${term.slice(0, 2)}`, `${term}#${sessionId}`);
  const marked = (sessionId: string) => table.get('INDEX-PENDING', sessionId);

  beforeEach(async () => {
    table.items.clear();
    table.beforeCall = () => {};
    // Published, but their postings never written: only the catalog entries and the marks exist.
    for (const id of ['s1', 's2', 's3']) {
      table.put({ PK: `CATALOG#${id}`, SK: 'ENTRY', type: 'catalog-entry', ...entry(id, [`word${id}`]) });
      mark(id, 'T1');
    }
  });

  it('settles again a session corrected while its postings were being written', async () => {
    let corrected = false;
    table.beforeCall = (command, input) => {
      if (command !== 'BatchWrite' || partitionOf(input) !== 's1' || corrected) return;
      corrected = true;
      table.put({ PK: 'CATALOG#s1', SK: 'ENTRY', type: 'catalog-entry', ...entry('s1', ['newword']) });
      mark('s1', 'T2', ['words1']);
    };

    const run = await settlePendingIndexes(deps);

    expect(run).toEqual({ settled: 3, skipped: 0, failed: 0, failures: [] });
    expect(posting('newword', 's1')).toBeDefined();
    expect(posting('words1', 's1')).toBeUndefined();
    expect(marked('s1')).toBeUndefined();
  });

  it('counts a throttled session as failed, keeps its mark and settles the rest', async () => {
    table.beforeCall = (command, input) => {
      if (command === 'BatchWrite' && partitionOf(input) === 's2') throw throttled();
    };

    const run = await settlePendingIndexes(deps);

    expect(run).toMatchObject({ settled: 2, skipped: 0, failed: 1 });
    expect(run.failures).toEqual([
      { record: 's2', error: expect.stringMatching(/^ProvisionedThroughputExceededException/) },
    ]);
    expect(marked('s2')).toMatchObject({ markedAt: 'T1' });
    expect(posting('words2', 's2')).toBeUndefined();
    expect([marked('s1'), marked('s3')]).toEqual([undefined, undefined]);
    expect([posting('words1', 's1'), posting('words3', 's3')]).toEqual([expect.any(Object), expect.any(Object)]);
  });

  it('settles only the sessions it is pointed at, and skips one with nothing pending', async () => {
    expect(await settlePendingIndexes(deps, { sessionIds: ['s1', 'never-marked'] })).toEqual({
      settled: 1,
      skipped: 1,
      failed: 0,
      failures: [],
    });
    expect(marked('s1')).toBeUndefined();
    expect(marked('s2')).toMatchObject({ markedAt: 'T1' });
  });
});
