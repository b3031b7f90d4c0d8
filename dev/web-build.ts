import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const webDist = resolve(import.meta.dirname, '../web/dist');

/** Builds the pages once, when a fresh clone has no web/dist yet. */
export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(resolve(webDist, 'index.html'))) return;
  console.log('Building the web pages (first start)…');
  const { build } = await import('vite');
  await build({ configFile: resolve(import.meta.dirname, '../web/vite.config.ts'), logLevel: 'warn' });
}
