import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ErrorBoundary } from '../../components/error-boundary';
import { RouteError } from './route-error';

export function ScreenLoading() {
  return (
    <p className="screen-loading" role="status">
      Loading…
    </p>
  );
}

// Each screen loads with a visible status and fails on its own, with a retry
// that refetches what failed; moving to another URL clears the error.
export function ScreenBoundary({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary resetKey={`${pathname}${search}`} onReset={reset} Fallback={RouteError}>
          <Suspense fallback={<ScreenLoading />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
