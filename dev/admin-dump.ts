/**
 * ADMIN ONLY — never import this from functions/: it Scans the whole table, which no request
 * path may do (ARCHITECTURE.md, "No Scan on a request path"). It is the export and import of
 * `npm run admin -- export|import`, how a group moves between deployments or from AWS to a laptop.
 *
 * The dump is JSON Lines: a header, one line per record in DynamoDB's own typed JSON (so numbers
 * keep every digit, and sets, binary and nested maps keep their types), one line per file with
 * its bytes in base64, and a trailer with the counts, so a cut-off dump is refused whole.
 */
import {
  type AttributeValue,
  BatchWriteItemCommand,
  type DynamoDBClient,
  ScanCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';

export interface DumpTarget {
  dynamodb: DynamoDBClient;
  s3: S3Client;
  table: string;
  bucket: string;
}

export const dumpFormat = 'bhr-portal-dump';
const dumpVersion = 1;

/** An attribute value as JSON: DynamoDB's typed JSON, with binary as base64. */
type JsonAttribute = Record<string, unknown>;

type DumpLine =
  | { kind: 'header'; format: string; version: number; table: string; bucket: string; files: boolean }
  | { kind: 'item'; item: Record<string, JsonAttribute> }
  | {
      kind: 'file';
      key: string;
      contentType?: string;
      contentDisposition?: string;
      metadata?: Record<string, string>;
      base64: string;
    }
  | { kind: 'end'; items: number; files: number };

export class DumpError extends Error {}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

function attributeToJson(value: AttributeValue): JsonAttribute {
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.M !== undefined) return { M: itemToJson(value.M) };
  if (value.L !== undefined) return { L: value.L.map(attributeToJson) };
  // S, N, SS, NS, BOOL and NULL are JSON already (numbers travel as strings, digit for digit).
  const { $unknown: _, ...plain } = value as AttributeValue & { $unknown?: unknown };
  return plain as JsonAttribute;
}

function attributeFromJson(value: JsonAttribute): AttributeValue {
  if (typeof value.B === 'string') return { B: bytesOf(value.B) };
  if (Array.isArray(value.BS)) return { BS: (value.BS as string[]).map(bytesOf) };
  if (value.M && typeof value.M === 'object') return { M: itemFromJson(value.M as Record<string, JsonAttribute>) };
  if (Array.isArray(value.L)) return { L: (value.L as JsonAttribute[]).map(attributeFromJson) };
  return value as unknown as AttributeValue;
}

const itemToJson = (item: Record<string, AttributeValue>) =>
  Object.fromEntries(Object.entries(item).map(([name, value]) => [name, attributeToJson(value)]));

const itemFromJson = (item: Record<string, JsonAttribute>) =>
  Object.fromEntries(Object.entries(item).map(([name, value]) => [name, attributeFromJson(value)]));

