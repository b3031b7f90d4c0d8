import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The stand-in processes a stack started for one data directory, recorded in that directory so
 * that the next start can find them if this one dies without stopping them (a SIGKILL leaves
 * DynamoDB Local's JVM holding its port and its files). ARCHITECTURE.md, local stack.
 */
interface StandIn {
  name: string;
  pid: number;
  /** The command line the process was started with: a reused pid has another one. */
  args: string;
}

const recordFile = (dataDir: string) => resolve(dataDir, 'stand-ins.json');

/** The command line of a running process, or undefined when there is no such process. */
function commandLine(pid: number): string | undefined {
  const probe = spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  const args = probe.status === 0 ? probe.stdout.trim() : '';
  return args || undefined;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function recordStandIns(dataDir: string, children: Array<{ name: string; pid: number | undefined }>): void {
  const standIns = children.flatMap(({ name, pid }) => {
    const args = pid ? commandLine(pid) : undefined;
    return pid && args ? [{ name, pid, args }] : [];
  });
  writeFileSync(recordFile(dataDir), `${JSON.stringify(standIns, null, 2)}\n`);
}

export function forgetStandIns(dataDir: string): void {
  rmSync(recordFile(dataDir), { force: true });
}

/**
 * Stops the stand-ins a crashed run of this data directory left behind: only processes whose
 * pid and command line are both the recorded ones. Says exactly what to do if one will not stop.
 */
export async function stopLeftoverStandIns(dataDir: string, log: (line: string) => void = console.warn): Promise<void> {
  let recorded: StandIn[];
  try {
    recorded = JSON.parse(readFileSync(recordFile(dataDir), 'utf8')) as StandIn[];
  } catch {
    return;
  }
  for (const standIn of recorded) {
    if (commandLine(standIn.pid) !== standIn.args) continue;
    log(`Stopping ${standIn.name} (pid ${standIn.pid}) left running by an earlier start on ${dataDir}.`);
    try {
      process.kill(standIn.pid, 'SIGTERM');
      const deadline = Date.now() + 5_000;
      while (alive(standIn.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (alive(standIn.pid)) process.kill(standIn.pid, 'SIGKILL');
      while (alive(standIn.pid)) await new Promise((r) => setTimeout(r, 100));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') continue;
      throw new Error(
        `${standIn.name} (pid ${standIn.pid}) from an earlier start on ${dataDir} is still running and could not be stopped ` +
          `(${(error as Error).message}). Stop it with \`kill ${standIn.pid}\` and start again.`,
      );
    }
  }
  forgetStandIns(dataDir);
}
