import { useSuspenseQueries } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { Plan } from '../../contract/plan';
import { Notice } from '../../components/notice';
import { QuarterSelect } from '../../components/quarter-select';
import { parseQuarter, quarterLabel, quarterMonths } from '../../domain/quarters';
import { reviewableQuarters } from '../../domain/review-quarter';
import { useDocumentTitle } from '../../lib/use-document-title';
import { actionsQueryOptions } from '../../features/actions/api/get-actions';
import { planQueryOptions } from '../../features/plan/api/get-plan';
import { useReview } from '../../features/review/api/get-review';
import { ReviewReport } from '../../features/review/components/review-report';
import { readReviewQuarter } from './review-params';
import './review.css';

// The plan and the newest quarter anyone reported in (it comes with any page
// of the action list, so the smallest is asked for), fetched side by side.
function usePlanAndLatest() {
  const [{ data: plan }, { data: actions }] = useSuspenseQueries({
    queries: [planQueryOptions(), actionsQueryOptions({ pageSize: 1 })],
  });
  return { plan, latestReported: actions.latestReported };
}

// /review opens the latest reported quarter's review.
export function LatestReviewRoute() {
  const { plan, latestReported } = usePlanAndLatest();
  const latest = reviewableQuarters(plan.period, latestReported).at(-1) ?? plan.period.startQuarter;
  return <Navigate to={`/review/${latest}`} replace />;
}

function NoSuchReview({ problem, latest }: { problem: string; latest: string | undefined }) {
  return (
    <div className="review-page">
      <h1>Quarterly review</h1>
      <Notice>The link’s quarter {problem}, so there is no review to show.</Notice>
      <p>
        {latest === undefined ? (
          'No quarter has been reported yet; the first review appears once updates come in.'
        ) : (
          <Link to={`/review/${latest}`}>Go to the latest review, {quarterLabel(latest)}</Link>
        )}
      </p>
    </div>
  );
}

function ReviewPage({ plan, quarter, quarters }: { plan: Plan; quarter: string; quarters: readonly string[] }) {
  const review = useReview(quarter);
  const navigate = useNavigate();
  const label = quarterLabel(quarter);
  const years = `${parseQuarter(plan.period.startQuarter).year}–${parseQuarter(plan.period.endQuarter).year}`;
  const printHeader = [plan.organization, `Strategic Plan ${years}`, `Quarterly review ${label}`]
    .concat(review.sample ? ['Sample data'] : [])
    .join(' — ');
  return (
    <div className="review-page">
      <p className="review-print-header">{printHeader}</p>
      <div className="page-heading">
        <div>
          <h1>Quarterly review: {label}</h1>
          <p className="lede">
            {review.previousBeforePlan
              ? `${quarterMonths(quarter)}, the plan’s first quarter, compared with the time before it, when no action had started.`
              : `${quarterMonths(quarter)}, compared with ${quarterLabel(review.previousQuarter)} (${quarterMonths(review.previousQuarter)}).`}
          </p>
        </div>
        <div className="review-controls">
          <QuarterSelect label="Quarter" quarters={quarters} value={quarter} onChange={(q) => void navigate(`/review/${q}`)} />
          <button type="button" onClick={() => window.print()}>
            Print board report
          </button>
        </div>
      </div>
      {review.sample && (
        <p className="review-sample">
          <strong>Sample data.</strong> The actions, their updates and the benchmark figures in this review are invented
          examples, not the foundation’s results.
        </p>
      )}
      <ReviewReport review={review} priorities={plan.priorities} focusAreas={plan.focusAreas} />
    </div>
  );
}

export function ReviewRoute() {
  const { plan, latestReported } = usePlanAndLatest();
  const { quarter: raw } = useParams();
  const checked = readReviewQuarter(raw, plan, latestReported);
  useDocumentTitle(checked.ok ? `Quarterly review ${quarterLabel(checked.quarter)}` : 'Quarterly review');
  const quarters = reviewableQuarters(plan.period, latestReported);
  if (!checked.ok) return <NoSuchReview problem={checked.problem} latest={quarters.at(-1)} />;
  return <ReviewPage plan={plan} quarter={checked.quarter} quarters={quarters} />;
}
