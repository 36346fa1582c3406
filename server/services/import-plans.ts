import type { Benchmark } from '../../src/contract/benchmarks';
import type { Plan } from '../../src/contract/plan';
import type { ImportKind, ImportOutcome, ImportProblem } from '../../src/contract/spreadsheet-import';
import type { ActionRecord } from '../../src/domain/action-record';
import { createActionRecord, editActionRecord } from '../../src/domain/action-writes';
import { ownerOfAccounts } from '../../src/domain/owner-key';
import { isCorrection, lockedQuarterProblem, publicationsOf } from '../../src/domain/reporting-periods';
import { actionColumns, readActionRows } from '../../src/domain/spreadsheet/action-sheet';
import { applyImportedUpdates } from '../../src/domain/spreadsheet/apply-imported-updates';
import { planActionImport, planBenchmarkImport, planUpdateImport, storedBenchmarkForm } from '../../src/domain/spreadsheet/plan-import';
import { readBenchmarkRows } from '../../src/domain/spreadsheet/read-benchmark-rows';
import type { SheetRow } from '../../src/domain/spreadsheet/sheet-rows';
import { readUpdateRows, updateColumns, updateImportKey } from '../../src/domain/spreadsheet/update-sheet';
import type { WriteResult } from '../../src/domain/write-result';
import type { StoreWrites } from '../store/store-writes';
import type { WriteContext } from './audit';

// What an import of one kind would do, worked out inside its transaction
// from the rows of the file and the records as stored.
export interface PlannedImport {
  readonly outcome: ImportOutcome;
  readonly problems: ImportProblem[];
  // Writes what the outcome says; called only when there is no problem.
  readonly write: () => Promise<void>;
}

type Planner = (trx: StoreWrites, plan: Plan, rows: readonly SheetRow[], context: WriteContext) => Promise<PlannedImport>;

const byLine = (problems: ImportProblem[]) => problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

// The write rule's result for one row, or null with its refusal added to
// the problems, each field named by its column.
function acceptedOrProblems<T>(result: WriteResult<T>, line: number, columnOf: (field: string) => string | null, problems: ImportProblem[]): T | null {
  if (result.ok) return result.value;
  const { fields, message } = result.error;
  if (fields === undefined) problems.push({ line, column: null, reason: message });
  else for (const [field, reason] of Object.entries(fields)) problems.push({ line, column: columnOf(field), reason });
  return null;
}

const planActions: Planner = async (trx, plan, rows, context) => {
  const reading = readActionRows(rows, { plan });
  const ownerOf = ownerOfAccounts(await trx.ownerAccounts());
  const incoming = reading.records.map(({ line, record }) => ({ line, record: { ...record, owner: ownerOf(record.owner) } }));
  const stored = new Map((await trx.actionRecords(incoming.map((r) => r.record.id))).map((r) => [r.id, r]));
  const outcome = planActionImport(incoming.map((r) => r.record), [...stored.values()]);
  const columns = actionColumns(plan);
  const columnOf = (field: string) => columns.find((c) => c.fields?.includes(field))?.header ?? null;
  const problems = [...reading.problems];
  const changed = new Set(outcome.changed.map((c) => c.id));
  const records: ActionRecord[] = [];
  for (const { line, record } of incoming) {
    const { id, ...fields } = record;
    const current = stored.get(id);
    if (current === undefined) {
      const created = acceptedOrProblems(createActionRecord(plan, fields, id), line, columnOf, problems);
      if (created !== null) records.push(created);
      continue;
    }
    if (!changed.has(id)) continue;
    const edited = acceptedOrProblems(editActionRecord(plan, current, { ...fields, version: current.version }), line, columnOf, problems);
    if (edited !== null) records.push(edited.record);
  }
  return { outcome, problems: byLine(problems), write: () => trx.putActions(records, context.now.toISOString()) };
};

const quarterColumn = updateColumns.find((c) => c.fields?.includes('quarter'))?.header ?? null;

const planUpdates: Planner = async (trx, plan, rows, context) => {
  const reading = readUpdateRows(rows, { actionIds: new Set(await trx.actionIds()) });
  const publicationRows = await trx.reporting.publications();
  const publications = publicationsOf(publicationRows);
  const problems = [...reading.problems];
  // A published quarter is refused row by row, as one update would be.
  const open = reading.records.filter(({ line, record }) => {
    const locked = lockedQuarterProblem(record.quarter, publications);
    if (locked !== null) problems.push({ line, column: quarterColumn, reason: locked });
    return locked === null;
  });
  const stored = await trx.actionRecords(open.map((r) => r.record.actionId));
  const outcome = planUpdateImport(
    open.map((r) => r.record),
    stored.flatMap((action) => action.updates.map((u) => ({ actionId: action.id, ...u }))),
  );
  const changing = new Set([...outcome.created, ...outcome.changed.map((c) => c.id)]);
  const applying = open.filter((r) => changing.has(updateImportKey(r.record)));
  const applied = applyImportedUpdates(plan.period, new Map(stored.map((a) => [a.id, a])), applying, context.user.name, context.now);
  problems.push(...applied.problems);
  const write = async () => {
    const records = [...applied.actions.values()];
    await trx.putActions(records, context.now.toISOString());
    for (const { record: row } of applying.filter((r) => isCorrection(r.record.quarter, publications))) {
      const after = applied.actions.get(row.actionId)?.updates.find((u) => u.quarter === row.quarter);
      if (after === undefined) continue;
      const before = stored.find((a) => a.id === row.actionId)?.updates.find((u) => u.quarter === row.quarter) ?? null;
      const reason = publicationRows.find((p) => p.quarter === row.quarter)?.reopenReason ?? '';
      await trx.reporting.insertRevision({ actionId: row.actionId, quarter: row.quarter, before, after, revisedAt: context.now.toISOString(), revisedBy: context.user.name, reason });
    }
  };
  return { outcome, problems: byLine(problems), write };
};

const planBenchmarks: Planner = async (trx, plan, rows) => {
  const reading = readBenchmarkRows(rows, { plan });
  const incoming = reading.records.map(({ record }) => storedBenchmarkForm(record));
  const stored = new Map((await trx.benchmarks()).map((b) => [b.id, b]));
  const outcome = planBenchmarkImport(incoming, [...stored.values()]);
  const writing = new Set([...outcome.created, ...outcome.changed.map((c) => c.id)]);
  const benchmarks: Benchmark[] = incoming
    .filter((b) => writing.has(b.id))
    .map((b) => {
      const current = stored.get(b.id);
      return { ...b, version: current === undefined ? 1 : current.version + 1, sample: current?.sample ?? false };
    });
  return { outcome, problems: reading.problems, write: () => trx.putBenchmarks(benchmarks) };
};

export const importPlanners: Record<ImportKind, Planner> = { actions: planActions, updates: planUpdates, benchmarks: planBenchmarks };
