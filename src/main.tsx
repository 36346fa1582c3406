import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProvider } from './app/provider';
import { createAppRouter } from './app/router';
import './app/styles.css';
import { createQueryClient } from './lib/query-client';

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
  const queryClient = createQueryClient();
  createRoot(root).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={createAppRouter(queryClient)} />
      </AppProvider>
    </StrictMode>,
  );
}

void main();
