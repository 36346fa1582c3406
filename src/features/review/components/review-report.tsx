import type { ReactNode } from 'react';
import type { FocusArea, Priority } from '../../../contract/plan';
import type { QuarterlyReview, ReviewListId } from '../../../contract/review';
import { quarterLabel } from '../../../domain/quarters';
import { BenchmarkSnapshot } from './benchmark-snapshot';
import type { ReviewColumn } from './review-action-table';
import { ReviewList } from './review-list';
import { previousLabel } from './review-format';
import { ReviewSummary } from './review-summary';

interface ReviewReportProps {
  review: QuarterlyReview;
  priorities: readonly Priority[];
  focusAreas: readonly FocusArea[];
}

function Section({ id, title, help, children }: { id: string; title: string; help: string; children: ReactNode }) {
  return (
    <section className="review-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="section-help">{help}</p>
      {children}
    </section>
  );
}

// The sections of the review, in the order of the board report.
export function ReviewReport({ review, priorities, focusAreas }: ReviewReportProps) {
  const now = quarterLabel(review.quarter);
  const before = previousLabel(review.previousQuarter, review.previousBeforePlan);
  const list = (id: ReviewListId, caption: string, columns: readonly ReviewColumn[], emptyMessage: string) => (
    <ReviewList
      quarter={review.quarter}
      list={id}
      firstRows={review[id]}
      total={review.listTotals[id]}
      caption={caption}
      columns={columns}
      priorities={priorities}
      focusAreas={focusAreas}
      emptyMessage={emptyMessage}
    />
  );
  return (
    <>
      <Section id="review-glance" title="At a glance" help={`How many actions stood in each status at the end of ${now}, and the change since ${before}.`}>
        <ReviewSummary
          quarter={review.quarter}
          previousQuarter={review.previousQuarter}
          previousBeforePlan={review.previousBeforePlan}
          counts={review.counts}
          previousCounts={review.previousCounts}
        />
      </Section>
      <Section
        id="review-at-risk"
        title="Newly at risk or off track"
        help={`Actions that moved into at risk or off track in ${now}, or from at risk to off track.`}
      >
        {list('newlyAtRisk', `Actions newly at risk or off track in ${now}`, ['from', 'to', 'percent', 'note'], `No action moved into at risk or off track in ${now}.`)}
      </Section>
      <Section id="review-completed" title="Completed this quarter" help={`Actions reported completed for the first time in ${now}.`}>
        {list('completed', `Actions completed in ${now}`, ['due', 'note'], `No action was completed in ${now}.`)}
      </Section>
      <Section id="review-changes" title="Status changes" help={`Every action whose status at the end of ${now} differs from ${before}.`}>
        {list('changes', `Status changes since ${before}`, ['from', 'to', 'percent', 'note'], `No action changed status since ${before}.`)}
      </Section>
      <Section id="review-overdue" title="Overdue" help={`Actions past their due quarter and neither completed nor deferred at the end of ${now}.`}>
        {list('overdue', `Actions overdue at the end of ${now}`, ['due', 'to', 'percent', 'lastUpdate'], `No open action was past its due quarter in ${now}.`)}
      </Section>
      <Section
        id="review-silent"
        title="No update this quarter"
        help={`Actions under way (started, not completed or deferred) with no update reported for ${now}.`}
      >
        {list('notReported', `Actions with no update for ${now}`, ['to', 'percent', 'lastUpdate'], `Every action under way reported an update for ${now}.`)}
      </Section>
      <Section
        id="review-benchmarks"
        title="Benchmarks"
        help="Each measure’s target and actual for the latest complete school year (July to June), and whether the target was met."
      >
        <BenchmarkSnapshot schoolYear={review.benchmarkSchoolYear} benchmarks={review.benchmarks} priorities={priorities} />
      </Section>
    </>
  );
}
