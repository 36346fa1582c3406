import { useState, type FormEvent } from 'react';
import { summaryTextLimits, type QuarterSummary } from '../../../contract/reporting';
import { FormField } from '../../../components/form-field';
import { serverFieldError, WriteProblem } from '../../../components/write-problem';
import { quarterLabel } from '../../../domain/quarters';
import { useRefetch } from '../../../lib/use-refetch';
import { quarterSummaryQueryOptions, useSaveQuarterSummary } from '../api/quarter-summary';

type Part = 'summary' | 'highlights' | 'asks';
const labels: Record<Part, string> = { summary: 'Summary', highlights: 'Highlights', asks: 'Decisions and asks of the board' };
const hints: Record<Part, string> = {
  summary: 'How the quarter went, in a few sentences the board reads first.',
  highlights: 'What went well, with figures where they help.',
  asks: 'What the board is asked to decide or do.',
};

// The executive director writes the quarter's words here; a draft until the
// quarter is published, shown first in the review and the packet.
export function SummaryEditor({ summary }: { summary: QuarterSummary }) {
  const save = useSaveQuarterSummary(summary.quarter);
  const [values, setValues] = useState({ summary: summary.summary, highlights: summary.highlights, asks: summary.asks });
  const [message, setMessage] = useState('');
  const { reloading, reload } = useRefetch(quarterSummaryQueryOptions(summary.quarter).queryKey);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    save.mutate(
      { ...values, ...(summary.version > 0 && { version: summary.version }) },
      { onSuccess: () => setMessage(`Saved the ${quarterLabel(summary.quarter)} summary.`) },
    );
  };

  return (
    <form className="summary-editor" onSubmit={submit} noValidate aria-busy={save.isPending}>
      {(Object.keys(labels) as Part[]).map((part) => (
        <FormField key={part} label={labels[part]} hint={hints[part]} error={serverFieldError(save.error, part, labels[part])}>
          {(control) => (
            <textarea
              {...control}
              rows={part === 'summary' ? 5 : 3}
              maxLength={summaryTextLimits[part]}
              value={values[part]}
              onChange={(event) => {
                setValues((current) => ({ ...current, [part]: event.target.value }));
                setMessage('');
              }}
            />
          )}
        </FormField>
      ))}
      {save.isError && (
        <WriteProblem
          error={save.error}
          noun="summary"
          changes="the quarter’s summary"
          shownFields={Object.keys(labels)}
          fieldLabels={labels}
          onReload={() => void reload().then(() => save.reset())}
          reloading={reloading}
        />
      )}
      <div className="form-actions">
        <button type="submit" disabled={save.isPending} aria-busy={save.isPending}>
          {save.isPending ? 'Saving…' : summary.draft ? 'Save the draft' : 'Save the summary'}
        </button>
      </div>
      <p className="form-status" role="status">
        {message}
      </p>
    </form>
  );
}
