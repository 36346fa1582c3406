import { useId } from 'react';

interface ErrorFallbackProps {
  title: string;
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
}

export function ErrorFallback({ title, message, onRetry, retrying = false }: ErrorFallbackProps) {
  const headingId = useId();
  return (
    <section className="error-fallback" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry} disabled={retrying} aria-busy={retrying}>
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      )}
    </section>
  );
}
