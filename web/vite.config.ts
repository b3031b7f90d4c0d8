import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { schemaModule, withoutSchemaMeta } from '../infra/schema-meta.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const shellEntry = fileURLToPath(new URL('src/app/main.tsx', import.meta.url));

/**
 * What nearly every page uses besides the shell: the detail-page frame, notices, headings, fields
 * and field errors, themes and the sessions client. Bundled with the shell, they
 * cost one file instead of a dozen small ones a page fetches (each gzipped on its own, they weighed
 * 1 to 3 KB more per page); the few pages that use none of them stay far below the 50 KB budget
 * (ARCHITECTURE.md, "`web/`").
 */
const alongsideShell =
  /web\/src\/(ui\/(detail-page|notices|page-heading|fields|error-summary|field-messages|use-field-errors)|app\/(use-load|themes)|sessions\/sessions-api)\.tsx?$/;

/** The documents reading client and list items: what the documents pages and the session page's list share. */
const documentsCore = /web\/src\/documents\/(documents-api|file-facts|document-bits)\.tsx?$/;

/**
 * Small modules several session and form pages share, each a few hundred bytes: apart, each was a
 * file of its own whose gzip and import lines cost nearly as much as its code (the session page
 * fetched four of them); together they are one.
 */
const smallShared =
  /web\/src\/(sessions\/(session-bits|records-messages|needs-summary-table)|app\/baku-time|ui\/action-status)\.tsx?$/;

/** The modules the entry imports statically, found once per build. */
const shellModules = new WeakMap<Rollup.ManualChunkMeta['getModuleInfo'], Set<string>>();
function isShell(id: string, { getModuleInfo }: Rollup.ManualChunkMeta): boolean {
  let shell = shellModules.get(getModuleInfo);
  if (!shell) {
    const found = new Set<string>();
    const visit = (module: string) => {
      if (found.has(module)) return;
      found.add(module);
      for (const next of getModuleInfo(module)?.importedIds ?? []) visit(next);
    };
    visit(shellEntry);
    shell = found;
    shellModules.set(getModuleInfo, shell);
  }
  return shell.has(id) || alongsideShell.test(id);
}

/** The schemas without their OpenAPI words, which only `npm run openapi` reads (infra/schema-meta.ts). */
const schemasWithoutMeta: Plugin = {
  name: 'schemas-without-meta',
  // After Vite's own TypeScript step, on JavaScript.
  enforce: 'post',
  apply: 'build',
  transform(code, id) {
    return schemaModule.test(id) ? { code: withoutSchemaMeta(code), map: null } : undefined;
  },
};

/**
 * The static pages. `#shared/*` resolves through the "imports" of the project's package.json,
 * which Vite honours like Node does. Preact's JSX is compiled by esbuild; no plugin is needed.
 */
export default defineConfig({
  root: webRoot,
  publicDir: 'public',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  plugins: [schemasWithoutMeta],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    // Every browser the portal supports preloads modules itself; the polyfill cost each page 0.4 KB.
    modulePreload: { polyfill: false },
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup cannot place; harmless, and noise on every build.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
      output: {
        // Files are named by their content hash alone: each name is written into every chunk that
        // imports it and into the shell's preload map of every page, and the readable part cost
        // each page about 0.5 KB gzipped. The manifest names them (`npm run bench`, "JS per page").
        // The messages keep their language in the name (`az-…`, `en-…`): imported by their loader
        // alone, they cost little, and the tests tell a language's chunks by it.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/shared/i18n/') ? 'assets/[name]-[hash].js' : 'assets/[hash].js',
        assetFileNames: 'assets/[hash][extname]',
        // Libraries change less often than the pages: their own chunks stay cached across releases.
        // zod apart from preact: only the forms load it, when they check what was typed.
        manualChunks: (id, meta) =>
          /node_modules\/preact\//.test(id)
            ? 'vendor'
            : /node_modules\/zod\//.test(id)
              ? 'zod'
              : isShell(id, meta)
                ? 'shell'
                : documentsCore.test(id)
                  ? 'documents'
                  : smallShared.test(id)
                    ? 'common'
                    : undefined,
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
