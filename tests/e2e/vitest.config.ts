import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium, driven by playwright-core.
// One file at a time: each starts its own browser and this machine has two cores.
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['./global-setup.ts'],
  },
});
