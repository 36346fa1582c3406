import { useEffect } from 'react';

export const appName = 'PEF Plan Tracker';

// Each screen names itself in the tab and in the browser history.
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title]);
}
