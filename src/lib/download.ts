import { exportPath, type ExportFormat } from '../contract/spreadsheet-export';
import type { ImportKind } from '../contract/spreadsheet-import';
import { toSearch } from './api-client';

// GET /api/export/…: a link, not a fetch, so the browser downloads the file
// itself. The same query as the screen gives exactly the screen's rows.
export function exportHref(kind: ImportKind, format: ExportFormat, query: Record<string, string | undefined>): string {
  return `${exportPath(kind, format)}${toSearch(query)}`;
}

// In mock mode the API lives in a service worker, which lets navigations (a
// link's download is one) through to the network, where there is no API.
// There the file is fetched, which the worker answers, and handed over as a blob.
export const downloadsThroughFetch = import.meta.env.MODE === 'mock';

export async function downloadThroughFetch(url: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The export answered ${response.status}`);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'export';
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
