import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

// Code a screen does not need for its first paint (a chart library, a
// section below the fold), imported once the screen has been painted and
// then kept. A failed import is tried again the next time it is asked for.
export function loadAfterPaint<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= afterNextPaint()
      .then(load)
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
}

export interface Loaded<T> {
  module: T | undefined;
  failed: boolean;
}

// Shown with state rather than React.lazy: a suspense fallback, once
// revealed, holds the content back for 300 ms after the code has arrived.
export function useLoadedAfterPaint<T>(load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ module: undefined, failed: false });
  useEffect(() => {
    let current = true;
    const show = (next: Loaded<T>) => {
      if (current) setState(next);
    };
    load().then(
      (module) => show({ module, failed: false }),
      () => show({ module: undefined, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [load]);
  return state;
}
