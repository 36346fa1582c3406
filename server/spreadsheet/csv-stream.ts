import { sheetCsvHead, sheetCsvLines, type SheetColumn } from '../../src/domain/spreadsheet/sheet-columns';

// Pages of records, as an export reads them.
export type RecordPages<R> = AsyncIterable<readonly R[]> | Iterable<readonly R[]>;

// A CSV file written as its pages of records are read: the header first,
// then a page's lines at a time, so memory holds a page, not the file.
export function csvStream<R>(columns: readonly SheetColumn<R>[], pages: RecordPages<R>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: AsyncIterator<readonly R[]> | Iterator<readonly R[]> | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (iterator === undefined) {
        iterator = Symbol.asyncIterator in pages ? pages[Symbol.asyncIterator]() : pages[Symbol.iterator]();
        controller.enqueue(encoder.encode(sheetCsvHead(columns)));
        return;
      }
      const next = await iterator.next();
      if (next.done === true) controller.close();
      else controller.enqueue(encoder.encode(sheetCsvLines(columns, next.value)));
    },
    async cancel() {
      await iterator?.return?.();
    },
  });
}
