/**
 * `npm run admin -- export [--files] > dump.jsonl` and `npm run admin -- import [--force] < dump.jsonl`.
 * Messages go to stderr: stdout carries the dump.
 */

import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { config } from '#functions/config.ts';
import { s3 } from '#functions/data/clients.ts';
import { DumpError, type DumpTarget, exportDump, importDump } from './admin-dump.ts';

export const dumpUsage = `  npm run admin -- export [--files] > dump.jsonl     every record (and with --files every stored file)
  npm run admin -- import [--force] < dump.jsonl     into an empty table (--force merges into a non-empty one)`;

/** The low-level DynamoDB client, not the document client: it keeps sets, binary and every digit as stored. */
async function targetFromConfig(): Promise<DumpTarget> {
  const { AWS_REGION, DYNAMODB_ENDPOINT, TABLE_NAME, BUCKET_NAME } = config();
  return {
    dynamodb: new DynamoDBClient({ region: AWS_REGION, endpoint: DYNAMODB_ENDPOINT }),
    s3: await s3(),
    table: TABLE_NAME,
    bucket: BUCKET_NAME,
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes a line and waits when stdout is full, so a large dump never piles up in memory. */
async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

export async function runDumpCommand(command: 'export' | 'import', args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { files: { type: 'boolean' }, force: { type: 'boolean' } } });
  const target = await targetFromConfig();
  try {
    if (command === 'export') {
      let last = '';
      for await (const line of exportDump(target, { files: values.files === true })) {
        last = line;
        await writeLine(line);
      }
      const { items, files } = JSON.parse(last) as { items: number; files: number };
      console.error(`Exported ${items} records from ${target.table} and ${files} files from ${target.bucket}.`);
    } else {
      if (process.stdin.isTTY) throw new DumpError('Pipe a dump in: npm run admin -- import < dump.jsonl');
      const done = await importDump(target, await readStdin(), { force: values.force === true });
      console.error(
        `Imported ${done.items} records and ${done.files} files into ${target.table} and ${target.bucket}.`,
      );
    }
  } catch (error) {
    if (error instanceof DumpError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
