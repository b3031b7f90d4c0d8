/**
 * s3rver in a process of its own: on Node 20 it needs --openssl-legacy-provider, which the
 * portal itself should not run with. Bucket events go to the parent over IPC, in S3's own
 * record format, so the parent hands them to the same handler S3 invokes in AWS.
 */
import S3rver from 's3rver';
import { copySourceIfMatch } from './s3-copy-conditions.ts';

const port = Number(process.env.S3_PORT);
const directory = process.env.S3_DIRECTORY;
if (!port || !directory) throw new Error('S3_PORT and S3_DIRECTORY are required');

const server = new S3rver({ address: '127.0.0.1', port, directory, silent: true });
// Before s3rver's own middleware (Koa runs them in order), so a refused copy never reaches its router.
(server as unknown as { middleware: unknown[] }).middleware.unshift(copySourceIfMatch);
server.on('event', (event: unknown) => process.send?.({ type: 's3-event', event }));

server.run((error: Error | null) => {
  if (error) {
    process.send?.({ type: 'error', message: error.message });
    process.exit(1);
  }
  process.send?.({ type: 'ready' });
});

process.on('disconnect', () => server.close(() => process.exit(0)));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