/** Every record of the table, page by page, read consistently. */
async function* scanTable(target: DumpTarget): AsyncGenerator<Record<string, AttributeValue>> {
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await target.dynamodb.send(
      new ScanCommand({ TableName: target.table, ConsistentRead: true, ExclusiveStartKey: startKey }),
    );
    yield* page.Items ?? [];
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

async function* bucketKeys(target: DumpTarget): AsyncGenerator<string> {
  let token: string | undefined;
  do {
    const page = await target.s3.send(new ListObjectsV2Command({ Bucket: target.bucket, ContinuationToken: token }));
    for (const object of page.Contents ?? []) if (object.Key) yield object.Key;
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
}

/** The dump, line by line (each without its newline). */
export async function* exportDump(target: DumpTarget, options: { files: boolean }): AsyncGenerator<string> {
  const line = (value: DumpLine) => JSON.stringify(value);
  yield line({
    kind: 'header',
    format: dumpFormat,
    version: dumpVersion,
    table: target.table,
    bucket: target.bucket,
    files: options.files,
  });
  let items = 0;
  for await (const item of scanTable(target)) {
    items += 1;
    yield line({ kind: 'item', item: itemToJson(item) });
  }
  let files = 0;
  if (options.files) {
    for await (const key of bucketKeys(target)) {
      const object = await target.s3.send(new GetObjectCommand({ Bucket: target.bucket, Key: key }));
      const bytes = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
      files += 1;
      yield line({
        kind: 'file',
        key,
        contentType: object.ContentType,
        contentDisposition: object.ContentDisposition,
        metadata: object.Metadata && Object.keys(object.Metadata).length > 0 ? object.Metadata : undefined,
        base64: base64(bytes),
      });
    }
  }
  yield line({ kind: 'end', items, files });
}

/** Reads a whole dump and checks it before anything is written: a cut-off or foreign dump is refused. */
export function parseDump(text: string): { items: Array<Record<string, JsonAttribute>>; files: DumpLine[] } {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  // `npm run admin -- export > dump.jsonl` puts npm's own banner ("> bhr-portal@… admin") first.
  while (lines.length > 0 && lines[0]?.startsWith('> ')) lines.shift();
  const parsed = lines.map((line, index) => {
    try {
      return JSON.parse(line) as DumpLine;
    } catch {
      throw new DumpError(`Line ${index + 1} is not JSON.`);
    }
  });
  const header = parsed[0];
  if (header?.kind !== 'header' || header.format !== dumpFormat)
    throw new DumpError(`Not a portal dump: the first line must be the ${dumpFormat} header.`);
  if (header.version !== dumpVersion) throw new DumpError(`Dump version ${header.version} is not supported.`);
  const end = parsed[parsed.length - 1];
  if (end?.kind !== 'end') throw new DumpError('The dump is cut off: its last line is not the trailer.');
  const items = parsed.flatMap((line) => (line.kind === 'item' ? [line.item] : []));
  const files = parsed.filter((line) => line.kind === 'file');
  if (items.length !== end.items || files.length !== end.files)
    throw new DumpError(
      `The dump is incomplete: the trailer counts ${end.items} records and ${end.files} files, the dump holds ${items.length} and ${files.length}.`,
    );
  return { items, files };
}

export async function tableIsEmpty(target: DumpTarget): Promise<boolean> {
  const page = await target.dynamodb.send(new ScanCommand({ TableName: target.table, Limit: 1 }));
  return (page.Items ?? []).length === 0 && !page.LastEvaluatedKey;
}

async function writeBatch(target: DumpTarget, requests: WriteRequest[]): Promise<void> {
  let pending = requests;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(2 ** attempt * 50, 2_000)));
    if (attempt > 10) throw new DumpError('DynamoDB kept refusing writes (throttled); try again later.');
    const answer = await target.dynamodb.send(new BatchWriteItemCommand({ RequestItems: { [target.table]: pending } }));
    pending = answer.UnprocessedItems?.[target.table] ?? [];
  }
}

/**
 * Writes a dump into the table and bucket. Every record and file is written whole with the same
 * key, so running it again gives the same state; a table that holds anything is refused unless
 * `force` (records with the same key are then replaced, others kept).
 */
export async function importDump(
  target: DumpTarget,
  text: string,
  options: { force: boolean },
): Promise<{ items: number; files: number }> {
  const { items, files } = parseDump(text);
  if (!options.force && !(await tableIsEmpty(target)))
    throw new DumpError(`Table ${target.table} is not empty. Import into an empty table, or pass --force to merge.`);
  for (let start = 0; start < items.length; start += 25) {
    const batch = items.slice(start, start + 25).map((item) => ({ PutRequest: { Item: itemFromJson(item) } }));
    await writeBatch(target, batch);
  }
  for (const file of files) {
    if (file.kind !== 'file') continue;
    await target.s3.send(
      new PutObjectCommand({
        Bucket: target.bucket,
        Key: file.key,
        Body: bytesOf(file.base64),
        ContentType: file.contentType,
        ContentDisposition: file.contentDisposition,
        Metadata: file.metadata,
      }),
    );
  }
  return { items: items.length, files: files.length };
}
