import { useState, type FormEvent } from 'react';
import type { Benchmark } from '../../../contract/benchmarks';
import { FormField } from '../../../components/form-field';
import { serverFieldError, WriteProblem } from '../../../components/write-problem';
import { unitLabels } from '../../../domain/format-measure';
import { schoolYearLabel } from '../../../domain/quarters';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { useRefetch } from '../../../lib/use-refetch';
import { useSetBenchmarkValue } from '../api/set-benchmark-value';
import {
  benchmarkValueFormOf,
  benchmarkValueLabels,
  checkBenchmarkValues,
  toBenchmarkValueInput,
  type BenchmarkValueField,
  type BenchmarkValueForm,
} from '../utils/benchmark-value-form';

interface BenchmarkValuesFormProps {
  benchmark: Benchmark;
  schoolYears: readonly string[];
  firstYear: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

const fieldNames = Object.keys(benchmarkValueLabels);

// One school year's target and actual of a measure; an empty box means no value.
export function BenchmarkValuesForm({ benchmark, schoolYears, firstYear, onSaved, onCancel }: BenchmarkValuesFormProps) {
  const save = useSetBenchmarkValue(benchmark.id);
  // The year's stored figures show until a box is changed, so a reload brings
  // in a colleague's figure wherever the user typed nothing.
  const [schoolYear, setSchoolYear] = useState(firstYear);
  const [edits, setEdits] = useState<Partial<BenchmarkValueForm>>({});
  const values: BenchmarkValueForm = { ...benchmarkValueFormOf(benchmark, schoolYear), ...edits };
  const [checked, setChecked] = useState(false);
  const [notice, setNotice] = useState('');
  const { reloading, reload: refetch } = useRefetch(['benchmarks']);
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid<HTMLFormElement>();

  const problems = checked ? checkBenchmarkValues(values, benchmark.unit) : {};
  const errorOf = (field: BenchmarkValueField) => problems[field] ?? serverFieldError(save.error, field, benchmarkValueLabels[field]);
  const change = (next: Partial<BenchmarkValueForm>) => {
    setEdits((current) => ({ ...current, ...next }));
    setNotice('');
  };
  const year = schoolYearLabel(values.schoolYear);
  const unit = unitLabels[benchmark.unit].toLowerCase();
  const range = benchmark.unit === 'percent' ? 'From 0 to 100; empty for no value.' : 'Empty for no value.';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    setChecked(true);
    if (Object.keys(checkBenchmarkValues(values, benchmark.unit)).length > 0) {
      focusFirstInvalid();
      return;
    }
    const input = toBenchmarkValueInput(values, benchmark);
    if (input === null) {
      setNotice(`Nothing to save: the ${year} values are as they were.`);
      return;
    }
    save.mutate({ schoolYear: values.schoolYear, input }, { onSuccess: () => onSaved(`Saved the ${year} values.`), onError: focusFirstInvalid });
  };

  const reload = async () => {
    await refetch();
    save.reset();
    setNotice('Reloaded: the figures show the latest values, and the form keeps what you entered. Save it when ready.');
  };

  const number = (field: 'target' | 'actual') => (
    <FormField label={`${benchmarkValueLabels[field]} (${unit})`} hint={range} error={errorOf(field)}>
      {(control) => (
        <input {...control} type="number" step="any" inputMode="decimal" value={values[field]} onChange={(e) => change({ [field]: e.target.value })} />
      )}
    </FormField>
  );
  return (
    <form ref={formRef} className="benchmark-values-form" onSubmit={submit} noValidate aria-busy={save.isPending}>
      <FormField label="School year" error={errorOf('schoolYear')}>
        {(control) => (
          <select
            {...control}
            value={values.schoolYear}
            // Another year shows that year's figures, ready to change.
            onChange={(e) => {
              setSchoolYear(e.target.value);
              setEdits({});
              setNotice('');
            }}
          >
            {schoolYears.map((schoolYear) => (
              <option key={schoolYear} value={schoolYear}>
                {schoolYearLabel(schoolYear)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="benchmark-values-row">
        {number('target')}
        {number('actual')}
      </div>
      {save.isError && (
        <WriteProblem
          error={save.error}
          noun="measure"
          changes="benchmark values"
          shownFields={fieldNames}
          fieldLabels={benchmarkValueLabels}
          onReload={() => void reload()}
          reloading={reloading}
        />
      )}
      <div className="form-actions">
        <button type="submit" disabled={save.isPending} aria-busy={save.isPending}>
          {save.isPending ? 'Saving…' : `Save the ${year} values`}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p className="form-status" role="status">
        {notice}
      </p>
    </form>
  );
}
