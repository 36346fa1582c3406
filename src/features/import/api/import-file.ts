import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ImportResult, xlsxMediaType, type ImportKind } from '../../../contract/spreadsheet-import';
import { answerOf, resolve, unreachable } from '../../../lib/api-client';

// What the file is, by its name first: browsers give a .csv file whatever
// type the system has registered, often none.
export function mediaTypeOf(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return xlsxMediaType;
  return file.type || 'application/octet-stream';
}

// Sent, then read by the server: checked (a dry run) or imported.
export type ImportProgress = { readonly phase: 'uploading'; readonly sent: number; readonly total: number } | { readonly phase: 'checking' | 'writing' };

export interface ImportRequest {
  readonly kind: ImportKind;
  readonly file: File;
  readonly dryRun: boolean;
}

// An upload through XMLHttpRequest, the one browser API that reports how
// much of a request body has been sent: a 20 MB file takes a while.
export function sendImport({ kind, file, dryRun }: ImportRequest, onProgress: (progress: ImportProgress) => void): Promise<ImportResult> {
  const what = dryRun ? 'the check of the file' : 'the import';
  const verb = dryRun ? 'run' : 'save';
  return new Promise((resolvePromise, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', resolve(`/api/import/${kind}?dryRun=${dryRun}`));
    xhr.setRequestHeader('content-type', mediaTypeOf(file));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => onProgress({ phase: 'uploading', sent: event.loaded, total: event.lengthComputable ? event.total : file.size }));
    xhr.upload.addEventListener('load', () => onProgress({ phase: dryRun ? 'checking' : 'writing' }));
    xhr.addEventListener('load', () => {
      let answer: unknown;
      try {
        answer = JSON.parse(xhr.responseText) as unknown;
      } catch {
        answer = undefined;
      }
      try {
        resolvePromise(answerOf({ status: xhr.status, statusText: xhr.statusText, ok: xhr.status >= 200 && xhr.status < 300 }, answer, ImportResult, verb, what));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    xhr.addEventListener('error', () => reject(unreachable(verb, what)));
    onProgress({ phase: 'uploading', sent: 0, total: file.size });
    xhr.send(file);
  });
}

// A dry run or an import, with its progress; an import refreshes every screen.
export function useImportFile() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (request: ImportRequest) => sendImport(request, setProgress),
    onSettled: () => setProgress(null),
    onSuccess: (result) => (result.written ? queryClient.invalidateQueries() : undefined),
  });
  return { ...mutation, progress };
}
