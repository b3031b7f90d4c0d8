import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so that synthesis works from any working directory. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Resolves a path relative to the repository root; an absolute path is returned as it is. */
export function fromRoot(path: string): string {
  return resolve(repoRoot, path);
}
