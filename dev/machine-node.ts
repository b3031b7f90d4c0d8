import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The machine's own Node binaries, in the order a shell would find them: each `node` on PATH that
 * npm did not put there (under `npm run`, node_modules/.bin holds the pinned Node 24), then the
 * usual system places. Used by `npm run bench` (Node 20 beside 24) and `npm run lighthouse`.
 */
export function machineNodes(): string[] {
  const candidates = [
    ...(process.env.PATH ?? '')
      .split(delimiter)
      .filter((dir) => dir && !dir.includes('node_modules'))
      .map((dir) => join(dir, 'node')),
    '/usr/bin/node',
    '/usr/local/bin/node',
  ];
  return [...new Set(candidates)].filter((candidate) => {
    try {
      accessSync(candidate, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** `node --version` of a binary (`v20.20.2`), or undefined when it does not run. */
export function nodeVersionOf(binary: string): string | undefined {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}
