import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // ffmpeg-heavy suites share 2 cores; run files two at a time.
    maxWorkers: 2,
    pool: 'forks',
  },
});
