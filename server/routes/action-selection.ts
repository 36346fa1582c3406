import type { Context } from 'hono';
import type { ActionExportQuery } from '../../src/contract/actions';
import type { Plan } from '../../src/contract/plan';
import type { ActionRecord } from '../../src/domain/action-record';
import { countActions, latestReportedQuarter, loadActionRecords } from '../db/repository/action-repository';
import type { AppEnv } from '../http/app-env';
import { checkQuarterInPlan, requirePlan } from './read-context';

export interface ActionSelection {
  plan: Plan;
  // Narrowed by priority and focus area in SQL; the domain applies every filter.
  records: ActionRecord[];
  quarter: string;
  latestReported: string | null;
  unfilteredTotal: number;
}

// What the action list and its CSV export both start from, so they cannot differ.
export async function loadActionSelection(c: Context<AppEnv>, filters: ActionExportQuery): Promise<ActionSelection> {
  const plan = await requirePlan(c);
  checkQuarterInPlan(filters.quarter, plan);
  const db = c.get('db');
  const [records, latestReported, unfilteredTotal] = await Promise.all([
    loadActionRecords(db, { priority: filters.priority, focusArea: filters.focusArea }),
    latestReportedQuarter(db),
    countActions(db),
  ]);
  const quarter = filters.quarter ?? latestReported ?? plan.period.startQuarter;
  return { plan, records, quarter, latestReported, unfilteredTotal };
}
