import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isRouteErrorResponse, useLocation, useNavigate, useNavigation, useRouteError } from 'react-router';
import { ErrorFallback } from '../../components/error-fallback';
import { ApiError } from '../../lib/api-client';
import { NotFoundRoute } from './not-found';

// A screen that failed says what failed and offers to try again: the retry
// drops the failed queries and navigates to the same URL, which runs the
// screen's loader again and resets the error boundary (a bare revalidation
// can leave the boundary showing the old error).
export function RouteError() {
  const error = useRouteError();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();
  const [retrying, setRetrying] = useState(false);

  if ((isRouteErrorResponse(error) && error.status === 404) || (error instanceof ApiError && error.status === 404)) {
    return <NotFoundRoute />;
  }

  const message =
    error instanceof ApiError
      ? error.message
      : 'Something went wrong while showing this page. Try again; if it keeps happening, tell the site administrator.';

  const retry = async () => {
    setRetrying(true);
    try {
      await queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
      await navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true });
    } finally {
      setRetrying(false);
    }
  };

  return (
    <ErrorFallback
      title="This page could not be shown"
      message={message}
      onRetry={() => void retry()}
      retrying={retrying || navigation.state === 'loading'}
    />
  );
}
