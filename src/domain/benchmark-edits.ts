import type { BenchmarkPatch, NewBenchmark } from '../contract/benchmark-writes';
import type { Benchmark, BenchmarkGroupValues, BenchmarkYear } from '../contract/benchmarks';
import { studentGroupIds, studentGroupLabels, type StudentGroupId } from '../contract/ids';
import type { PlanPeriod } from '../contract/plan';
import { importIdPattern } from '../contract/spreadsheet-import';
import { measureProblems, rangeProblem } from './benchmark-writes';
import { schoolYearsOfPeriod } from './quarters';
import { accepted, invalidFields, refused, staleVersion, type WriteResult } from './write-result';

// A new measure's id, from its name ("Chronic absenteeism" → chronic-absenteeism),
// with a number after it when the name's is taken; an id an import matches by.
export function benchmarkIdFor(name: string, taken: ReadonlySet<string>): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 56).replace(/-+$/, '') || 'measure';
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(id) && importIdPattern.test(id)) return id;
  }
}

function withTargets(years: readonly BenchmarkYear[], targets: NewBenchmark['targets']): BenchmarkYear[] {
  const next = new Map(years.map((y) => [y.schoolYear, y]));
  for (const { schoolYear, target } of targets) {
    const year = next.get(schoolYear);
    if (year !== undefined) next.set(schoolYear, { ...year, target });
    else if (target !== null) next.set(schoolYear, { schoolYear, target, actual: null });
  }
  return [...next.values()].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
}

// A group added is tracked from the plan's first school year, its actuals not yet known.
function withGroups(period: PlanPeriod, groups: readonly BenchmarkGroupValues[], ids: readonly StudentGroupId[]): WriteResult<BenchmarkGroupValues[]> {
  const dropped = groups.filter((g) => !ids.includes(g.studentGroupId) && g.values.some((v) => v.actual !== null));
  const [first] = dropped;
  if (first !== undefined) {
    const years = first.values.filter((v) => v.actual !== null).map((v) => v.schoolYear);
    return refused(
      invalidFields({ studentGroups: `must keep ${studentGroupLabels[first.studentGroupId]}: its actuals for ${years.join(', ')} would be lost` }),
    );
  }
  const blank = schoolYearsOfPeriod(period).map((schoolYear) => ({ schoolYear, actual: null }));
  const kept = new Map(groups.map((g) => [g.studentGroupId, g]));
  return accepted(
    studentGroupIds.filter((id) => ids.includes(id)).map((studentGroupId) => kept.get(studentGroupId) ?? { studentGroupId, values: blank }),
  );
}

export function createBenchmark(period: PlanPeriod, input: NewBenchmark, id: string): WriteResult<Benchmark> {
  const problems = measureProblems(period, input);
  if (Object.keys(problems).length > 0) return refused(invalidFields(problems));
  const { targets, studentGroups, ...details } = input;
  const groups = withGroups(period, [], studentGroups);
  if (!groups.ok) return groups;
  return accepted({ id, ...details, years: withTargets([], targets), groups: groups.value, version: 1, sample: false });
}

export interface BenchmarkEdit {
  readonly benchmark: Benchmark;
  // The names of the fields that changed; none when the patch set what was there.
  readonly changed: string[];
}

const comparable = (b: Benchmark) => ({
  priorityId: b.priorityId,
  name: b.name,
  description: b.description,
  unit: b.unit,
  direction: b.direction,
  baseline: b.baseline,
  targets: b.years.map((y) => [y.schoolYear, y.target]),
  studentGroups: b.groups.map((g) => g.studentGroupId),
});

// The patch's fields on the measure; its figures are checked in its (possibly new) unit.
export function editBenchmark(period: PlanPeriod, current: Benchmark, patch: BenchmarkPatch): WriteResult<BenchmarkEdit> {
  const stale = staleVersion('benchmark', current.version, patch.version);
  if (stale !== null) return refused(stale);
  const { targets, studentGroups } = patch;
  const unit = patch.unit ?? current.unit;
  const baseline = patch.baseline ?? current.baseline;
  const problems = measureProblems(period, { unit, baseline, targets });
  // A new unit must fit the figures already recorded too.
  const recorded = [...current.years.flatMap((y) => [y.target, y.actual]), ...current.groups.flatMap((g) => g.values.map((v) => v.actual))];
  const outside = recorded.find((value) => rangeProblem(unit, value) !== null);
  if (outside !== undefined) problems.unit = `must fit the figures already recorded (${outside} ${rangeProblem(unit, outside)})`;
  if (Object.keys(problems).length > 0) return refused(invalidFields(problems));
  const groups = studentGroups === undefined ? accepted(current.groups) : withGroups(period, current.groups, studentGroups);
  if (!groups.ok) return groups;
  const next: Benchmark = {
    ...current,
    priorityId: patch.priorityId ?? current.priorityId,
    name: patch.name ?? current.name,
    description: patch.description ?? current.description,
    unit,
    direction: patch.direction ?? current.direction,
    baseline,
    years: targets === undefined ? current.years : withTargets(current.years, targets),
    groups: groups.value,
  };
  const [before, after] = [comparable(current), comparable(next)];
  const changed = (Object.keys(before) as (keyof typeof before)[]).filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
  return accepted({ benchmark: changed.length === 0 ? current : { ...next, version: current.version + 1 }, changed });
}
