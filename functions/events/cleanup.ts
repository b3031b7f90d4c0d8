import middy from '@middy/core';
import { defaultDeps } from '#functions/api/deps.ts';
import { createLogger } from '#functions/api/middleware/logger.ts';
import { cleanUpAbandonedUploads } from '#functions/domain/documents.ts';

const log = createLogger({ handler: 'cleanup' });

/** Scheduled (hourly): uploads announced but never received are rejected after a day. */
export const handler = middy().handler(async () => {
  const cleaned = await cleanUpAbandonedUploads(defaultDeps());
  log.info('abandoned uploads cleaned', { cleaned });
  return { cleaned };
});
