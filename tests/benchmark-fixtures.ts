import type { NewBenchmark } from '../src/contract/benchmark-writes';
import type { BenchmarkImport } from '../src/domain/spreadsheet/benchmark-sheet';

// A benchmark as an import reads it: figures for all students by school year,
// one group with an actual and one group without any.
export const absenceBenchmark: BenchmarkImport = {
  id: 'absence',
  priorityId: 'wellness',
  name: 'Chronic absenteeism',
  description: 'Share of students absent 10% of days or more.',
  unit: 'percent',
  direction: 'lower',
  baseline: { schoolYear: '2022-23', value: 18.5 },
  years: [
    { schoolYear: '2023-24', target: 16, actual: 17.2 },
    { schoolYear: '2024-25', target: 14, actual: null },
  ],
  groups: [
    { studentGroupId: 'english-learners', values: [{ schoolYear: '2023-24', actual: 21 }] },
    { studentGroupId: 'foster-youth', values: [] },
  ],
};

// A new measure as the form sends it: valid on the plan, with a target left empty.
export const sampleNewBenchmark: NewBenchmark = {
  priorityId: 'wellness',
  name: 'Counselor caseload',
  description: 'Students per school counselor.',
  unit: 'ratio',
  direction: 'lower',
  baseline: { schoolYear: '2022-23', value: 480 },
  targets: [
    { schoolYear: '2024-25', target: 420 },
    { schoolYear: '2026-27', target: 350 },
    { schoolYear: '2025-26', target: null },
  ],
  studentGroups: ['english-learners'],
};
