import type { Context } from 'hono';
import type { Plan } from '../../src/contract/plan';
import { isInPeriod } from '../../src/domain/quarters';
import { loadPlan } from '../db/repository/plan-repository';
import type { AppEnv } from '../http/app-env';
import { HttpError } from '../http/http-error';

export async function requirePlan(c: Context<AppEnv>): Promise<Plan> {
  const plan = await loadPlan(c.get('db'));
  if (plan === undefined) throw new HttpError('internal', 'The plan has not been loaded into the database yet.');
  return plan;
}

// A quarter asked for must lie in the plan period, as the mock API checks too.
export function checkQuarterInPlan(quarter: string | undefined, plan: Plan, field = 'quarter'): void {
  if (quarter === undefined || isInPeriod(quarter, plan.period)) return;
  const why = `must be within the plan period, ${plan.period.startQuarter} to ${plan.period.endQuarter}`;
  throw new HttpError('bad_request', `Invalid query parameter: ${field}`, { [field]: why });
}
