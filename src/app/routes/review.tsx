import { useSuspenseQueries, type QueryClient } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { Plan } from '../../contract/plan';
import { Notice } from '../../components/notice';
import { QuarterSelect } from '../../components/quarter-select';
import { parseQuarter, quarterLabel, quarterMonths } from '../../domain/quarters';
import { reviewableQuarters } from '../../domain/review-quarter';
import { useDocumentTitle } from '../../lib/use-document-title';
import { actionsQueryOptions } from '../../features/actions/api/get-actions';
import { planQueryOptions } from '../../features/plan/api/get-plan';
import { useSessionUser } from '../../features/auth/api/get-session';
import { reportingPeriodsQueryOptions, useReportingPeriods } from '../../features/reporting/api/get-reporting-periods';
import { quarterSummaryQueryOptions, useQuarterSummary } from '../../features/reporting/api/quarter-summary';
import { PublishPanel } from '../../features/reporting/components/publish-panel';
import { QuarterSummaryText } from '../../features/reporting/components/quarter-summary-text';
import { SummaryEditor } from '../../features/reporting/components/summary-editor';
import { reviewQueryOptions, useReview } from '../../features/review/api/get-review';
import { ReviewReport } from '../../features/review/components/review-report';
import { QuarterKey } from '../../contract/quarter-key';
import type { ScreenLocation } from '../lazy-screen';
import { readReviewQuarter } from './review-params';
import './review.css';

// The plan and the newest quarter anyone reported in (it comes with any page
// of the action list, so the smallest is asked for), fetched side by side.
const planAndLatestQueries = () => [planQueryOptions(), actionsQueryOptions({ pageSize: 1 })] as const;

function usePlanAndLatest() {
  const [{ data: plan }, { data: actions }] = useSuspenseQueries({ queries: planAndLatestQueries() });
  return { plan, latestReported: actions.latestReported };
}

// A quarter's review as a cold load opens it, asked for as the app starts:
// what the page reads before it knows the quarter is one to show, and the
// quarter's own answers (a quarter the page turns down never reads them).
function prefetchQuarter(queryClient: QueryClient, quarter: string | undefined): Promise<unknown> {
  const [plan, latest] = planAndLatestQueries();
  const asked = [queryClient.prefetchQuery(plan), queryClient.prefetchQuery(latest), queryClient.prefetchQuery(reportingPeriodsQueryOptions())];
  const parsed = QuarterKey.safeParse(quarter);
  if (parsed.success) asked.push(queryClient.prefetchQuery(reviewQueryOptions(parsed.data)), queryClient.prefetchQuery(quarterSummaryQueryOptions(parsed.data)));
  return Promise.all(asked);
}

export function prefetchReview(queryClient: QueryClient, { params }: ScreenLocation): Promise<unknown> {
  return prefetchQuarter(queryClient, params.quarter);
}

// /review goes on to the quarter the reporting periods name.
export async function prefetchLatestReview(queryClient: QueryClient): Promise<unknown> {
  const { defaultAsOf } = await queryClient.ensureQueryData(reportingPeriodsQueryOptions());
  return prefetchQuarter(queryClient, defaultAsOf);
}

// /review opens the review every screen defaults to: the latest published
// quarter (before any, the latest ended one).
export function LatestReviewRoute() {
  const { defaultAsOf } = useReportingPeriods();
  return <Navigate to={`/review/${defaultAsOf}`} replace />;
}

// The director's words first; the director writes them here until the quarter is published.
function QuarterWords({ quarter }: { quarter: string }) {
  const summary = useQuarterSummary(quarter);
  const user = useSessionUser();
  return (
    <section className="review-section" aria-labelledby="review-words">
      <h2 id="review-words">From the executive director{summary.draft ? ' (draft)' : ''}</h2>
      {user?.role === 'admin' && summary.draft ? <SummaryEditor summary={summary} /> : <QuarterSummaryText summary={summary} />}
    </section>
  );
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
  const user = useSessionUser();
  const period = useReportingPeriods().periods.find((p) => p.quarter === quarter);
  const inProgress = period?.state === 'in-progress';
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
          <h1>
            Quarterly review: {label}
            {inProgress && <span className="review-in-progress"> (in progress)</span>}
          </h1>
          <p className="lede">
            {review.previousBeforePlan
              ? `${quarterMonths(quarter)}, the plan’s first quarter, compared with the time before it, when no action had started.`
              : `${quarterMonths(quarter)}, compared with ${quarterLabel(review.previousQuarter)} (${quarterMonths(review.previousQuarter)}).`}
          </p>
        </div>
        <div className="review-controls">
          <QuarterSelect label="Quarter" quarters={quarters} value={quarter} onChange={(q) => void navigate(`/review/${q}`)} />
          <Link className="button-link" to={`/review/${quarter}/packet`}>
            Print / save the board packet
          </Link>
        </div>
      </div>
      {review.sample && (
        <p className="review-sample">
          <strong>Sample data.</strong> The actions, their updates and the benchmark figures in this review are invented
          examples, not the foundation’s results.
        </p>
      )}
      {inProgress && (
        <Notice>{label} has not ended: its figures are what has been reported so far, and will change until it is published.</Notice>
      )}
      {period !== undefined && period.state !== 'upcoming' && period.state !== 'in-progress' && (
        <PublishPanel period={period} canPublish={user?.role === 'admin'} />
      )}
      <QuarterWords quarter={quarter} />
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
