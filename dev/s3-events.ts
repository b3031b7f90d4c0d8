import type { S3Event } from 'aws-lambda';

/**
 * What S3 bucket notifications do in AWS: hand each ObjectCreated record to the upload-check
 * handler. Checks run one after another, as a Lambda with reserved concurrency would.
 */
export function uploadCheckRelay(onError: (error: unknown) => void): (event: unknown) => void {
  let queue = Promise.resolve();
  return (event) => {
    queue = queue
      .then(async () => {
        const { handler } = await import('#functions/events/upload-check.ts');
        await handler(event as S3Event, {} as never);
      })
      .catch(onError);
  };
}
