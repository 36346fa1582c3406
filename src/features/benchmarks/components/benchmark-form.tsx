import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { benchmarkTextLimits, benchmarkFieldNames } from '../../../contract/benchmark-writes';
import { benchmarkUnits, type BenchmarkUnit, type Direction } from '../../../contract/benchmarks';
import { studentGroupIds, studentGroupLabels, type StudentGroupId } from '../../../contract/ids';
import type { Plan } from '../../../contract/plan';
import { FormField, FormFieldset } from '../../../components/form-field';
import { serverFieldError, WriteProblem } from '../../../components/write-problem';
import { directionLabels, unitLabels } from '../../../domain/format-measure';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { benchmarkFieldLabels, checkBenchmarkForm, type BenchmarkFormField, type BenchmarkFormValues } from '../utils/benchmark-form-values';
import './benchmark-form.css';

interface BenchmarkFormProps {
  plan: Plan;
  schoolYears: readonly string[];
  // The values as stored; a field shows them until it is changed.
  stored: BenchmarkFormValues;
  submitLabel: string;
  // Resolves once saved (the caller moves on), rejects when refused.
  save: (values: BenchmarkFormValues) => Promise<unknown>;
  saving: boolean;
  error: unknown;
  cancelTo: string;
  onReload: () => void;
  reloading: boolean;
  notice?: ReactNode;
}

// All students' figures are the measure's own; these are tracked beside them.
const groups = studentGroupIds.filter((id) => id !== 'all-students');

export function BenchmarkForm({ plan, schoolYears, stored, submitLabel, save, saving, error, cancelTo, onReload, reloading, notice }: BenchmarkFormProps) {
  const [edits, setEdits] = useState<Partial<BenchmarkFormValues>>({});
  const values: BenchmarkFormValues = { ...stored, ...edits };
  const [checked, setChecked] = useState(false);
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const problems = checked ? checkBenchmarkForm(values, schoolYears) : {};
  const change = (next: Partial<BenchmarkFormValues>) => setEdits((current) => ({ ...current, ...next }));
  // The API names a part of the body ("baseline.value", "targets.2"); the form, its control.
  const errorOf = (field: BenchmarkFormField, path: string, label: string) => problems[field] ?? serverFieldError(error, path, label);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(checkBenchmarkForm(values, schoolYears)).length > 0) {
      focusFirstInvalid();
      return;
    }
    save(values).catch(focusFirstInvalid);
  };

  const toggleGroup = (group: StudentGroupId, on: boolean) =>
    change({ studentGroups: on ? [...values.studentGroups.filter((g) => g !== group), group] : values.studentGroups.filter((g) => g !== group) });

  return (
    <form ref={formRef} className="form-panel benchmark-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormField label="Name" error={errorOf('name', 'name', 'Name')} required>
        {(control) => <input {...control} type="text" maxLength={benchmarkTextLimits.name} value={values.name} onChange={(e) => change({ name: e.target.value })} />}
      </FormField>
      <FormField label="Description" hint="What is measured, and for whom; optional." error={errorOf('description', 'description', 'Description')}>
        {(control) => (
          <textarea {...control} rows={3} maxLength={benchmarkTextLimits.description} value={values.description} onChange={(e) => change({ description: e.target.value })} />
        )}
      </FormField>
      <div className="benchmark-form-row">
        <FormField label="Priority" error={errorOf('priorityId', 'priorityId', 'Priority')} required>
          {(control) => (
            <select {...control} value={values.priorityId} onChange={(e) => change({ priorityId: plan.priorities.find((p) => p.id === e.target.value)?.id ?? '' })}>
              {values.priorityId === '' && <option value="">Choose a priority</option>}
              {plan.priorities.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.number}. {p.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Unit" error={errorOf('unit', 'unit', 'Unit')} required>
          {(control) => (
            <select {...control} value={values.unit} onChange={(e) => change({ unit: benchmarkUnits.find((u) => u === e.target.value) ?? '' })}>
              {values.unit === '' && <option value="">Choose a unit</option>}
              {benchmarkUnits.map((unit: BenchmarkUnit) => (
                <option key={unit} value={unit}>
                  {unitLabels[unit]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Direction" error={errorOf('direction', 'direction', 'Direction')} required>
          {(control) => (
            <select {...control} value={values.direction} onChange={(e) => change({ direction: (['higher', 'lower'] as const).find((d: Direction) => d === e.target.value) ?? '' })}>
              {values.direction === '' && <option value="">Choose a direction</option>}
              <option value="higher">{directionLabels.higher}</option>
              <option value="lower">{directionLabels.lower}</option>
            </select>
          )}
        </FormField>
      </div>
      <div className="benchmark-form-row">
        <FormField label="Baseline school year" hint="Like 2022-23; it may be before the plan." error={errorOf('baselineYear', 'baseline.schoolYear', 'The baseline school year')} required>
          {(control) => <input {...control} type="text" inputMode="numeric" value={values.baselineYear} onChange={(e) => change({ baselineYear: e.target.value })} />}
        </FormField>
        <FormField label="Baseline value" hint="In the unit chosen." error={errorOf('baselineValue', 'baseline.value', 'The baseline value')} required>
          {(control) => <input {...control} type="text" inputMode="decimal" value={values.baselineValue} onChange={(e) => change({ baselineValue: e.target.value })} />}
        </FormField>
      </div>
      <FormFieldset label="Targets by school year" hint="Leave a year empty for no target. Actuals are entered on the benchmarks page." error={serverFieldError(error, 'targets', 'Targets')}>
        {() => (
          <div className="benchmark-form-row">
            {schoolYears.map((year, index) => (
              <FormField key={year} label={`Target for ${year}`} error={errorOf(`target ${year}`, `targets.${index}`, `The target for ${year}`)}>
                {(control) => (
                  <input {...control} type="text" inputMode="decimal" value={values.targets[year] ?? ''} onChange={(e) => change({ targets: { ...values.targets, [year]: e.target.value } })} />
                )}
              </FormField>
            ))}
          </div>
        )}
      </FormFieldset>
      <FormFieldset label="Student groups" hint="Groups whose actuals are tracked beside all students’; optional." error={errorOf('studentGroups', 'studentGroups', 'Student groups')}>
        {({ invalid }) => (
          <div className="choice-grid">
            {groups.map((group) => (
              <label key={group} className="choice-option">
                <input type="checkbox" checked={values.studentGroups.includes(group)} onChange={(e) => toggleGroup(group, e.target.checked)} aria-invalid={invalid} />
                <span>{studentGroupLabels[group]}</span>
              </label>
            ))}
          </div>
        )}
      </FormFieldset>
      {error !== null && error !== undefined && (
        <WriteProblem error={error} noun="measure" changes="benchmarks" shownFields={benchmarkFieldNames} fieldLabels={benchmarkFieldLabels} onReload={onReload} reloading={reloading} />
      )}
      <div className="form-actions">
        <button type="submit" disabled={saving} aria-busy={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <Link to={cancelTo}>Cancel</Link>
      </div>
      <div className="form-status" role="status">
        {notice}
      </div>
    </form>
  );
}
