import { defineConfig } from 'vitest/config';

// The slow end-to-end runs (`npm run test:soak`, also in CI): the e2e harness, files named *.soak.ts.
export default defineConfig({
  test: {
    name: 'soak',
    root: import.meta.dirname,
    include: ['soak/**/*.soak.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 60_000,
    globalSetup: ['./global-setup.ts'],
  },
});
