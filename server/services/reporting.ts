import * as z from 'zod/mini';
import { QuarterKey } from '../../src/contract/quarter-key';
import type { QuarterSummary, QuarterSummaryInput, ReopenInput, ReportingPeriods, ReportingSettingsInput } from '../../src/contract/reporting';
import {
  defaultAsOfQuarter,
  defaultDueDays,
  defaultUpdateQuarter,
  periodState,
  publicationsOf,
  publishProblem,
  reopenProblem,
  reportingDueDate,
  reportingQuarter,
  writableQuarters,
  type Publications,
} from '../../src/domain/reporting-periods';
import { outsidePeriodProblem } from '../../src/domain/plan-period';
import { quarterOfDate } from '../../src/domain/quarters';
import { HttpError } from '../http/http-error';
import type { Store } from '../store/store';
import { conflict, recordAudit, type WriteContext } from './audit';
import { parseInput } from './parse-input';
import { requirePlan } from './read-scope';

export const dueDaysSetting = 'dueDays';

const QuarterParam = z.object({ quarter: QuarterKey });

export function quarterOfParam(value: unknown): string {
  return parseInput(QuarterParam, { quarter: value }, 'path parameter').quarter;
}

export async function publicationsNow(store: Store): Promise<Publications> {
  return publicationsOf(await store.reporting.publications());
}

async function dueDays(store: Store): Promise<number> {
  const stored = await store.reporting.setting(dueDaysSetting);
  return typeof stored === 'number' ? stored : defaultDueDays;
}

// Every quarter of the plan with its state, and the quarters every screen starts from.
export async function reportingPeriods(store: Store, now: Date): Promise<ReportingPeriods> {
  const [plan, rows, days, corrections] = await Promise.all([
    requirePlan(store),
    store.reporting.publications(),
    dueDays(store),
    store.reporting.revisionCounts(),
  ]);
  const publications = publicationsOf(rows);
  const byQuarter = new Map(rows.map((row) => [row.quarter, row]));
  const writable = new Set(writableQuarters(plan.period, now, publications));
  return {
    dueDays: days,
    currentQuarter: quarterOfDate(now),
    reportingQuarter: reportingQuarter(plan.period, now, publications),
    defaultAsOf: defaultAsOfQuarter(plan.period, now, publications),
    defaultUpdateQuarter: defaultUpdateQuarter(plan.period, now, publications),
    periods: plan.quarters.map((quarter) => {
      const row = byQuarter.get(quarter);
      return {
        quarter,
        state: periodState(quarter, now, publications),
        dueDate: reportingDueDate(quarter, days).toISOString().slice(0, 10),
        publishedAt: row?.publishedAt ?? null,
        publishedBy: row?.publishedBy ?? null,
        reopenedAt: row?.reopenedAt ?? null,
        reopenReason: row?.reopenReason ?? null,
        corrections: corrections.get(quarter) ?? 0,
        writable: writable.has(quarter),
      };
    }),
  };
}

export async function setReportingSettings(store: Store, context: WriteContext, { dueDays: days }: ReportingSettingsInput): Promise<ReportingPeriods> {
  await store.transaction(async (trx) => {
    const before = await trx.reporting.setting(dueDaysSetting);
    await trx.reporting.writeSetting(dueDaysSetting, days);
    await recordAudit(trx, context, {
      operation: 'set-reporting-settings',
      entityType: 'setting',
      entityId: dueDaysSetting,
      before: { dueDays: typeof before === 'number' ? before : defaultDueDays },
      after: { dueDays: days },
    });
  });
  return reportingPeriods(store, context.now);
}

function refuseQuarter(problem: string | null): void {
  if (problem !== null) throw new HttpError('bad_request', `Invalid path parameter: quarter ${problem}.`, { quarter: problem });
}

// Publishing keeps what the packet shows now, locks the quarter's updates and
// those before it, and moves every screen's default to it.
export async function publishQuarter(
  store: Store,
  context: WriteContext,
  quarterParam: unknown,
  snapshotOf: (quarter: string) => Promise<unknown>,
): Promise<ReportingPeriods> {
  const quarter = quarterOfParam(quarterParam);
  const plan = await requirePlan(store);
  refuseQuarter(publishProblem(quarter, plan.period, context.now, await publicationsNow(store)));
  const snapshot = await snapshotOf(quarter);
  await store.transaction(async (trx) => {
    const rows = await trx.reporting.publications();
    refuseQuarter(publishProblem(quarter, plan.period, context.now, publicationsOf(rows)));
    const current = rows.find((row) => row.quarter === quarter);
    const at = context.now.toISOString();
    if (!(await trx.reporting.writePublication(quarter, context.user.name, at, snapshot, current?.version ?? null))) throw conflict('quarter');
    await recordAudit(trx, context, {
      operation: 'publish-quarter',
      entityType: 'quarter',
      entityId: quarter,
      before: { state: current === undefined ? 'open' : 'reopened' },
      after: { state: 'published' },
    });
  });
  return reportingPeriods(store, context.now);
}

export async function reopenQuarter(store: Store, context: WriteContext, quarterParam: unknown, { reason }: ReopenInput): Promise<ReportingPeriods> {
  const quarter = quarterOfParam(quarterParam);
  await store.transaction(async (trx) => {
    const rows = await trx.reporting.publications();
    refuseQuarter(reopenProblem(quarter, publicationsOf(rows)));
    const current = rows.find((row) => row.quarter === quarter);
    if (current === undefined || !(await trx.reporting.reopenPublication(quarter, context.user.name, context.now.toISOString(), reason, current.version))) {
      throw conflict('quarter');
    }
    await recordAudit(trx, context, {
      operation: 'reopen-quarter',
      entityType: 'quarter',
      entityId: quarter,
      before: { state: 'published' },
      after: { state: 'reopened', reason },
    });
  });
  return reportingPeriods(store, context.now);
}

export async function quarterSummary(store: Store, quarterParam: unknown): Promise<QuarterSummary> {
  const quarter = quarterOfParam(quarterParam);
  const plan = await requirePlan(store);
  refuseQuarter(outsidePeriodProblem(quarter, plan.period));
  const published = (await publicationsNow(store)).get(quarter)?.published === true;
  return store.reporting.summary(quarter, !published);
}

// The director's words for a quarter; once it is published they are part of
// what the board was shown, so changing them needs the quarter reopened.
export async function saveQuarterSummary(store: Store, context: WriteContext, quarterParam: unknown, { version, ...words }: QuarterSummaryInput): Promise<QuarterSummary> {
  const quarter = quarterOfParam(quarterParam);
  const plan = await requirePlan(store);
  refuseQuarter(outsidePeriodProblem(quarter, plan.period));
  return store.transaction(async (trx) => {
    const publications = publicationsOf(await trx.reporting.publications());
    if (publications.get(quarter)?.published === true) {
      refuseQuarter(`is published, so its summary is what the board was shown; an admin can reopen it with a reason to change it`);
    }
    const before = await trx.reporting.summary(quarter, true);
    if (!(await trx.reporting.writeSummary(quarter, words, version ?? 0, context.user.name, context.now.toISOString()))) throw conflict('summary');
    await recordAudit(trx, context, {
      operation: 'save-summary',
      entityType: 'quarter',
      entityId: quarter,
      before: before.version === 0 ? null : { summary: before.summary, highlights: before.highlights, asks: before.asks },
      after: words,
    });
    return trx.reporting.summary(quarter, true);
  });
}
