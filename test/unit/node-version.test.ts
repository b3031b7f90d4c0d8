import { describe, expect, it } from 'vitest';
import { esbuildTarget, lambdaRuntimeName, nodeMajor, nodeVersion } from '#infra/node-version.ts';

describe('the pinned Node.js runtime', () => {
  it('runs the tests on Node.js 24, the Lambda runtime, not on the machine’s own Node.js', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });

  it('runs exactly the version package.json pins', () => {
    expect(process.versions.node).toBe(nodeVersion);
  });

  it('derives the Lambda runtime and the bundle target from that one pin', () => {
    expect(nodeMajor).toBe(24);
    expect(lambdaRuntimeName).toBe('nodejs24.x');
    expect(esbuildTarget).toBe('node24');
  });
});
