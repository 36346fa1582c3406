import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { hasSampleData, type SampleData } from '../../../contract/sample-data';
import { ApiError } from '../../../lib/api-client';
import { useClearSampleData } from '../api/clear-sample-data';
import { sampleDataQueryOptions } from '../api/get-sample-data';

const counted = (n: number, noun: string) => `${n.toLocaleString('en-US')} sample ${noun}${n === 1 ? '' : 's'}`;

export function sampleDataText({ actions, updates, benchmarks }: SampleData): string {
  return `${counted(actions, 'action')} with their ${updates.toLocaleString('en-US')} ${updates === 1 ? 'update' : 'updates'}, and ${counted(benchmarks, 'benchmark')}`;
}

// The foundation's own start: one confirmed step removes the invented
// sample, naming exactly what goes first.
export function ClearSampleData() {
  const counts = useQuery(sampleDataQueryOptions());
  const clear = useClearSampleData();
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState<SampleData | null>(null);
  const question = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  const data = counts.data;
  const problem = clear.error === null ? null : clear.error instanceof ApiError ? clear.error.message : 'Removing the sample data did not work, and nothing was removed. Try again.';
  return (
    <section className="clear-sample" aria-labelledby="clear-sample-title">
      <h2 id="clear-sample-title">Start from your own plan</h2>
      {counts.isPending && <p>Counting the sample data…</p>}
      {counts.isError && <p role="alert">{counts.error.message}</p>}
      {data !== undefined && !hasSampleData(data) && (
        <p>
          {removed === null ? 'No sample data is left' : `Removed ${sampleDataText(removed)}`}: the plan holds only the foundation’s own
          actions, updates and benchmarks.
        </p>
      )}
      {data !== undefined && hasSampleData(data) && !confirming && (
        <>
          <p>
            The plan holds {sampleDataText(data)}: invented examples, labelled as sample data on every screen. Remove them to start from
            the foundation’s own plan, before or after importing it.
          </p>
          <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
            Remove the sample data…
          </button>
        </>
      )}
      {data !== undefined && hasSampleData(data) && confirming && (
        <div className="clear-sample-confirm" role="alertdialog" aria-labelledby="clear-sample-question" aria-describedby="clear-sample-what">
          <h3 id="clear-sample-question" tabIndex={-1} ref={question}>
            Remove all sample data?
          </h3>
          <p id="clear-sample-what">
            This removes {sampleDataText(data)}, and the quarters’ summaries and publications that reported only on them. Accounts, the
            plan’s texts and everything the foundation entered or imported stay. It cannot be undone.
          </p>
          <button
            type="button"
            className="button-danger"
            disabled={clear.isPending}
            aria-busy={clear.isPending}
            onClick={() => clear.mutate(undefined, { onSuccess: (gone) => (setRemoved(gone), setConfirming(false)) })}
          >
            {clear.isPending ? 'Removing…' : 'Yes, remove the sample data'}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {problem !== null && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
