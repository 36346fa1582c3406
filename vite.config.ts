import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompress } from './scripts/precompress.ts';

export default defineConfig({
  plugins: [react(), precompress()],
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
});
