import type { ReactNode } from 'react';

// A message about the page's input (a link's bad parameter, say): polite,
// because the page still shows what it can.
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}
