import { useState } from 'react';
import { ErrorFallback } from '../../components/error-fallback';
import { ApiError } from '../../lib/api-client';
import { NotFoundRoute } from './not-found';

// A screen that failed says what failed and offers to try again.
export function RouteError({ error, reset }: { error: unknown; reset: () => void }) {
  const [retrying, setRetrying] = useState(false);
  if (error instanceof ApiError && error.status === 404) return <NotFoundRoute />;
  const message =
    error instanceof ApiError
      ? error.message
      : 'Something went wrong while showing this page. Try again; if it keeps happening, tell the site administrator.';
  return (
    <ErrorFallback
      title="This page could not be shown"
      message={message}
      retrying={retrying}
      onRetry={() => {
        setRetrying(true);
        reset();
      }}
    />
  );
}
