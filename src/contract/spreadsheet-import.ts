import * as z from 'zod/mini';

// The limits of one imported file. The byte limit is checked before the file
// is read at all; the row limit while reading it.
export const maxImportBytes = 20 * 1024 * 1024;
export const maxImportRows = 50_000;

// The media type of an Excel workbook (.xlsx), as the import takes and the export sends it.
export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importKinds = ['actions', 'updates', 'benchmarks'] as const;
export const ImportKind = z.enum(importKinds);
export type ImportKind = z.infer<typeof ImportKind>;

// The ids an import matches records by: short and safe in a URL.
export const importIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const importIdRule = 'must be an id of letters, digits, ".", "_" or "-" (at most 64 characters, starting with a letter or digit)';

// One thing wrong with a file: the line of a CSV file or the row of a sheet
// (null when it is about the whole file), the column's header text (null when
// it is about the whole row or file), and what is wrong, in words that
// complete the column's name.
export const ImportProblem = z.object({
  line: z.nullable(z.int().check(z.gte(1))),
  column: z.nullable(z.string()),
  reason: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

// What an import would do (or did): records are named by their ids.
export const ImportOutcome = z.object({
  created: z.array(z.string()),
  changed: z.array(z.object({ id: z.string(), fields: z.array(z.string()) })),
  unchanged: z.array(z.string()),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;

// ?dryRun=false writes; anything else (or nothing) only checks, so a request
// that forgets the flag cannot change the plan.
export const ImportQuery = z.object({
  dryRun: z.optional(z.enum(['true', 'false'], { error: 'must be true (check the file only) or false (import it)' })),
});
export type ImportQuery = z.infer<typeof ImportQuery>;

// The answer to an import: what it would do (dry run) or did. A file with any
// problem is written not at all, whatever dryRun says: `written` is true only
// when something was.
export const ImportResult = z.object({
  kind: ImportKind,
  dryRun: z.boolean(),
  written: z.boolean(),
  ...ImportOutcome.shape,
  problems: z.array(ImportProblem),
});
export type ImportResult = z.infer<typeof ImportResult>;
