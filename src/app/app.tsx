import type { QueryClient } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { AppProvider } from './provider';
import { AppRoutes } from './router';

// The whole app inside a router: the browser's in the page, a static one for
// the URL being rendered on the server.
export function App({ queryClient, router: Router }: { queryClient: QueryClient; router: (props: { children: ReactNode }) => ReactNode }) {
  return (
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <Router>
          <AppRoutes />
        </Router>
      </AppProvider>
    </StrictMode>
  );
}
