import { useState, type FormEvent } from 'react';
import { periodStateLabels, type ReportingPeriod } from '../../../contract/reporting';
import { FormField } from '../../../components/form-field';
import { serverFieldError } from '../../../components/write-problem';
import { quarterLabel } from '../../../domain/quarters';
import { ApiError } from '../../../lib/api-client';
import { usePublishQuarter, useReopenQuarter } from '../api/publication';

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const dateOf = (iso: string) => longDate.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));

function problemText(error: unknown): string | null {
  if (error === null) return null;
  return error instanceof ApiError ? error.message : 'That did not work, and nothing changed. Try again.';
}

// Where the quarter stands in the cycle; for the director, publishing it (which
// locks its updates and keeps its packet) or reopening it with a reason.
export function PublishPanel({ period, canPublish }: { period: ReportingPeriod; canPublish: boolean }) {
  const publish = usePublishQuarter();
  const reopen = useReopenQuarter();
  const [confirming, setConfirming] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const label = quarterLabel(period.quarter);

  const submitReopen = (event: FormEvent) => {
    event.preventDefault();
    reopen.mutate({ quarter: period.quarter, body: { reason } }, { onSuccess: () => setReopening(false) });
  };

  const status = (() => {
    switch (period.state) {
      case 'published':
        return `Published ${period.publishedAt === null ? '' : dateOf(period.publishedAt)}${period.publishedBy === null ? '' : ` by ${period.publishedBy}`}. Its updates are locked.`;
      case 'reopened':
        return `Reopened for corrections${period.reopenReason === null ? '' : `: “${period.reopenReason}”`}. Publish it again when the corrections are in.`;
      case 'open':
        return `Open for reporting: updates were due ${dateOf(period.dueDate)}.`;
      case 'in-progress':
        return `In progress: the quarter has not ended; its figures are not final.`;
      case 'upcoming':
        return 'Not started.';
    }
  })();
  const problem = problemText(publish.error) ?? problemText(reopen.error);

  return (
    <section className="publish-panel" aria-labelledby="publish-panel-title">
      <h2 id="publish-panel-title">
        {label}: {periodStateLabels[period.state]}
      </h2>
      <p>{status}</p>
      {period.corrections > 0 && (
        <p>
          Corrected after publishing: {period.corrections} {period.corrections === 1 ? 'update' : 'updates'}.
        </p>
      )}
      {canPublish && (period.state === 'open' || period.state === 'reopened') && !confirming && (
        <button type="button" onClick={() => setConfirming(true)}>
          Publish {label}…
        </button>
      )}
      {confirming && (
        <div role="group" aria-label={`Publish ${label}`}>
          <p>
            Publishing locks the updates of {label} and the quarters before it, makes it what every screen shows by default, and keeps
            its board packet as it stands now.
          </p>
          <button
            type="button"
            disabled={publish.isPending}
            aria-busy={publish.isPending}
            onClick={() => publish.mutate({ quarter: period.quarter, body: {} }, { onSuccess: () => setConfirming(false) })}
          >
            {publish.isPending ? 'Publishing…' : `Yes, publish ${label}`}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {canPublish && period.state === 'published' && !reopening && (
        <button type="button" className="button-secondary" onClick={() => setReopening(true)}>
          Reopen {label} for corrections…
        </button>
      )}
      {reopening && (
        <form onSubmit={submitReopen} noValidate>
          <FormField label="Why reopen it?" hint="Say what needs correcting; the reason is kept with the quarter and its corrections." error={serverFieldError(reopen.error, 'reason', 'The reason')} required>
            {(control) => <textarea {...control} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />}
          </FormField>
          <button type="submit" disabled={reopen.isPending} aria-busy={reopen.isPending}>
            {reopen.isPending ? 'Reopening…' : `Reopen ${label}`}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setReopening(false)}>
            Cancel
          </button>
        </form>
      )}
      {problem !== null && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
