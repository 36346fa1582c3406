import react from '@vitejs/plugin-react';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { precompress } from './scripts/precompress.ts';
import { appInOneChunk } from './scripts/app-in-one-chunk.ts';
import { linkAppChunk } from './scripts/link-app-chunk.ts';

// msw's worker script sits in public/ for the mock mode; any other build
// leaves it out, so no deployed page can install a mock of the API.
function withoutMockWorker(): Plugin {
  let outDir: string | null = null;
  return {
    name: 'without-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.mode === 'mock' ? null : path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      if (outDir !== null) rmSync(path.join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

// The app's code, which the entry (src/main.tsx) loads on demand.
const appModule = 'src/app/start-app.tsx';

export default defineConfig(({ command }) => ({
  plugins: [react(), withoutMockWorker(), appInOneChunk(appModule, ['src/main.tsx', 'src/app/start-app-contract.ts']), linkAppChunk(appModule), precompress()],
  // react-router's package names its development build for every import; its
  // production build differs only in leaving out the development warnings
  // (0.5 kB gzip of the app). Tests and the dev server keep the warnings.
  resolve: command === 'build' ? { alias: [{ find: /^react-router$/, replacement: path.resolve('node_modules/react-router/dist/production/index.mjs') }] } : {},
  build: {
    // The overview's first paint budget is checked from this report.
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
    // Every browser the dashboard supports preloads modules itself.
    modulePreload: { polyfill: false },
  },
  server: {
    // `npm run dev` runs the API server beside Vite (scripts/dev.mjs). The Host
    // header is kept, so the server's same-origin check sees the page's origin.
    proxy: { '/api': { target: `http://127.0.0.1:${process.env.API_PORT || '3001'}`, changeOrigin: false } },
  },
  // The server entry carries its packages inside, so a build copied anywhere
  // (DIST_DIR) runs without the project's node_modules beside it.
  ssr: { noExternal: true },
  preview: {
    host: '127.0.0.1',
    port: 3000,
  },
  test: {
    restoreMocks: true,
    testTimeout: 15_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
    ],
  },
}));
