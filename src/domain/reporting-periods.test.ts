import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultAsOfQuarter,
  defaultUpdateQuarter,
  isCorrection,
  latestEndedQuarter,
  periodState,
  publicationsOf,
  publishProblem,
  reopenProblem,
  reportingDueDate,
  reportingQuarter,
  lockedQuarterProblem,
  writableQuarters,
} from './reporting-periods';
import { compareQuarters, quarterOfDate, quarterRange } from './quarters';

const period = { startQuarter: '2023-Q3', endQuarter: '2027-Q2' };
// The plan's own calendar: Q4 2026 is in progress on 30 November 2026.
const today = new Date('2026-11-30T12:00:00Z');
const none = publicationsOf([]);

describe('period state', () => {
  it('is in progress for the current quarter, open once ended, upcoming after', () => {
    expect(periodState('2026-Q4', today, none)).toBe('in-progress');
    expect(periodState('2026-Q3', today, none)).toBe('open');
    expect(periodState('2027-Q1', today, none)).toBe('upcoming');
  });

  it('follows publication and reopening', () => {
    expect(periodState('2026-Q3', today, publicationsOf([{ quarter: '2026-Q3', published: true }]))).toBe('published');
    expect(periodState('2026-Q3', today, publicationsOf([{ quarter: '2026-Q3', published: false }]))).toBe('reopened');
  });

  it('is due 30 days after the quarter ends unless set otherwise', () => {
    expect(reportingDueDate('2026-Q3').toISOString().slice(0, 10)).toBe('2026-10-30');
    expect(reportingDueDate('2026-Q4', 14).toISOString().slice(0, 10)).toBe('2027-01-14');
  });
});

describe('the quarter reported on and shown', () => {
  it('reports on the latest ended quarter until it is published', () => {
    expect(reportingQuarter(period, today, none)).toBe('2026-Q3');
    expect(reportingQuarter(period, today, publicationsOf([{ quarter: '2026-Q3', published: true }]))).toBeNull();
    expect(reportingQuarter(period, today, publicationsOf([{ quarter: '2026-Q3', published: false }]))).toBe('2026-Q3');
  });

  it('shows the latest published quarter, before any the latest ended one, never the one in progress', () => {
    expect(defaultAsOfQuarter(period, today, none)).toBe('2026-Q3');
    expect(defaultAsOfQuarter(period, today, publicationsOf([{ quarter: '2026-Q2', published: true }]))).toBe('2026-Q2');
    expect(defaultAsOfQuarter(period, new Date('2023-08-01T00:00:00Z'), none)).toBe('2023-Q3');
    expect(defaultAsOfQuarter(period, new Date('2030-01-01T00:00:00Z'), none)).toBe('2027-Q2');
  });

  it('defaults the update form to the open quarter, else the one in progress', () => {
    expect(defaultUpdateQuarter(period, today, none)).toBe('2026-Q3');
    expect(defaultUpdateQuarter(period, today, publicationsOf([{ quarter: '2026-Q3', published: true }]))).toBe('2026-Q4');
  });

  it('never defaults to a quarter in progress, whatever the date and publications', () => {
    const quarters = quarterRange(period.startQuarter, period.endQuarter);
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2023-10-01T00:00:00Z'), max: new Date('2031-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.subarray(quarters),
        (date, published) => {
          const publications = publicationsOf(published.filter((q) => compareQuarters(q, quarterOfDate(date)) < 0).map((quarter) => ({ quarter, published: true })));
          const asOf = defaultAsOfQuarter(period, date, publications);
          expect(compareQuarters(asOf, quarterOfDate(date))).toBeLessThan(0);
          expect(latestEndedQuarter(period, date)).not.toBeNull();
        },
      ),
    );
  });
});

describe('what a write may touch', () => {
  const published = publicationsOf([{ quarter: '2026-Q2', published: true }]);

  it('locks published quarters and the quarters before them, naming what to reopen', () => {
    expect(lockedQuarterProblem('2026-Q2', published)).toMatch(/Q2 2026 is published.*admin can reopen it/);
    expect(lockedQuarterProblem('2026-Q1', published)).toMatch(/Q1 2026 is locked: Q2 2026 is published.*reopen Q2 2026/);
    expect(lockedQuarterProblem('2024-Q1', published)).toMatch(/reopen Q2 2026/);
    expect(lockedQuarterProblem('2026-Q3', published)).toBeNull();
    const reopened = publicationsOf([{ quarter: '2026-Q2', published: false }, { quarter: '2026-Q1', published: true }]);
    expect(lockedQuarterProblem('2026-Q2', reopened)).toBeNull();
  });

  it('offers the quarters in the plan, not in the future, and not locked', () => {
    expect(writableQuarters(period, today, published)).toEqual(['2026-Q3', '2026-Q4']);
    expect(writableQuarters(period, today, none).at(0)).toBe('2023-Q3');
    expect(writableQuarters(period, today, none).at(-1)).toBe('2026-Q4');
  });

  it('counts writes to a quarter published before as corrections', () => {
    const reopened = publicationsOf([{ quarter: '2026-Q2', published: false }]);
    expect(isCorrection('2026-Q2', reopened)).toBe(true);
    expect(isCorrection('2026-Q3', reopened)).toBe(false);
  });

  it('publishes only ended quarters, once; reopens only published ones', () => {
    expect(publishProblem('2026-Q4', period, today, none)).toMatch(/has not ended yet; publish it after 2026-12-31/);
    expect(publishProblem('2026-Q3', period, today, none)).toBeNull();
    expect(publishProblem('2026-Q2', period, today, published)).toMatch(/already published/);
    expect(publishProblem('2026-Q3', period, today, published)).toBeNull();
    expect(reopenProblem('2026-Q2', published)).toBeNull();
    expect(reopenProblem('2026-Q3', published)).toMatch(/not published/);
    const both = publicationsOf([{ quarter: '2026-Q1', published: true }, { quarter: '2026-Q2', published: true }]);
    expect(reopenProblem('2026-Q1', both)).toMatch(/reopen Q2 2026 first/);
  });
});
