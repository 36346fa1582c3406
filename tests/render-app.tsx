import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { createAppQueryClient } from '../src/app/create-app-query-client';
import { AppProvider } from '../src/app/provider';
import { reportCaughtError } from '../src/app/report-caught-error';
import { AppRoutes } from '../src/app/router';

// The real providers and routes at a URL, on a fresh query client that does
// not retry, against the mock API.
export function renderApp(url: string) {
  const queryClient = createAppQueryClient({ retry: false });
  const location = { current: url };
  function LocationProbe() {
    const { pathname, search } = useLocation();
    location.current = `${pathname}${search}`;
    return null;
  }
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </AppProvider>,
    { onCaughtError: reportCaughtError },
  );
  // Where the app is now, as a path with its query string.
  const currentUrl = () => location.current;
  return { ...view, user, queryClient, currentUrl };
}
