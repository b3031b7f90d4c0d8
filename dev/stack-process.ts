import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort, waitFor } from './ports.ts';

export interface StackProcess {
  baseUrl: string;
  mailboxUrl: string;
  dynamodbUrl: string;
  child: ChildProcess;
  /** Everything the stack printed, for the failure message. */
  output: () => string;
}

export interface StackPorts {
  api: number;
  dynamodb: number;
  s3: number;
  ses: number;
}

export async function freeStackPorts(): Promise<StackPorts> {
  return { api: await freePort(), dynamodb: await freePort(), s3: await freePort(), ses: await freePort() };
}

const startScript = fileURLToPath(new URL('./start.ts', import.meta.url));

/**
 * `npm start` in a process group of its own (the crash test, `npm run load`, `npm run
 * lighthouse`, the screenshots) — the API, s3rver and DynamoDB Local's JVM — with its data on
 * disk under `dataDir`, answering once /api/health does. Without `demo` it starts as
 * `DEMO=0 npm start` does: themes and the secretariat, no demo archive.
 */
export async function startStackProcess(
  dataDir: string,
  ports: StackPorts,
  options: { demo?: boolean; timeoutMs?: number } = {},
): Promise<StackProcess> {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', startScript], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(ports.api),
      DYNAMODB_PORT: String(ports.dynamodb),
      S3_PORT: String(ports.s3),
      SES_PORT: String(ports.ses),
      LOG_LEVEL: 'warn',
      DEMO: options.demo ? '1' : '0',
    },
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const baseUrl = `http://localhost:${ports.api}`;
  await waitFor(
    'the stack in its own process',
    async () => {
      if (child.exitCode !== null) throw new Error(`the stack exited with ${child.exitCode}:\n${output}`);
      return (await fetch(`${baseUrl}/api/health`)).status === 200;
    },
    // Seeding the demo archive takes a while longer on a busy machine.
    options.timeoutMs ?? (options.demo ? 300_000 : 120_000),
  ).catch((error: Error) => {
    killStackProcess({ child } as StackProcess);
    throw new Error(`${error.message}\n${output}`);
  });
  return {
    baseUrl,
    mailboxUrl: `http://127.0.0.1:${ports.ses}`,
    dynamodbUrl: `http://127.0.0.1:${ports.dynamodb}`,
    child,
    output: () => output,
  };
}

/** SIGKILL to the whole process group: no handler runs, nothing is flushed, as in a power cut. */
export function killStackProcess(stack: Pick<StackProcess, 'child'>): Promise<void> {
  const { child } = stack;
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      done();
      return;
    }
    child.once('exit', () => done());
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  });
}
