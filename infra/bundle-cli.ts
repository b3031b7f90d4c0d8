/**
 * `node --import tsx infra/bundle-cli.ts <entry> <outDir>`: bundles one function the project's
 * way (see bundling.ts). The CDK construct runs it as NodejsFunction's after-bundling hook.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFunction } from './bundling.ts';

const [entry, outDir] = process.argv.slice(2);
if (!entry || !outDir) {
  console.error('usage: bundle-cli.ts <entry> <outDir>');
  process.exit(2);
}
rmSync(join(outDir, 'index.mjs'), { force: true });
rmSync(join(outDir, 'index.mjs.map'), { force: true });
await bundleFunction(entry, outDir);
