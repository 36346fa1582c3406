import { describe, expect, it } from 'vitest';
import type { Benchmark } from '../contract/benchmarks';
import { packetListLimit } from '../contract/packet';
import type { ReviewAction } from '../contract/review';
import { packetBenchmark, packetList, packetPriorities, previousSchoolYear } from './board-packet';
import { overviewCells } from './overview';

const measure: Benchmark = {
  id: 'b-1',
  priorityId: 'wellness',
  name: 'Chronic absenteeism',
  description: '',
  unit: 'percent',
  direction: 'lower',
  baseline: { schoolYear: '2022-23', value: 20 },
  years: [
    { schoolYear: '2023-24', target: 18, actual: 19 },
    { schoolYear: '2024-25', target: 16, actual: 15.5 },
  ],
  groups: [],
  version: 1,
  sample: true,
};

const change = (id: string, priorityId: ReviewAction['priorityId']): ReviewAction => ({
  actionId: id,
  title: id,
  priorityId,
  focusAreaId: 'voice-agency',
  owner: 'Ani Petrosyan',
  startQuarter: '2024-Q1',
  dueQuarter: '2026-Q4',
  from: 'on-track',
  to: 'at-risk',
  percentComplete: 40,
  note: 'Venue fell through.',
  lastUpdateQuarter: '2026-Q3',
  sample: true,
});

describe('the board packet', () => {
  it('shows a measure against its target with the change from the year before', () => {
    expect(previousSchoolYear('2024-25')).toBe('2023-24');
    expect(packetBenchmark(measure, '2024-25')).toMatchObject({ target: 16, actual: 15.5, met: true, previousActual: 19 });
    expect(packetBenchmark(measure, '2023-24')).toMatchObject({ actual: 19, met: false, previousActual: 20 });
    expect(packetBenchmark(measure, '2025-26')).toMatchObject({ target: null, actual: null, met: null, previousActual: 15.5 });
  });

  it('cuts long lists to what a packet holds and says how many there were', () => {
    const many = Array.from({ length: packetListLimit + 5 }, (_, i) => change(`a-${i}`, 'wellness'));
    expect(packetList(many)).toEqual({ items: many.slice(0, packetListLimit), total: packetListLimit + 5 });
    expect(packetList(many.slice(0, 3), 900).total).toBe(900);
  });

  it('gives every priority its section, in plan order, with its own cells, changes and measures', () => {
    const cells = overviewCells([{ priorityId: 'wellness', focusAreaId: 'voice-agency', status: 'at-risk' }]);
    const sections = packetPriorities(cells, new Map([['wellness', { items: [change('a-1', 'wellness')], total: 1 }]]), [measure], '2024-25');
    expect(sections.map((s) => s.priorityId)).toEqual(['teachers-leaders', 'wellness', 'academic-benchmarks', 'opportunities', 'technology', 'respond-to-change']);
    const wellness = sections[1];
    expect(wellness?.cells.map((c) => c.focusAreaId)).toEqual(['strategic-alignment', 'community-building', 'programs-projects', 'voice-agency']);
    expect(wellness?.changes.total).toBe(1);
    expect(wellness?.benchmarks.map((b) => b.benchmarkId)).toEqual(['b-1']);
    expect(sections[0]?.changes).toEqual({ items: [], total: 0 });
  });
});
