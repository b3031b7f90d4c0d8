import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '#dev/ports.ts';
import { startLocalStack } from '#dev/stack.ts';

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start after a crash', () => {
  it('stops the stand-ins a killed run left on its data directory, and starts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portal-restart-'));
    const ports = { dynamodb: await freePort(), s3: await freePort(), ses: await freePort() };
    try {
      const child = fork(fileURLToPath(new URL('../support/stack-child.ts', import.meta.url)), [], {
        execArgv: ['--import', 'tsx'],
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          DYNAMODB_PORT: String(ports.dynamodb),
          S3_PORT: String(ports.s3),
          SES_PORT: String(ports.ses),
        },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      await new Promise<void>((ready, fail) => {
        child.once('message', () => ready());
        child.once('exit', (code) => fail(new Error(`the first stack exited with ${code}`)));
      });
      const recorded = JSON.parse(readFileSync(join(dataDir, 'stand-ins.json'), 'utf8')) as Array<{
        name: string;
        pid: number;
      }>;
      const jvm = recorded.find((standIn) => standIn.name === 'DynamoDB Local')?.pid as number;
      expect(running(jvm)).toBe(true);

      // The parent dies without stopping anything: DynamoDB Local's JVM is orphaned on its port.
      child.kill('SIGKILL');
      await new Promise((exited) => child.once('exit', exited));
      expect(running(jvm)).toBe(true);

      const again = await startLocalStack({ dataDir, portalOrigin: 'http://localhost:1', ports });
      try {
        expect(running(jvm)).toBe(false);
        const now = JSON.parse(readFileSync(join(dataDir, 'stand-ins.json'), 'utf8')) as Array<{ pid: number }>;
        expect(now.map((standIn) => standIn.pid)).not.toContain(jvm);
      } finally {
        await again.stop();
      }
      expect(existsSync(join(dataDir, 'stand-ins.json'))).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
