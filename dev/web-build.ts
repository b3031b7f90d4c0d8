import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const webDist = resolve(import.meta.dirname, '../web/dist');
const root = resolve(import.meta.dirname, '..');
/** What the pages are built from: a change to any of it makes the built pages stale. */
const sources = ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'shared'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/**
 * Builds the pages when there are none yet (a fresh clone) or when their sources changed since
 * the last build, so that `npm start` and the browser tests never serve yesterday's pages.
 */
export async function ensureWebBuilt(): Promise<void> {
  const index = resolve(webDist, 'index.html');
  if (existsSync(index)) {
    const builtAt = statSync(index).mtimeMs;
    if (Math.max(...sources.map((source) => newestChange(resolve(root, source)))) <= builtAt) return;
    console.log('The web pages changed since they were built: building them again…');
  } else {
    console.log('Building the web pages (first start)…');
  }
  const { build } = await import('vite');
  await build({ configFile: resolve(import.meta.dirname, '../web/vite.config.ts'), logLevel: 'warn' });
}
