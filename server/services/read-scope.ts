import type { Plan } from '../../src/contract/plan';
import { outsidePeriodProblem } from '../../src/domain/plan-period';
import { defaultAsOfQuarter, publicationsOf } from '../../src/domain/reporting-periods';
import { HttpError } from '../http/http-error';
import type { Store } from '../store/store';

export async function requirePlan(store: Store): Promise<Plan> {
  const plan = await store.plan();
  if (plan === undefined) throw new HttpError('internal', 'The plan has not been loaded into the database yet.');
  return plan;
}

export interface AsOf {
  readonly plan: Plan;
  // The quarter the answer is as of: the one asked for, or the default.
  readonly quarter: string;
  readonly latestReported: string | null;
}

// Where every read that shows statuses starts: the asked quarter must lie in
// the plan period (a 400 naming the field otherwise), and none asked means
// the default as-of quarter: the latest published one (before any, the
// latest ended one), never the quarter in progress unless asked for.
export async function resolveAsOf(store: Store, asked: string | undefined, now: Date, field = 'quarter'): Promise<AsOf> {
  const [plan, latestReported, publications] = await Promise.all([requirePlan(store), store.reads.latestReportedQuarter(), store.reporting.publications()]);
  const outside = asked === undefined ? null : outsidePeriodProblem(asked, plan.period);
  if (outside !== null) throw new HttpError('bad_request', `Invalid query parameter: ${field}`, { [field]: outside });
  return { plan, quarter: asked ?? defaultAsOfQuarter(plan.period, now, publicationsOf(publications)), latestReported };
}
