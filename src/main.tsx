import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProvider } from './app/provider';
import { createAppQueryClient } from './app/create-app-query-client';
import { prefetchFirstScreen } from './app/prefetch-first-screen';
import { reportCaughtError } from './app/report-caught-error';
import { AppRoutes } from './app/router';
import './app/styles.css';

// In mock mode (`npm run dev:mock`, and `npm start` until the server exists)
// the API is answered in the browser by the mock service worker.
async function startMockApi(): Promise<void> {
  if (import.meta.env.MODE !== 'mock') return;
  const { worker } = await import('../mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

async function main(): Promise<void> {
  await startMockApi();
  const root = document.getElementById('root');
  if (root === null) throw new Error('index.html has no #root element');
  const queryClient = createAppQueryClient();
  // Rendering before the first answers would reveal a loading message, which
  // React then keeps on screen for at least 300 ms though the answers take a
  // few: render once they are in, or after a second for a slow server.
  const firstScreen = prefetchFirstScreen(queryClient, window.location);
  await Promise.race([firstScreen, new Promise((resolve) => setTimeout(resolve, 1000))]);
  createRoot(root, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProvider>
    </StrictMode>,
  );
}

void main();
