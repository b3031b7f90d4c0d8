import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  type AttributeValue,
  DeleteTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import {
  DeleteBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DumpError, type DumpTarget, exportDump, importDump, parseDump } from '#dev/admin-dump.ts';
import { ensureBucket, ensureTable } from '#dev/provision.ts';

/**
 * The export/import round trip on tables and buckets of its own (the shared ones are only read),
 * with every attribute type DynamoDB has and files of arbitrary bytes.
 */
const env = process.env;
const dynamodb = new DynamoDBClient({ region: env.AWS_REGION, endpoint: env.DYNAMODB_ENDPOINT });
const s3 = new S3Client({
  region: env.AWS_REGION,
  endpoint: env.S3_ENDPOINT,
  forcePathStyle: true,
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
});
const suffix = randomUUID().slice(0, 8);
const target = (name: string): DumpTarget => ({
  dynamodb,
  s3,
  table: `dump-${name}-${suffix}`,
  bucket: `dump-${name}-${suffix}`,
});
const shared: DumpTarget = { dynamodb, s3, table: env.TABLE_NAME ?? '', bucket: env.BUCKET_NAME ?? '' };
const source = target('source');
const copies = [target('copy'), target('cli')];

const everyType: Record<string, AttributeValue> = {
  PK: { S: `DUMP#${suffix}` },
  SK: { S: 'EVERY#TYPE' },
  text: { S: 'Biznes və insan hüquqları — “quoted” \u0000 😀' },
  empty: { S: '' },
  wideNumber: { N: '12345678901234567890.123456789012345678' },
  negative: { N: '-0.000000000000000000000000000001' },
  yes: { BOOL: true },
  nothing: { NULL: true },
  bytes: { B: new Uint8Array([0, 255, 1, 254, 10, 13]) },
  strings: { SS: ['az', 'en', 'ə'] },
  numbers: { NS: ['1', '2.5', '99999999999999999999999999999999999999'] },
  byteSets: { BS: [new Uint8Array([1]), new Uint8Array([2, 3])] },
  nested: {
    M: {
      list: { L: [{ N: '1' }, { S: 'two' }, { M: { deep: { B: new Uint8Array([9]) } } }, { L: [] }] },
      map: { M: {} },
    },
  },
};

const files = [
  {
    key: `documents/${suffix}/v1`,
    bytes: Buffer.from('%PDF-1.4\n%\xff\xfe binary\n%%EOF\n', 'latin1'),
    type: 'application/pdf',
  },
  {
    key: `documents/${suffix}/v2`,
    bytes: Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256)),
    type: 'application/octet-stream',
  },
  { key: `documents/${suffix}/boş fayl.txt`, bytes: Buffer.alloc(0), type: 'text/plain; charset=utf-8' },
];

async function collect(from: DumpTarget, withFiles = true, atMost = Number.POSITIVE_INFINITY): Promise<string> {
  const lines: string[] = [];
  for await (const line of exportDump(from, { files: withFiles })) {
    lines.push(line);
    if (lines.length >= atMost) break;
  }
  return `${lines.join('\n')}\n`;
}

/**
 * At most a few records of each kind (partition and sort key prefixes) of a dump, with its trailer
 * counted again: every kind the portal writes, but a size that does not grow with what other files
 * wrote to the shared table (a run holds thousands of mail deliveries).
 */
function sampleOfEachKind(dump: string, perKind = 20): string {
  const lines = dump
    .trim()
    .split('\n')
    .map((text) => JSON.parse(text));
  const taken = new Map<string, number>();
  const prefix = (key: unknown) => String((key as { S?: string })?.S ?? '').split('#')[0];
  const items = lines.filter((line) => {
    if (line.kind !== 'item') return false;
    const kind = `${prefix(line.item.PK)}/${prefix(line.item.SK)}`;
    taken.set(kind, (taken.get(kind) ?? 0) + 1);
    return (taken.get(kind) ?? 0) <= perKind;
  });
  const header = lines.find((line) => line.kind === 'header');
  const end = { kind: 'end', items: items.length, files: 0 };
  return `${[header, ...items, end].map((line) => JSON.stringify(line)).join('\n')}\n`;
}

