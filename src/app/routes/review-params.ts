import { fieldErrors } from '../../contract/errors';
import type { Plan } from '../../contract/plan';
import { QuarterKey } from '../../contract/quarter-key';
import { reviewQuarterProblem } from '../../domain/review-quarter';

export type ReviewQuarter = { ok: true; quarter: string } | { ok: false; problem: string };

// The quarter of /review/:quarter, checked as the API checks it, so a bad link
// is explained on the page instead of failing as a request.
export function readReviewQuarter(raw: string | undefined, plan: Plan, latestReported: string | null): ReviewQuarter {
  const value = raw ?? '';
  const parsed = QuarterKey.safeParse(value);
  if (!parsed.success) {
    const why = Object.values(fieldErrors(parsed.error.issues))[0] ?? 'is not a quarter';
    return { ok: false, problem: `"${value}" ${why}` };
  }
  const problem = reviewQuarterProblem(parsed.data, plan.period, latestReported);
  return problem === null ? { ok: true, quarter: parsed.data } : { ok: false, problem: `"${value}" ${problem}` };
}
