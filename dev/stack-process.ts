import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.ts';

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

class PortTaken extends Error {}

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
  // Seeding the demo archive takes a while longer on a busy machine.
  const deadline = Date.now() + (options.timeoutMs ?? (options.demo ? 300_000 : 120_000));
  const failure = await (async () => {
    for (;;) {
      if (child.exitCode !== null) return new Error(`the stack exited with ${child.exitCode}:\n${output}`);
      // A stand-in that lost its port to another process leaves the stack waiting for ever.
      if (output.includes('EADDRINUSE')) return new PortTaken(output);
      const health = await fetch(`${baseUrl}/api/health`).catch(() => undefined);
      if (health?.status === 200) return undefined;
      if (Date.now() > deadline) return new Error(`the stack in its own process did not answer in time:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  if (failure) {
    await killStackProcess({ child } as StackProcess);
    throw failure;
  }
  return {
    baseUrl,
    mailboxUrl: `http://127.0.0.1:${ports.ses}`,
    dynamodbUrl: `http://127.0.0.1:${ports.dynamodb}`,
    child,
    output: () => output,
  };
}

/**
 * `startStackProcess` on free ports, chosen again when one was taken between choosing and
 * binding it (other stacks start on this machine at the same time).
 */
export async function startStackProcessOnFreePorts(
  dataDir: string,
  options: { demo?: boolean } = {},
): Promise<StackProcess> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startStackProcess(dataDir, await freeStackPorts(), options);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === 3) throw error;
    }
  }
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
