import { describe, expect, it } from 'vitest';
import { anUpdate } from '../../tests/action-fixtures';
import { actionTimeline } from './action-timeline';
import { quarterRange } from './quarters';

const quarters = quarterRange('2023-Q3', '2027-Q2');
const action = {
  startQuarter: '2024-Q1',
  updates: [
    anUpdate('2024-Q3', 'at-risk', 30),
    anUpdate('2024-Q1', 'on-track', 10),
    anUpdate('2025-Q1', 'on-track', 60),
    anUpdate('2024-Q2', 'on-track', 25),
  ],
};

describe('actionTimeline', () => {
  it('gives one entry per quarter of the period, in order', () => {
    const timeline = actionTimeline(action, quarters, '2026-Q3');
    expect(timeline.map((entry) => entry.quarter)).toEqual(quarters);
    expect(timeline).toHaveLength(16);
  });

  it('says not started before the start, then the status each quarter, carried forward between updates', () => {
    const byQuarter = new Map(actionTimeline(action, quarters, '2026-Q3').map((entry) => [entry.quarter, entry]));
    expect(byQuarter.get('2023-Q3')).toEqual({ quarter: '2023-Q3', kind: 'before-start' });
    expect(byQuarter.get('2023-Q4')).toEqual({ quarter: '2023-Q4', kind: 'before-start' });
    expect(byQuarter.get('2024-Q1')).toEqual({ quarter: '2024-Q1', kind: 'status', status: 'on-track', percentComplete: 10, updatedThisQuarter: true });
    expect(byQuarter.get('2024-Q3')).toMatchObject({ status: 'at-risk', percentComplete: 30, updatedThisQuarter: true });
    expect(byQuarter.get('2024-Q4')).toMatchObject({ status: 'at-risk', percentComplete: 30, updatedThisQuarter: false });
    expect(byQuarter.get('2026-Q3')).toMatchObject({ status: 'on-track', percentComplete: 60, updatedThisQuarter: false });
  });

  it('says not yet reported after the newest quarter anyone reported in', () => {
    const timeline = actionTimeline(action, quarters, '2026-Q3');
    expect(timeline.slice(-3)).toEqual(['2026-Q4', '2027-Q1', '2027-Q2'].map((quarter) => ({ quarter, kind: 'not-reported' })));
    expect(actionTimeline(action, quarters, null).every((entry) => entry.kind === 'not-reported')).toBe(true);
  });

  it('calls a future quarter not yet reported even before the action starts', () => {
    const later = { startQuarter: '2027-Q1', updates: [] };
    const timeline = actionTimeline(later, quarters, '2026-Q3');
    expect(timeline.filter((e) => e.kind === 'before-start').map((e) => e.quarter)).toEqual(quarterRange('2023-Q3', '2026-Q3'));
    expect(timeline.filter((e) => e.kind === 'not-reported').map((e) => e.quarter)).toEqual(['2026-Q4', '2027-Q1', '2027-Q2']);
  });

  it('says not started from the start until the first update', () => {
    const quiet = { startQuarter: '2024-Q1', updates: [anUpdate('2024-Q3', 'on-track', 20)] };
    const timeline = actionTimeline(quiet, quarters, '2026-Q3');
    expect(timeline.find((e) => e.quarter === '2024-Q2')).toEqual({
      quarter: '2024-Q2',
      kind: 'status',
      status: 'not-started',
      percentComplete: 0,
      updatedThisQuarter: false,
    });
  });

  it('keeps a completed action completed, whatever came after', () => {
    const done = { startQuarter: '2024-Q1', updates: [anUpdate('2024-Q2', 'completed', 100), anUpdate('2024-Q4', 'at-risk', 80)] };
    const after = actionTimeline(done, quarters, '2026-Q3').filter((e) => e.quarter >= '2024-Q2' && e.kind === 'status');
    expect(after.every((e) => e.kind === 'status' && e.status === 'completed')).toBe(true);
  });
});
