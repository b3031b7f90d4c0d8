import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '#dev/ports.ts';
import { ensureBucket, ensureTable } from '#dev/provision.ts';
import { uploadCheckRelay } from '#dev/s3-events.ts';
import { demoSecretariatEmail } from '#dev/seed.ts';
import { startLocalStack } from '#dev/stack.ts';
import { startMailRelay } from '#dev/stream-relay.ts';
import { ensureWebBuilt } from '#dev/web-build.ts';
import { signInOverHttp } from './support/sign-in-flow.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    mailboxUrl: string;
    stackEnv: Record<string, string>;
    /** The seeded secretariat, signed in once for every file: sign-in links are rate-limited. */
    secretariatCookie: string;
  }
}

/** One local stack for every integration and browser test: fresh data, free ports. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-test-'));
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const stack = await startLocalStack({
    dataDir,
    portalOrigin: baseUrl,
    ports: { dynamodb: await freePort(), s3: await freePort(), ses: await freePort() },
    // Fresh data every run anyway: DynamoDB in memory writes several times faster than on disk.
    inMemory: true,
    onS3Event: uploadCheckRelay((error) => console.error('upload check failed:', error)),
  });
  Object.assign(process.env, stack.env, { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  await ensureTable();
  await ensureBucket();
  const mailRelay = await startMailRelay((error) => console.error('mail worker:', error));
  await ensureWebBuilt();
  const { seedDemoData } = await import('#dev/seed.ts');
  await seedDemoData();
  const { createSiteApp, listen } = await import('#dev/server.ts');
  const server = await listen(createSiteApp(), port);

  project.provide('baseUrl', baseUrl);
  project.provide('mailboxUrl', stack.urls.mailbox);
  project.provide('stackEnv', { ...stack.env, LOG_LEVEL: 'warn' });
  project.provide('secretariatCookie', await signInOverHttp(baseUrl, stack.urls.mailbox, demoSecretariatEmail));

  return async () => {
    await new Promise<void>((done) => server.close(() => done()));
    await mailRelay.stop();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
