import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { S3Event } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PartsFailed } from '#functions/events/handler.ts';
import { handler as checkUploads } from '#functions/events/upload-check.ts';

const created = (...keys: string[]) =>
  ({
    Records: keys.map((key) => ({ eventName: 'ObjectCreated:Post', s3: { object: { key: encodeURIComponent(key) } } })),
  }) as unknown as S3Event;

/** The JSON lines the logger writes, whichever way it writes them. */
function logLines(): Array<Record<string, unknown>> {
  const lines: Array<Record<string, unknown>> = [];
  const keep = (...args: unknown[]) => {
    for (const arg of args) {
      try {
        lines.push(JSON.parse(String(arg)));
      } catch {
        // not a log line
      }
    }
    return true;
  };
  for (const method of ['log', 'info', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation(keep);
  vi.spyOn(process.stdout, 'write').mockImplementation(keep);
  vi.spyOn(process.stderr, 'write').mockImplementation(keep);
  return lines;
}

describe('the upload check handler', () => {
  const dynamo = mockClient(DynamoDBDocumentClient);
  beforeEach(() => {
    dynamo.reset();
    vi.stubEnv('LOG_LEVEL', 'info');
  });
  afterEach(() => {
    dynamo.reset();
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('checks every record even when one fails, then fails the invocation naming that key', async () => {
    dynamo.on(QueryCommand).rejects(new Error('throttled'));
    const lines = logLines();
    const failing = 'pending/doc-12345678/v1/token';
    const failure = await checkUploads(created(failing, 'not-ours/x'), {} as never).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PartsFailed);
    expect((failure as PartsFailed).parts).toEqual([failing]);
    expect(lines).toContainEqual(
      expect.objectContaining({ message: 'part failed', part: failing, error: 'throttled' }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ message: 'upload checked', key: 'not-ours/x', status: 'ignored' }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', message: 'handler failed' }));
  });

  it('answers quietly when every record is checked', async () => {
    const lines = logLines();
    await expect(checkUploads(created('not-ours/a', 'not-ours/b'), {} as never)).resolves.toBeUndefined();
    expect(lines.filter((line) => line.level === 'error')).toEqual([]);
  });
});
