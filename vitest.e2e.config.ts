// End-to-end test config: runs tests/e2e/**/*.e2e.ts in Node against a built
// copy of the app (see tests/e2e/global-setup.ts) driven by Debian's Chromium.
//
// Deliberately standalone: it does NOT import or merge vite.config.ts, so the
// unit-test settings there (jsdom environment, setup files, plugins) are not
// applied to these tests. The app build itself still uses vite.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 60_000,
    // One browser-driving file at a time: keeps the machine's load and the
    // screenshots predictable.
    fileParallelism: false,
  },
});
