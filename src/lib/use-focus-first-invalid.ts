import { useEffect, useRef, useState, type RefObject } from 'react';

// After a refused save, focus moves to the first field marked invalid, so a
// keyboard or screen-reader user lands on what to fix. The request is handled
// after the render that marks the fields.
export function useFocusFirstInvalid<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [requests]);
  return [ref, () => setRequests((n) => n + 1)];
}
