import { useState, type FormEvent } from 'react';
import { actionTextLimits } from '../../../contract/action-writes';
import { noteRequiredFor } from '../../../contract/update-rules';
import type { ActionDetail } from '../../../contract/actions';
import { statusLabels, type StatusId } from '../../../contract/ids';
import type { PlanPeriod } from '../../../contract/plan';
import type { ReportingPeriods } from '../../../contract/reporting';
import { FormField } from '../../../components/form-field';
import { serverFieldError, WriteProblem } from '../../../components/write-problem';
import { quarterLabel } from '../../../domain/quarters';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { useRefetch } from '../../../lib/use-refetch';
import { actionQueryOptions } from '../api/get-action';
import { useRecordUpdate } from '../api/record-update';
import {
  checkUpdate,
  defaultUpdateQuarter,
  initialUpdateValues,
  noteIsRequired,
  toUpdateInput,
  updateFieldLabels,
  updateOf,
  updateQuarterChoices,
  type UpdateField,
  type UpdateFormValues,
} from '../utils/update-form-values';
import { StatusChoice } from './status-choice';
import { UpdateQuarterField } from './update-quarter-field';
import './update-form.css';

interface UpdateFormProps {
  action: ActionDetail;
  period: PlanPeriod;
  // Where the cycle stands: the quarter in progress, the one to report on, and which take updates.
  reporting: Pick<ReportingPeriods, 'currentQuarter' | 'defaultUpdateQuarter' | 'periods'>;
  // Told of each saved update, for a page that moves on once it is recorded.
  onSaved?: (quarter: string) => void;
}

const fieldNames = Object.keys(updateFieldLabels);

export function UpdateForm({ action, period, reporting, onSaved }: UpdateFormProps) {
  const writable = new Set(reporting.periods.filter((p) => p.writable).map((p) => p.quarter));
  const choices = updateQuarterChoices(action, period, reporting.currentQuarter).filter((quarter) => writable.has(quarter));
  const first = defaultUpdateQuarter(choices, reporting.defaultUpdateQuarter);
  if (first === undefined) {
    return (
      <p className="update-form-closed">
        Updates can be recorded from {quarterLabel(action.startQuarter)}, when the action starts.
      </p>
    );
  }
  return <UpdateFormFields action={action} choices={choices} first={first} onSaved={onSaved} />;
}

function UpdateFormFields({ action, choices, first, onSaved }: { action: ActionDetail; choices: string[]; first: string; onSaved: UpdateFormProps['onSaved'] }) {
  const record = useRecordUpdate(action.id);
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const [values, setValues] = useState<UpdateFormValues>(() => initialUpdateValues(action, first));
  const [edited, setEdited] = useState(false);
  const [checked, setChecked] = useState(false);
  const [percentBefore, setPercentBefore] = useState(values.percentComplete);
  const [message, setMessage] = useState('');
  const { reloading, reload: refetch } = useRefetch(actionQueryOptions(action.id).queryKey);

  const problems = checked ? checkUpdate(values, action) : {};
  const errorOf = (field: UpdateField) => problems[field] ?? serverFieldError(record.error, field, updateFieldLabels[field]);

  const change = (next: Partial<UpdateFormValues>) => {
    setValues((current) => ({ ...current, ...next }));
    setEdited(true);
    setMessage('');
  };
  const chooseQuarter = (quarter: string) => {
    // Untouched, the form shows the chosen quarter's own update, ready to replace.
    if (edited) change({ quarter });
    else setValues(initialUpdateValues(action, quarter));
  };
  const chooseStatus = (status: StatusId) => {
    if (status === 'completed' && values.status !== 'completed') {
      setPercentBefore(values.percentComplete);
      change({ status, percentComplete: '100' });
    } else if (status !== 'completed' && values.status === 'completed') change({ status, percentComplete: percentBefore });
    else change({ status });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.reset();
    setMessage('');
    setChecked(true);
    if (Object.keys(checkUpdate(values, action)).length > 0) {
      focusFirstInvalid();
      return;
    }
    const input = toUpdateInput(values, action.version);
    record.mutate(input, {
      onSuccess: () => {
        setMessage(`Saved the ${quarterLabel(input.quarter)} update.`);
        setEdited(false);
        onSaved?.(input.quarter);
      },
      onError: focusFirstInvalid,
    });
  };

  const reload = async () => {
    await refetch();
    record.reset();
    setMessage('Reloaded: the page shows the latest updates, and the form keeps what you entered. Save it when ready.');
  };

  const existing = updateOf(action, values.quarter);
  const completed = values.status === 'completed';
  const noteRequired = noteIsRequired(values.status);
  const saving = record.isPending;
  // 100 % done but not marked completed: offer the fix the message asks about.
  const asksCompleted = checked && values.percentComplete.trim() === '100' && !completed && values.status !== 'deferred';
  return (
    <form ref={formRef} className="update-form" onSubmit={submit} noValidate aria-busy={saving}>
      <div className="update-form-row">
        <UpdateQuarterField choices={choices} updates={action.updates} value={values.quarter} onChange={chooseQuarter} error={errorOf('quarter')} />
        <FormField
          label="Percent complete"
          error={errorOf('percentComplete')}
          hint={completed ? 'A completed action is 100% complete.' : 'A whole number from 0 to 100.'}
          required
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              readOnly={completed}
              value={values.percentComplete}
              onChange={(event) => change({ percentComplete: event.target.value })}
            />
          )}
        </FormField>
      </div>
      <StatusChoice value={values.status} onChange={chooseStatus} error={errorOf('status')} />
      {asksCompleted && (
        <p className="update-form-ask">
          <button type="button" onClick={() => chooseStatus('completed')}>
            Yes, mark it completed
          </button>
        </p>
      )}
      <FormField
        label="Note"
        error={errorOf('note')}
        required={noteRequired}
        hint={
          noteRequired
            ? `Required when the status is ${statusLabels[values.status]}: say what is in the way and what would help.`
            : `What happened this quarter. Required for ${noteRequiredFor.map((s) => statusLabels[s]).join(', ')}, and when progress falls.`
        }
      >
        {(control) => (
          <textarea {...control} rows={4} maxLength={actionTextLimits.note} value={values.note} onChange={(event) => change({ note: event.target.value })} />
        )}
      </FormField>
      {record.isError && (
        <WriteProblem
          error={record.error}
          noun="action"
          changes="actions"
          shownFields={fieldNames}
          fieldLabels={updateFieldLabels}
          onReload={() => void reload()}
          reloading={reloading}
        />
      )}
      <div className="form-actions">
        <button type="submit" disabled={saving} aria-busy={saving}>
          {saving ? 'Saving…' : existing === undefined ? 'Save the update' : 'Replace the update'}
        </button>
      </div>
      <p className="form-status" role="status">
        {message}
      </p>
    </form>
  );
}
