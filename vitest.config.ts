import { defineConfig } from 'vitest/config';

// Three suites, cheapest first (see README): unit tests on pure code; build tests that assert
// on sites built once by test/support/buildTestSites.ts; browser tests in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      // Some unit tests run a command (validate, stats, match) in a child process: on a busy
      // machine that takes seconds, so the default 5 s would fail them for no fault of theirs.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 } },
      // One file at a time: some build tests run `npm run build`, and two Astro builds of one project share .astro/.prerender.
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/e2eServer.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
