import middy from '@middy/core';
import type { S3Event } from 'aws-lambda';
import { checkUpload } from '#functions/domain/documents.ts';
import { createLogger } from '#functions/log.ts';
import { countMetric } from '#functions/metrics.ts';
import { defaultDeps } from '#functions/wiring.ts';

const log = createLogger({ handler: 'upload-check' });

/**
 * S3 `ObjectCreated` → the upload check of each new object. In AWS, S3 invokes it; locally,
 * s3rver's `event` emitter hands it the same records. Keys arrive URL-encoded.
 */
export async function checkUploads(event: S3Event): Promise<void> {
  const deps = defaultDeps();
  for (const record of event.Records ?? []) {
    if (!record.eventName?.startsWith('ObjectCreated')) continue;
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    const verdict = await checkUpload(deps, key);
    log.info('upload checked', { key, ...verdict });
    if (verdict.status !== 'ignored') countMetric(verdict.status === 'available' ? 'UploadAccepted' : 'UploadRejected');
  }
}

export const handler = middy<S3Event, void>().handler(checkUploads);
