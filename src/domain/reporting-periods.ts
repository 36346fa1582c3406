import type { PlanPeriod } from '../contract/plan';
import { outsidePeriodProblem } from './plan-period';
import type { PeriodState } from '../contract/reporting';
import { compareQuarters, previousQuarter, quarterEndDate, quarterLabel, quarterOfDate, quarterRange } from './quarters';

// The quarterly cycle. A quarter of the plan is in progress until it ends,
// then open for reporting (updates due some days after its end), then
// published by the executive director, which locks its updates. An admin may
// reopen a published quarter with a reason; until it is published again, its
// updates can be corrected, and each correction is kept as a revision.

export const defaultDueDays = 30;

// What the database knows of a quarter's publication; quarters never
// published have none.
export interface Publication {
  readonly quarter: string;
  // False once an admin has reopened it, until it is published again.
  readonly published: boolean;
}

export type Publications = ReadonlyMap<string, Publication>;

export function publicationsOf(list: Iterable<Publication>): Publications {
  return new Map([...list].map((p) => [p.quarter, p]));
}

const dayMs = 24 * 60 * 60 * 1000;

// Updates for a quarter are due `dueDays` after its last day (UTC).
export function reportingDueDate(quarter: string, dueDays: number = defaultDueDays): Date {
  return new Date(quarterEndDate(quarter).getTime() + dueDays * dayMs);
}

export function hasEnded(quarter: string, today: Date): boolean {
  return compareQuarters(quarter, quarterOfDate(today)) < 0;
}

export function periodState(quarter: string, today: Date, publications: Publications): PeriodState {
  const publication = publications.get(quarter);
  if (publication !== undefined) return publication.published ? 'published' : 'reopened';
  const current = quarterOfDate(today);
  const order = compareQuarters(quarter, current);
  if (order > 0) return 'upcoming';
  return order === 0 ? 'in-progress' : 'open';
}

// The newest quarter of the plan that has ended; null before the plan's first one ends.
export function latestEndedQuarter(period: PlanPeriod, today: Date): string | null {
  const last = previousQuarter(quarterOfDate(today));
  if (compareQuarters(last, period.startQuarter) < 0) return null;
  return compareQuarters(last, period.endQuarter) > 0 ? period.endQuarter : last;
}

export function latestPublishedQuarter(publications: Publications): string | null {
  let latest: string | null = null;
  for (const p of publications.values()) {
    if (p.published && (latest === null || compareQuarters(p.quarter, latest) > 0)) latest = p.quarter;
  }
  return latest;
}

// The quarter staff report on: the newest ended quarter while it is not
// published (a reopened one counts as open); null when it is published.
export function reportingQuarter(period: PlanPeriod, today: Date, publications: Publications): string | null {
  const ended = latestEndedQuarter(period, today);
  if (ended === null) return null;
  return publications.get(ended)?.published === true ? null : ended;
}

// What every screen shows unless a quarter is chosen: the latest published
// quarter; before any is published, the latest ended one; before the plan's
// first quarter ends, that first quarter.
export function defaultAsOfQuarter(period: PlanPeriod, today: Date, publications: Publications): string {
  return latestPublishedQuarter(publications) ?? latestEndedQuarter(period, today) ?? period.startQuarter;
}

// The quarter the update form offers first: the one open for reporting,
// else the one in progress (within the plan).
export function defaultUpdateQuarter(period: PlanPeriod, today: Date, publications: Publications): string {
  const open = reportingQuarter(period, today, publications);
  if (open !== null) return open;
  const current = quarterOfDate(today);
  if (compareQuarters(current, period.startQuarter) < 0) return period.startQuarter;
  return compareQuarters(current, period.endQuarter) > 0 ? period.endQuarter : current;
}

// The published quarter that freezes `quarter`: the latest published one at
// or after it, since a published quarter's figures carry every earlier
// quarter's updates forward. Null when nothing freezes it.
export function lockingPublication(quarter: string, publications: Publications): string | null {
  let locking: string | null = null;
  for (const p of publications.values()) {
    if (p.published && compareQuarters(p.quarter, quarter) >= 0 && (locking === null || compareQuarters(p.quarter, locking) > 0)) {
      locking = p.quarter;
    }
  }
  return locking;
}

// The quarters an update may be written for: within the plan, not in the
// future, and not frozen by a publication (a reopened quarter takes corrections).
export function writableQuarters(period: PlanPeriod, today: Date, publications: Publications): string[] {
  const current = quarterOfDate(today);
  const last = compareQuarters(current, period.endQuarter) > 0 ? period.endQuarter : current;
  return quarterRange(period.startQuarter, last).filter((q) => lockingPublication(q, publications) === null);
}

// Why an update for `quarter` is locked by a publication, worded as the field
// message of a refusal; null when none locks it. (The plan period, the
// action's start and the future are the update rule's own checks.)
export function lockedQuarterProblem(quarter: string, publications: Publications): string | null {
  const locking = lockingPublication(quarter, publications);
  if (locking === null) return null;
  if (locking === quarter) return `${quarterLabel(quarter)} is published and its updates are locked; an admin can reopen it with a reason`;
  return `${quarterLabel(quarter)} is locked: ${quarterLabel(locking)} is published and its figures include it; an admin can reopen ${quarterLabel(locking)} with a reason`;
}

// A write to a quarter that was published before is a correction: it is kept
// as a revision and the quarter's report says it was corrected.
export function isCorrection(quarter: string, publications: Publications): boolean {
  return publications.has(quarter);
}

// Why a quarter cannot be published now, worded as a field message; null when it can.
export function publishProblem(quarter: string, period: PlanPeriod, today: Date, publications: Publications): string | null {
  const outside = outsidePeriodProblem(quarter, period);
  if (outside !== null) return outside;
  if (!hasEnded(quarter, today)) return `${quarterLabel(quarter)} has not ended yet; publish it after ${quarterEndDate(quarter).toISOString().slice(0, 10)}`;
  if (publications.get(quarter)?.published === true) return `${quarterLabel(quarter)} is already published`;
  return null;
}

// Why a quarter cannot be reopened; null when it can. Only the latest
// published quarter reopens: a later publication would still freeze it.
export function reopenProblem(quarter: string, publications: Publications): string | null {
  if (publications.get(quarter)?.published !== true) return `${quarterLabel(quarter)} is not published, so there is nothing to reopen`;
  const latest = latestPublishedQuarter(publications);
  if (latest !== null && latest !== quarter) return `reopen ${quarterLabel(latest)} first: it is published later and its figures include ${quarterLabel(quarter)}`;
  return null;
}