/** A dump's records keyed by PK and SK, and its files by key: export order is the table's, not ours. */
function contents(dump: string) {
  const { items, files: stored } = parseDump(dump);
  const byKey = (item: Record<string, Record<string, unknown>>) => `${item.PK?.S}\u0001${item.SK?.S}`;
  return {
    items: new Map(items.map((item) => [byKey(item), item])),
    files: new Map(stored.map((file) => [(file as { key: string }).key, file])),
  };
}

async function bytesAt(at: DumpTarget, key: string): Promise<Buffer> {
  const object = await s3.send(new GetObjectCommand({ Bucket: at.bucket, Key: key }));
  return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
}

beforeAll(async () => {
  for (const at of [source, ...copies]) {
    await ensureTable(at.table);
    await ensureBucket(at.bucket);
  }
  // The shared table's records, as the portal wrote them, then the odd types on top. A scan's
  // order is its keys' hashes, so the first few thousand records hold every kind the portal
  // writes, without reading all the mail deliveries a whole run leaves in the shared table.
  await importDump(source, sampleOfEachKind(await collect(shared, false, 3000)), { force: false });
  await dynamodb.send(new PutItemCommand({ TableName: source.table, Item: everyType }));
  for (const file of files)
    await s3.send(
      new PutObjectCommand({
        Bucket: source.bucket,
        Key: file.key,
        Body: file.bytes,
        ContentType: file.type,
        Metadata: { sha256: 'abc', uploader: 'dump-test' },
      }),
    );
});

afterAll(async () => {
  for (const at of [source, ...copies]) {
    await dynamodb.send(new DeleteTableCommand({ TableName: at.table })).catch(() => undefined);
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: at.bucket })).catch(() => undefined);
    for (const object of listed?.Contents ?? [])
      await s3.send(new DeleteObjectCommand({ Bucket: at.bucket, Key: object.Key }));
    await s3.send(new DeleteBucketCommand({ Bucket: at.bucket })).catch(() => undefined);
  }
});

describe('npm run admin -- export / import', () => {
  it('brings back every record and file exactly', async () => {
    const original = await collect(source);
    const copy = copies[0] as DumpTarget;
    expect(await importDump(copy, original, { force: false })).toEqual({
      items: contents(original).items.size,
      files: files.length,
    });
    const before = contents(original);
    const after = contents(await collect(copy));
    expect(before.items.size).toBeGreaterThan(10);
    expect([...after.items.keys()].sort()).toEqual([...before.items.keys()].sort());
    for (const [key, item] of before.items) expect(after.items.get(key), key).toEqual(item);
    expect(after.files).toEqual(before.files);

    const stored = await dynamodb.send(
      new GetItemCommand({ TableName: copy.table, Key: { PK: everyType.PK, SK: everyType.SK } as never }),
    );
    expect(stored.Item).toEqual(everyType);
    for (const file of files) expect((await bytesAt(copy, file.key)).equals(file.bytes), file.key).toBe(true);
  });

  it('refuses a table that holds records unless forced, and a forced import again changes nothing', async () => {
    const copy = copies[0] as DumpTarget;
    const dump = await collect(source);
    await expect(importDump(copy, dump, { force: false })).rejects.toThrow(/not empty/);
    const once = await collect(copy);
    await importDump(copy, dump, { force: true });
    expect(contents(await collect(copy))).toEqual(contents(once));
  });

  it('refuses a cut-off or foreign dump before writing anything', () => {
    expect(() => parseDump('{"kind":"item","item":{}}\n')).toThrow(DumpError);
    expect(() =>
      parseDump('{"kind":"header","format":"bhr-portal-dump","version":1}\n{"kind":"item","item":{}}\n'),
    ).toThrow(/cut off/);
  });

  it('round-trips through the command line, stdout to stdin', () => {
    const cli = copies[1] as DumpTarget;
    const run = (args: string[], at: DumpTarget, input?: string) =>
      // Without --silent, as the README has it: npm's banner then precedes the dump on stdout.
      spawnSync('npm', ['run', 'admin', '--', ...args], {
        env: { ...process.env, TABLE_NAME: at.table, BUCKET_NAME: at.bucket, LOG_LEVEL: 'warn' },
        input,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
    const exported = run(['export', '--files'], source);
    expect(exported.status, exported.stderr).toBe(0);
    const imported = run(['import'], cli, exported.stdout);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/Imported \d+ records and 3 files/);
    const again = run(['export', '--files'], cli);
    expect(contents(again.stdout)).toEqual(contents(exported.stdout));
  });
});
