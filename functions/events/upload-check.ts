import type { S3Event } from 'aws-lambda';
import { checkUpload } from '#functions/domain/documents.ts';
import { walkRecords } from '#functions/domain/record-walk.ts';
import { countMetric } from '#functions/metrics.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { eventHandler } from './handler.ts';

/**
 * S3 `ObjectCreated` → the upload check of each new object. In AWS, S3 invokes it; locally,
 * s3rver's `event` emitter hands it the same records. Keys arrive URL-encoded.
 *
 * Each record is checked on its own (ARCHITECTURE.md, "Jobs"): one that fails does not keep the
 * others from their check. S3 notifications have no partial batch response, so if any failed,
 * the invocation fails after all were tried and Lambda delivers the event again; a record already
 * checked is then ignored, as it is no longer pending.
 */
export const handler = eventHandler<S3Event, { checked: number; ignored: number }>(
  'upload-check',
  async (event, log) => {
    const deps = defaultDeps();
    const keys = (event.Records ?? [])
      .filter((record) => record.eventName?.startsWith('ObjectCreated'))
      .map((record) => decodeURIComponent(record.s3.object.key.replace(/\+/g, ' ')));
    const { done, skipped, failed, failures } = await walkRecords(
      keys,
      (key) => key,
      async (key) => {
        const verdict = await checkUpload(deps, key);
        log.info('upload checked', { key, ...verdict });
        if (verdict.status === 'ignored') return 'skipped';
        countMetric(verdict.status === 'available' ? 'UploadAccepted' : 'UploadRejected');
        return 'done';
      },
    );
    for (const failure of failures) log.error('upload not checked', { key: failure.record, error: failure.error });
    if (failed > 0) throw new Error(`${failed} of ${keys.length} uploads could not be checked; see the log.`);
    return { checked: done, ignored: skipped };
  },
);
