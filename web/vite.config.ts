import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The static pages. `#shared/*` resolves through the "imports" of the project's package.json,
 * which Vite honours like Node does. Preact's JSX is compiled by esbuild; no plugin is needed.
 */
export default defineConfig({
  root: webRoot,
  publicDir: 'public',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup cannot place; harmless, and noise on every build.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
      output: {
        // Libraries change less often than the pages: their own chunks stay cached across releases.
        manualChunks: (id) => (/node_modules\/(zod|preact)\//.test(id) ? 'vendor' : undefined),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
