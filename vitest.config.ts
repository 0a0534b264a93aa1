import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // A test that scans many steps with axe (WCAG and best-practice rules) needs more than a
          // minute when other work shares the 2-core machine.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // One Chromium per file; files run one after another to stay within 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
