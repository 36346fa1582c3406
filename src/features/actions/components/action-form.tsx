import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { actionFieldLabels, actionTextLimits, type ActionFieldName } from '../../../contract/action-writes';
import type { Update } from '../../../contract/actions';
import type { Plan } from '../../../contract/plan';
import { FormField } from '../../../components/form-field';
import { serverFieldError, WriteProblem } from '../../../components/write-problem';
import { quarterLabel, quarterMonths } from '../../../domain/quarters';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { checkAction, type ActionFormValues } from '../utils/action-form-values';
import { sentenceCase } from '../utils/describe-filters';
import { StrategyChoice } from './strategy-choice';
import { StudentGroupsChoice } from './student-groups-choice';
import './action-form.css';

interface ActionFormProps {
  plan: Plan;
  // The values as stored; a field shows them until it is changed, so a reload
  // brings in a colleague's change wherever the user typed nothing.
  stored: ActionFormValues;
  // The action's updates: its start may not move past the first of them.
  updates?: readonly Update[];
  submitLabel: string;
  // Resolves once saved (the caller moves on), rejects when refused.
  save: (values: ActionFormValues) => Promise<unknown>;
  saving: boolean;
  error: unknown;
  cancel: { to: string; state?: unknown };
  onReload: () => void;
  reloading: boolean;
  // A status line: what a reload brought, say.
  notice?: ReactNode;
}

const fieldNames = Object.keys(actionFieldLabels);

export function ActionForm({ plan, stored, updates, submitLabel, save, saving, error, cancel, onReload, reloading, notice }: ActionFormProps) {
  const [edits, setEdits] = useState<Partial<ActionFormValues>>({});
  const values: ActionFormValues = { ...stored, ...edits };
  const [checked, setChecked] = useState(false);
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid<HTMLFormElement>();

  const problems = checked ? checkAction(values, updates) : {};
  const errorOf = (field: ActionFieldName) => problems[field] ?? serverFieldError(error, field, actionFieldLabels[field]);
  const change = (next: Partial<ActionFormValues>) => setEdits((current) => ({ ...current, ...next }));
  const priority = plan.priorities.find((p) => p.id === values.priorityId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(checkAction(values, updates)).length > 0) {
      focusFirstInvalid();
      return;
    }
    save(values).catch(focusFirstInvalid);
  };

  const quarterOptions = plan.quarters.map((quarter) => (
    <option key={quarter} value={quarter}>
      {quarterLabel(quarter)} ({quarterMonths(quarter)})
    </option>
  ));
  return (
    <form ref={formRef} className="form-panel action-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormField label="Title" error={errorOf('title')} required>
        {(control) => <input {...control} type="text" maxLength={actionTextLimits.title} value={values.title} onChange={(e) => change({ title: e.target.value })} />}
      </FormField>
      <FormField label="Description" hint="What the action does and for whom; optional." error={errorOf('description')}>
        {(control) => (
          <textarea {...control} rows={4} maxLength={actionTextLimits.description} value={values.description} onChange={(e) => change({ description: e.target.value })} />
        )}
      </FormField>
      <div className="action-form-row">
        <FormField label="Priority" error={errorOf('priorityId')} required>
          {(control) => (
            <select
              {...control}
              value={values.priorityId}
              onChange={(e) => {
                const next = plan.priorities.find((p) => p.id === e.target.value);
                const keeps = next?.strategies.some((s) => s.id === values.strategyId) ?? false;
                change({ priorityId: next?.id ?? '', strategyId: keeps ? values.strategyId : null });
              }}
            >
              {values.priorityId === '' && <option value="">Choose a priority</option>}
              {plan.priorities.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.number}. {sentenceCase(p.title)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Focus area" error={errorOf('focusAreaId')} required>
          {(control) => (
            <select {...control} value={values.focusAreaId} onChange={(e) => change({ focusAreaId: plan.focusAreas.find((f) => f.id === e.target.value)?.id ?? '' })}>
              {values.focusAreaId === '' && <option value="">Choose a focus area</option>}
              {plan.focusAreas.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <StrategyChoice priority={priority} value={values.strategyId} onChange={(strategyId) => change({ strategyId })} error={errorOf('strategyId')} />
      <div className="action-form-row action-form-row-3">
        <FormField label="Owner" hint="A person or a role." error={errorOf('owner')} required>
          {(control) => <input {...control} type="text" maxLength={actionTextLimits.owner} value={values.owner} onChange={(e) => change({ owner: e.target.value })} />}
        </FormField>
        <FormField label="Start quarter" hint="When the work begins." error={errorOf('startQuarter')} required>
          {(control) => (
            <select {...control} value={values.startQuarter} onChange={(e) => change({ startQuarter: e.target.value })}>
              {quarterOptions}
            </select>
          )}
        </FormField>
        <FormField label="Due quarter" hint="Not before the start." error={errorOf('dueQuarter')} required>
          {(control) => (
            <select {...control} value={values.dueQuarter} onChange={(e) => change({ dueQuarter: e.target.value })}>
              {quarterOptions}
            </select>
          )}
        </FormField>
      </div>
      <StudentGroupsChoice value={values.studentGroups} onChange={(studentGroups) => change({ studentGroups })} error={errorOf('studentGroups')} />
      {error !== null && error !== undefined && (
        <WriteProblem error={error} noun="action" changes="actions" shownFields={fieldNames} fieldLabels={actionFieldLabels} onReload={onReload} reloading={reloading} />
      )}
      <div className="form-actions">
        <button type="submit" disabled={saving} aria-busy={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <Link to={cancel.to} state={cancel.state}>
          Cancel
        </Link>
      </div>
      <div className="form-status" role="status">
        {notice}
      </div>
    </form>
  );
}
