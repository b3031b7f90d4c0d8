import { createServer } from 'node:net';

/** Resolves when the port is free on 127.0.0.1; rejects naming the setting that chose it. */
export function assertPortFree(port: number, setting: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} (${setting}) is already taken. Find what holds it with \`lsof -i :${port}\` ` +
                `(or \`ss -ltnp 'sport = :${port}'\`) and stop it with \`kill <pid>\`, or set ${setting} to another port.`
            : `Port ${port} (${setting}) cannot be used: ${error.message}`,
        ),
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** A port the OS considers free right now, for tests that start their own stack. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it answers true. The generous default is for a loaded machine, where a JVM can take a minute to start; a stand-in that never answers still fails. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not answer within ${timeoutMs / 1000} s`);
}
