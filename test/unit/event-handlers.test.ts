import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { DeleteObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler as cleanup } from '#functions/events/cleanup.ts';
import { handler as uploadCheck } from '#functions/events/upload-check.ts';
import { capturedOutput } from './captured-output.ts';
import { tableDouble } from './table-double.ts';

const table = tableDouble();
const s3 = mockClient(S3Client);

function created(...keys: string[]): S3Event {
  return {
    Records: keys.map((key) => ({ eventName: 'ObjectCreated:Post', s3: { object: { key } } })),
  } as unknown as S3Event;
}

describe('the event handlers', () => {
  beforeEach(() => {
    table.items.clear();
    table.beforeCall = () => {};
    s3.reset();
    s3.on(DeleteObjectCommand).resolves({});
    vi.stubEnv('LOG_LEVEL', 'info');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('check every uploaded object of an event even when one of them fails, then fail the invocation', async () => {
    const keys = ['pending/doc-aaaa/v1/t1', 'pending/doc-bbbb/v1/t2', 'pending/doc-cccc/v1/t3'];
    table.beforeCall = (command, input) => {
      const values = input.ExpressionAttributeValues as Record<string, unknown> | undefined;
      if (command === 'Query' && values?.[':pk'] === 'DOC#doc-bbbb') {
        throw new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} });
      }
    };
    const lines = capturedOutput().json;

    await expect(uploadCheck(created(...keys), {} as never)).rejects.toThrow('1 of 3 uploads could not be checked');

    // No document knows these objects: each is removed, the third too, after the second failed.
    expect(s3.commandCalls(DeleteObjectCommand).map((call) => call.args[0].input.Key)).toEqual([keys[0], keys[2]]);
    expect(lines.filter((line) => line.message === 'upload not checked')).toEqual([
      expect.objectContaining({
        message: 'upload not checked',
        key: keys[1],
        error: expect.stringMatching(/^ProvisionedThroughputExceededException/),
      }),
    ]);
    expect(lines).toContainEqual(expect.objectContaining({ message: 'handler failed' }));
  });

  it('run the hourly upkeep and log what each job did', async () => {
    const lines = capturedOutput().json;
    table.put({ PK: 'INDEX-PENDING', SK: 's1', type: 'index-pending', markedAt: 'T1' });

    const result = await cleanup({}, {} as never);

    expect(result).toEqual({
      uploads: { cleaned: 0, skipped: 0, failed: 0 },
      postings: { settled: 1, skipped: 0, failed: 0 },
    });
    expect(
      lines
        .filter((line) => line.level !== 'error')
        .map(({ message, cleaned, settled, skipped, failed }) => ({
          message,
          cleaned,
          settled,
          skipped,
          failed,
        })),
    ).toEqual([
      { message: 'abandoned uploads: done', cleaned: 0, settled: undefined, skipped: 0, failed: 0 },
      { message: 'pending search postings: done', cleaned: undefined, settled: 1, skipped: 0, failed: 0 },
    ]);
  });
});
