/**
 * A local stack in a process of its own, for the test that kills it: starts on the data
 * directory and ports it is given and reports them to its parent.
 */
import { startLocalStack } from '#dev/stack.ts';

const { DATA_DIR, DYNAMODB_PORT, S3_PORT, SES_PORT } = process.env;
const stack = await startLocalStack({
  dataDir: DATA_DIR as string,
  portalOrigin: 'http://localhost:1',
  ports: { dynamodb: Number(DYNAMODB_PORT), s3: Number(S3_PORT), ses: Number(SES_PORT) },
});
process.send?.({ type: 'ready', dynamodb: stack.urls.dynamodb });
