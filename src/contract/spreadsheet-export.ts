import type { ImportKind } from './spreadsheet-import';

// GET /api/export/{actions,updates,benchmarks}.{csv,xlsx}: the sheets an
// import reads, as CSV or as an Excel workbook. Actions and updates take the
// action list's filters (ActionExportQuery), benchmarks the benchmarks
// screen's (BenchmarkFilters).
export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportPath = (kind: ImportKind, format: ExportFormat) => `/api/export/${kind}.${format}`;

