import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { build, type Plugin, transform } from 'esbuild';
import { esbuildTarget } from './node-version.ts';
import { schemaModule, withoutSchemaMeta } from './schema-meta.ts';

/**
 * How every function is bundled, shared by the CDK constructs and `npm run bench`, so that
 * the benchmark measures exactly what is deployed.
 *
 * Lambda loads the bundle as ESM, where `require` does not exist, yet CommonJS dependencies
 * bundled into it still call it for Node built-ins; the banner gives them one.
 */
export const esmRequireBanner =
  "import { createRequire as __portalCreateRequire } from 'node:module'; const require = __portalCreateRequire(import.meta.url);";

/**
 * zod's classic entry re-exports every locale (≈ 260 KB of messages in 40 languages) as
 * `z.locales`; the API speaks English problem details and never reads them. English stays.
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: args.importer, namespace: 'zod-locales' } : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from '../locales/en.js';",
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/** The schemas without their OpenAPI words, which only `npm run openapi` reads (see schema-meta.ts). */
const schemasWithoutMeta: Plugin = {
  name: 'schemas-without-meta',
  setup(bundle) {
    bundle.onLoad({ filter: schemaModule }, async (args) => {
      const { code } = await transform(await readFile(args.path, 'utf8'), { loader: 'ts', format: 'esm' });
      return { contents: withoutSchemaMeta(code), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * Bundles one handler into `outDir/index.mjs` plus lazily loaded chunks: code behind a dynamic
 * `import()` (the S3 and SES clients) is read from disk only by the requests that need it.
 */
export async function bundleFunction(entry: string, outDir: string) {
  return build({
    entryPoints: { index: entry },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: esbuildTarget,
    outExtension: { '.js': '.mjs' },
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: 'linked',
    sourcesContent: false,
    banner: { js: esmRequireBanner },
    plugins: [zodEnglishOnly, schemasWithoutMeta],
    metafile: true,
    logLevel: 'warning',
  });
}
