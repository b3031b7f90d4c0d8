/**
 * `npm start`: the local stack (DynamoDB Local, s3rver, aws-ses-v2-local) with the portal's API
 * and pages on http://localhost:3000. Data stays under DATA_DIR between runs.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localSettings } from './local-settings.ts';
import { assertPortFree } from './ports.ts';
import { ensureBucket, ensureTable } from './provision.ts';
import { uploadCheckRelay } from './s3-events.ts';
import { StackStartError, startLocalStack } from './stack.ts';
import { startMailRelay } from './stream-relay.ts';
import { ensureWebBuilt } from './web-build.ts';

// The console shows warnings and errors; `LOG_LEVEL=info npm start` shows every request too.
process.env.LOG_LEVEL ??= 'warn';
const settings = localSettings();
const { port, portalOrigin } = settings;
const dataDir = resolve(settings.dataDir);

/** `DEMO=0 npm start` starts empty: the founding themes and the secretariat, nothing else. */
const demo = process.env.DEMO !== '0';

/**
 * Seeds a new table: the foundation and, unless DEMO=0, the demo members and archive. A mark in
 * the data directory stands until the seed has finished, so a start interrupted while seeding
 * seeds again on the next (the seed adds only what is missing); a table that was there already
 * (data of your own, an import) is never seeded.
 */
async function seedIfNew(createdTable: boolean): Promise<string[]> {
  const pending = resolve(dataDir, 'seed-pending');
  if (createdTable) writeFileSync(pending, 'The seed of this data directory has not finished yet.\n');
  if (!existsSync(pending)) return [];
  const { seedFoundation, seedDemoMembers } = await import('./seed.ts');
  const { defaultDeps } = await import('#functions/wiring.ts');
  const deps = defaultDeps();
  const done = await seedFoundation(deps);
  if (demo) {
    done.push(...(await seedDemoMembers(deps)));
    const { seedDemoArchive } = await import('./demo-archive.ts');
    const archive = await seedDemoArchive(deps);
    done.push(
      `demo archive (${archive.published} published outcomes, ${archive.upcoming} upcoming sessions, ${archive.documents} documents)`,
    );
  }
  rmSync(pending);
  return done;
}

async function main(): Promise<void> {
  await assertPortFree(port, 'PORT');
  const started = Date.now();
  const stack = await startLocalStack({
    dataDir,
    portalOrigin,
    ports: settings.ports,
    onS3Event: uploadCheckRelay((error) => console.error('upload check failed:', error)),
  });
  let stopping = false;
  let mailRelay: Awaited<ReturnType<typeof startMailRelay>> | undefined;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the local stack…');
    await mailRelay?.stop();
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  Object.assign(process.env, stack.env);
  const createdTable = await ensureTable();
  const createdBucket = await ensureBucket();
  mailRelay = await startMailRelay((error) => console.error('mail worker:', error));
  const seeded = await seedIfNew(createdTable);
  await ensureWebBuilt();

  const { createSiteApp, listen } = await import('./server.ts');
  await listen(createSiteApp(), port);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    [
      '',
      `Business & Human Rights portal is running (${seconds} s) on Node.js ${process.versions.node}. Data: ${dataDir}`,
      createdTable || createdBucket ? '  Created the table and the documents bucket.' : '  Found the table and bucket.',
      ...(seeded.length > 0 ? [`  Seeded: ${seeded.join(', ')}.`] : []),
      `  Portal:         ${portalOrigin}`,
      `  API reference:  ${portalOrigin}/api/docs`,
      `  Local mailbox:  ${stack.urls.mailbox}   (sign-in links arrive here)`,
      `  DynamoDB Local: ${stack.urls.dynamodb}`,
      `  S3 (s3rver):    ${stack.urls.s3}`,
      '',
      `Sign in as the demo secretariat: open ${portalOrigin}/sign-in, enter ${'secretariat@portal.local'},`,
      `then open the link from the local mailbox (${stack.urls.mailbox}).`,
      '',
      'Press Ctrl-C to stop everything.',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof StackStartError || error instanceof Error ? `\n${error.message}\n` : error);
  process.exit(1);
});
