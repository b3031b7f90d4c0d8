import type { S3Event } from 'aws-lambda';
import { checkUpload } from '#functions/domain/documents.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { eachOnItsOwn, eventHandler } from './handler.ts';

/**
 * S3 `ObjectCreated` → the upload check of each new object. In AWS, S3 invokes it; locally,
 * s3rver's `event` emitter hands it the same records. Keys arrive URL-encoded.
 *
 * S3 notifications have no partial batch response, so each record is checked on its own: a
 * record that fails is logged with its key and fails the invocation after the others were
 * checked, and Lambda's retry of the event checks it again (a record already checked is no
 * longer pending and is ignored).
 */
export const handler = eventHandler<S3Event, void>('upload-check', async (event, log) => {
  const deps = defaultDeps();
  const keys = (event.Records ?? [])
    .filter((record) => record.eventName?.startsWith('ObjectCreated'))
    .map((record) => decodeURIComponent(record.s3.object.key.replace(/\+/g, ' ')));
  await eachOnItsOwn(
    keys.map((key) => [
      key,
      async () => {
        const verdict = await checkUpload(deps, key);
        log.info('upload checked', { key, ...verdict });
      },
    ]),
    log,
  );
});
