import type { ErrorInfo } from 'react';
import { ApiError } from '../lib/api-client';

// React reports every error a boundary caught. API errors are expected and
// explained on screen; anything else is a bug, kept on the console with its
// component stack.
export function reportCaughtError(error: unknown, info: ErrorInfo): void {
  if (error instanceof ApiError) return;
  console.error(error, info.componentStack);
}
