import type { Benchmark, BenchmarkUnit } from '../../contract/benchmarks';
import { studentGroupIds, type StudentGroupId } from '../../contract/ids';
import type { Plan } from '../../contract/plan';
import { addQuarters, compareQuarters, schoolYearOfQuarter, schoolYearsOfPeriod, schoolYearStart } from '../quarters';
import { benchmarkCatalog, type BenchmarkTemplate } from './catalog';
import type { Random } from './random';

// How far each group's sample value sits from all students', in percent of the
// value, on the "better" side when positive. Shaped like the gaps the
// California School Dashboard reports; the figures themselves are invented.
const groupGaps: Record<StudentGroupId, number> = {
  'all-students': 0,
  'english-learners': -24,
  'foster-youth': -32,
  'homeless-youth': -28,
  'socioeconomically-disadvantaged': -13,
  'students-with-disabilities': -35,
  'african-american': -21,
  'american-indian-alaska-native': -15,
  asian: 22,
  filipino: 15,
  hispanic: -11,
  'pacific-islander': -10,
  'two-or-more-races': 7,
  white: 20,
};

function rounded(value: number, unit: BenchmarkUnit): number {
  switch (unit) {
    case 'percent':
      return Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;
    case 'ratio':
      return Math.round(Math.max(0, value) * 10) / 10;
    case 'dollars':
      return Math.round(Math.max(0, value) / 100) * 100;
    case 'count':
    case 'days':
      return Math.round(Math.max(0, value));
  }
}

function actualFor(template: BenchmarkTemplate, yearIndex: number, random: Random): number {
  const { baseline, targets, trend } = template;
  const target = targets[yearIndex] ?? baseline;
  const stride = target - baseline;
  const wobble = (random.next() - 0.5) * 0.25 * Math.abs(targets[0] - baseline || baseline * 0.05);
  switch (trend) {
    case 'improving':
      return baseline + stride * (0.85 + random.next() * 0.3) + wobble;
    case 'flat':
      return baseline + stride * 0.15 + wobble;
    case 'worsening':
      return baseline - stride * (0.3 + 0.2 * yearIndex) + wobble;
    case 'mixed':
      return baseline + stride * (yearIndex % 2 === 0 ? 1.05 : 0.35) + wobble;
  }
}

// A school year's actual exists once the year is over and reported.
function isReported(schoolYear: string, lastReported: string | null): boolean {
  return lastReported !== null && compareQuarters(`${schoolYearStart(schoolYear) + 1}-Q2`, lastReported) <= 0;
}

export function sampleBenchmarks(plan: Plan, lastReported: string | null, random: Random): Benchmark[] {
  const schoolYears = schoolYearsOfPeriod(plan.period);
  // The baseline is the school year before the plan began.
  const baselineYear = schoolYearOfQuarter(addQuarters(plan.period.startQuarter, -4));
  return benchmarkCatalog.map((template) => {
    // Drawn for every year, reported or not, so reporting a new year leaves the earlier ones as they were.
    const actuals = schoolYears.map((year, index) => {
      const actual = rounded(actualFor(template, index, random), template.unit);
      return isReported(year, lastReported) ? actual : null;
    });
    const better = template.direction === 'higher' ? 1 : -1;
    return {
      id: template.id,
      priorityId: template.priorityId,
      name: template.name,
      description: template.description,
      unit: template.unit,
      direction: template.direction,
      baseline: { schoolYear: baselineYear, value: template.baseline },
      years: schoolYears.map((schoolYear, index) => ({
        schoolYear,
        target: template.targets[index] ?? null,
        actual: actuals[index] ?? null,
      })),
      // Drawn in the catalog's order (so the figures stay as they were), listed in the contract's.
      groups: template.groups
        .map((studentGroupId) => ({
          studentGroupId,
          values: schoolYears.map((schoolYear, index) => {
            const actual = actuals[index];
            const factor = 1 + (better * groupGaps[studentGroupId] * (0.9 + random.next() * 0.2)) / 100;
            return { schoolYear, actual: actual == null ? null : rounded(actual * factor, template.unit) };
          }),
        }))
        .sort((a, b) => studentGroupIds.indexOf(a.studentGroupId) - studentGroupIds.indexOf(b.studentGroupId)),
      version: 1,
      sample: true,
    };
  });
}
