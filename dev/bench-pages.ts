import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface PageWeight {
  page: string;
  /** The shell, the page and the Azerbaijani messages it shows with: what every visitor loads. */
  opening: number;
  /** Also what the page may load later (the secretariat's panels, pickers), in Azerbaijani. */
  most: number;
}

/**
 * Pages are named `*.page.tsx` in their subject's folder (`web/src/sessions/session.page.tsx`).
 * A page whose chunk also holds modules its own lazy parts import (the session page and its
 * guests' form) is listed under its chunk's name (manifest key `_<hash>.js`, name `session.page`).
 */
const isPageChunk = (key: string, chunk: ManifestChunk | undefined) =>
  key.endsWith('.page.tsx') || (chunk?.name?.endsWith('.page') === true && chunk.file.endsWith('.js'));
const isMessages = (key: string) => /shared\/i18n\/(az|en)[-.]/.test(key);
const isAzerbaijani = (key: string) => /shared\/i18n\/az[-.]/.test(key);

/**
 * JavaScript per page, gzipped, from a production build of the pages: what a browser fetches
 * to show each page in Azerbaijani (the portal's first language and the larger one).
 */
export async function measurePages(): Promise<PageWeight[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'portal-pages-'));
  try {
    const { build } = await import('vite');
    await build({
      configFile: resolve(import.meta.dirname, '../web/vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, manifest: true, emptyOutDir: true, reportCompressedSize: false },
    });
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
    const isPage = (key: string) => isPageChunk(key, manifest[key]);
    const gzipped = new Map<string, number>();
    const sizeOf = (keys: Set<string>) =>
      [...keys].reduce((sum, key) => {
        const file = manifest[key]?.file ?? '';
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length);
        return sum + (gzipped.get(file) ?? 0);
      }, 0);

    /** Static imports, then the Azerbaijani messages; with `later`, every other lazy chunk too (not other pages). */
    const reach = (start: string[], later: boolean) => {
      const seen = new Set<string>();
      const visit = (key: string) => {
        if (seen.has(key)) return;
        seen.add(key);
        for (const next of manifest[key]?.imports ?? []) visit(next);
        for (const next of manifest[key]?.dynamicImports ?? []) {
          if (isPage(next)) continue;
          if (isMessages(next) ? isAzerbaijani(next) : later) visit(next);
        }
      };
      for (const key of start) visit(key);
      return seen;
    };

    // What index.html loads itself. With no preload polyfill the entry has no chunk of its own (its
    // modules are in the shell chunk), so the scripts are read from the page, not from the manifest.
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const loaded = new Set([...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1]));
    const entry = Object.keys(manifest).filter((key) => loaded.has(manifest[key]?.file));
    if (entry.length === 0) throw new Error('index.html loads no script the manifest knows');
    return Object.keys(manifest)
      .filter(isPage)
      .sort()
      .map((key) => ({
        page: key.endsWith('.page.tsx')
          ? key.replace(/^.*src\//, '')
          : `${manifest[key]?.name ?? key}.tsx (shared chunk)`,
        opening: sizeOf(reach([...entry, key], false)),
        most: sizeOf(reach([...entry, key], true)),
      }));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
