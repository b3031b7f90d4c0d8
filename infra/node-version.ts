import { readFileSync } from 'node:fs';
import { fromRoot } from './paths.ts';

/**
 * The one place that names the Node.js version the project runs on: the exact `node`
 * devDependency in package.json. npm puts that binary first on the PATH of every `npm run`
 * script, so tests, the bench, `npm start` and synthesis run on it; the Lambda runtime and
 * esbuild's target are derived from the same major version here, so the three never drift.
 * (ARCHITECTURE.md, "Decisions": one Node.js version for scripts and Lambda.)
 */
const packageJson = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as {
  devDependencies?: Record<string, string>;
};

const pinned = packageJson.devDependencies?.node;
const major = pinned?.match(/^(\d+)\.\d+\.\d+$/)?.[1];
if (!major) {
  throw new Error(`package.json must pin devDependencies.node to an exact version (found ${pinned ?? 'none'})`);
}

/** The pinned major version, e.g. 24. */
export const nodeMajor = Number(major);

/** The exact pinned version, e.g. "24.21.0". */
export const nodeVersion = pinned as string;

/** esbuild's target for every function bundle. */
export const esbuildTarget = `node${nodeMajor}`;

/** The name of the Lambda managed runtime of the same major version, e.g. "nodejs24.x". */
export const lambdaRuntimeName = `nodejs${nodeMajor}.x`;
