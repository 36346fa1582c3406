import fc from 'fast-check';
import type { Action, Update } from '../src/contract/actions';
import { benchmarkUnits } from '../src/contract/benchmarks';
import { focusAreaIds, statusIds, studentGroupIds } from '../src/contract/ids';
import { updateContradictions } from '../src/contract/update-rules';
import { pefPlan } from '../src/domain/pef-plan';
import { schoolYearsOfPeriod } from '../src/domain/quarters';
import type { ActionImport, ActionSheetRow } from '../src/domain/spreadsheet/action-sheet';
import type { BenchmarkImport } from '../src/domain/spreadsheet/benchmark-sheet';
import type { UpdateImport, UpdateSheetRow } from '../src/domain/spreadsheet/update-sheet';

// Random records as the export receives them, for the round-trip properties
// of the CSV and the workbook. Texts are what a person could type and the
// contract keeps: trimmed, any script, line breaks inside, formula-looking
// starts; no control characters (a workbook cannot hold them).

const text = (minLength: number, maxLength: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength, maxLength }),
      fc.constantFrom('=1+1', '+33 6 12', '-5% absences', '@owner', 'Coffee, "chats" & more', 'line one\nline two', 'Gutiérrez — 学习 🎓'),
    )
    .map((s) => s.replace(/\p{Cc}/gu, (c) => (c === '\n' ? c : ' ')).trim())
    .filter((s) => s.length >= minLength && s.length <= maxLength && !s.startsWith("'"));

const id = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,15}$/);
const quarter = fc.constantFrom(...pefPlan.quarters);
const subsetOf = <T>(values: readonly T[], minLength: number) => fc.shuffledSubarray([...values], { minLength });
const figure = (unit: string) =>
  (unit === 'percent' ? fc.double({ min: 0, max: 100, noNaN: true }) : fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 0, max: 1e9, noNaN: true }))).map((n) =>
    Object.is(n, -0) ? 0 : n,
  );

const actionFields = fc
  .record({
    id,
    title: text(1, 200),
    description: text(0, 300),
    focusAreaId: fc.constantFrom(...focusAreaIds),
    owner: text(1, 120),
    quarters: fc.tuple(quarter, quarter).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    studentGroups: subsetOf(studentGroupIds, 1),
    priority: fc.constantFrom(...pefPlan.priorities),
    strategyPick: fc.nat(),
    status: fc.constantFrom(...statusIds),
    percentComplete: fc.integer({ min: 0, max: 100 }),
    lastUpdateQuarter: fc.option(quarter),
    sample: fc.boolean(),
    latestNote: text(0, 200),
  })
  .map(({ quarters, priority, strategyPick, latestNote, ...rest }): ActionSheetRow => {
    const strategies = priority.strategies;
    const strategy = strategyPick % (strategies.length + 1);
    const action: Action = {
      ...rest,
      priorityId: priority.id,
      strategyId: strategies[strategy]?.id ?? null,
      startQuarter: quarters[0] ?? '',
      dueQuarter: quarters[1] ?? '',
      version: 1,
    };
    return { action, latestNote };
  });

export const actionSheetRows = fc.uniqueArray(actionFields, { maxLength: 12, selector: (r) => r.action.id });

const update = fc
  .record({
    quarter,
    status: fc.constantFrom(...statusIds),
    percentComplete: fc.integer({ min: 0, max: 100 }),
    note: text(1, 300),
    author: text(1, 120),
    createdAt: fc.date({ min: new Date('2023-07-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  })
  .filter((u): u is Update => Object.keys(updateContradictions(u)).length === 0);

export const updateSheetRows = fc.uniqueArray(
  fc.record({ actionId: id, update }).map((r): UpdateSheetRow => r),
  { maxLength: 12, selector: (r) => `${r.actionId} ${r.update.quarter}` },
);

const schoolYears = schoolYearsOfPeriod(pefPlan.period);

const benchmark = fc
  .record({
    id,
    priorityId: fc.constantFrom(...pefPlan.priorities.map((p) => p.id)),
    name: text(1, 200),
    description: text(0, 300),
    unit: fc.constantFrom(...benchmarkUnits),
    direction: fc.constantFrom('higher' as const, 'lower' as const),
    baselineYear: fc.constantFrom('2021-22', '2022-23', '2023-24'),
  })
  .chain(({ baselineYear, ...rest }) =>
    fc.record({
      baselineValue: figure(rest.unit),
      years: subsetOf(schoolYears, 0).chain((years) =>
        fc.tuple(...years.map((schoolYear) => fc.record({ schoolYear: fc.constant(schoolYear), target: fc.option(figure(rest.unit)), actual: fc.option(figure(rest.unit)) }))),
      ),
      groups: subsetOf(studentGroupIds, 0).chain((groups) =>
        fc.tuple(
          ...groups.map((studentGroupId) =>
            fc.record({
              studentGroupId: fc.constant(studentGroupId),
              values: subsetOf(schoolYears, 0).chain((years) => fc.tuple(...years.map((schoolYear) => fc.record({ schoolYear: fc.constant(schoolYear), actual: fc.option(figure(rest.unit)) })))),
            }),
          ),
        ),
      ),
    }).map(({ baselineValue, years, groups }): BenchmarkImport => ({ ...rest, baseline: { schoolYear: baselineYear, value: baselineValue }, years, groups })),
  );

export const benchmarkRecords = fc.uniqueArray(benchmark, { maxLength: 6, selector: (b) => b.id });

// What the import gives back for a record the export wrote.
export const actionImportOf = ({ action }: ActionSheetRow): ActionImport => ({
  id: action.id,
  title: action.title,
  description: action.description,
  priorityId: action.priorityId,
  focusAreaId: action.focusAreaId,
  strategyId: action.strategyId,
  owner: action.owner,
  startQuarter: action.startQuarter,
  dueQuarter: action.dueQuarter,
  studentGroups: action.studentGroups,
});

export const updateImportOf = ({ actionId, update }: UpdateSheetRow): UpdateImport => ({ actionId, ...update });
