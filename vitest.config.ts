import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/unit/setup.ts'],
          environment: 'node',
          // A safety net, as in the other projects: the tests that import every route group take
          // seconds on a loaded machine (a second suite running beside this one), milliseconds idle.
          testTimeout: 60_000,
        },
      },
      {
        // Integration (HTTP) and browser tests share one local stack, started once.
        test: {
          name: 'stack',
          sequence: { groupOrder: 2 },
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/property/**/*.test.ts'],
          globalSetup: ['test/stack-setup.ts'],
          setupFiles: ['test/stack-env.ts'],
          environment: 'node',
          // Safety nets only: every step waits for the state it asserts. A journey over several pages
          // with axe checks needs minutes on a loaded 2-core machine, seconds on an idle one.
          testTimeout: 240_000,
          hookTimeout: 240_000,
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'infra',
          sequence: { groupOrder: 1 },
          include: ['test/infra/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
