import { describe, expect, it } from 'vitest';
import type { StatusId } from '../contract/ids';
import { latestReportedQuarter, statusAsOf } from './status-as-of';

const update = (quarter: string, status: StatusId, percentComplete = 50) => ({ quarter, status, percentComplete });

describe('statusAsOf', () => {
  it('is not started, at 0 %, before any update', () => {
    expect(statusAsOf([], '2025-Q1')).toEqual({ status: 'not-started', percentComplete: 0, quarter: null });
    expect(statusAsOf([update('2025-Q2', 'on-track')], '2025-Q1')).toEqual({
      status: 'not-started',
      percentComplete: 0,
      quarter: null,
    });
  });

  it('takes the update of that very quarter', () => {
    const updates = [update('2024-Q4', 'on-track', 20), update('2025-Q1', 'at-risk', 30)];
    expect(statusAsOf(updates, '2025-Q1')).toEqual({ status: 'at-risk', percentComplete: 30, quarter: '2025-Q1' });
  });

  it('carries the latest update forward through quarters without one, whatever the order given', () => {
    const updates = [update('2025-Q1', 'off-track', 35), update('2024-Q3', 'on-track', 10)];
    expect(statusAsOf(updates, '2025-Q4')).toEqual({ status: 'off-track', percentComplete: 35, quarter: '2025-Q1' });
    expect(statusAsOf(updates, '2024-Q4')).toEqual({ status: 'on-track', percentComplete: 10, quarter: '2024-Q3' });
  });

  it('keeps a completed action completed in every later quarter', () => {
    const updates = [update('2024-Q3', 'on-track', 60), update('2024-Q4', 'completed', 100)];
    for (const quarter of ['2024-Q4', '2025-Q1', '2027-Q2']) {
      expect(statusAsOf(updates, quarter).status).toBe('completed');
    }
  });

  it('does not let a later update reopen a completed action', () => {
    const updates = [update('2024-Q4', 'completed', 100), update('2025-Q2', 'at-risk', 80)];
    expect(statusAsOf(updates, '2025-Q3')).toEqual({ status: 'completed', percentComplete: 100, quarter: '2024-Q4' });
  });

  it('keeps a deferred action deferred until it is reported again', () => {
    const updates = [update('2024-Q3', 'deferred', 5), update('2025-Q3', 'on-track', 15)];
    expect(statusAsOf(updates, '2025-Q2').status).toBe('deferred');
    expect(statusAsOf(updates, '2025-Q3').status).toBe('on-track');
  });
});

describe('latestReportedQuarter', () => {
  it('is the newest quarter chronologically, or null for none', () => {
    expect(latestReportedQuarter([])).toBeNull();
    expect(latestReportedQuarter(['2024-Q4', '2026-Q3', '2025-Q1'])).toBe('2026-Q3');
  });
});
