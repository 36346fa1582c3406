import { useId, useState, type FormEvent } from 'react';
import type { ActionExportQuery } from '../../../contract/actions';
import { statusIds, statusLabels, studentGroupIds, studentGroupLabels } from '../../../contract/ids';
import type { FocusArea, Priority } from '../../../contract/plan';
import { quarterLabel, quarterMonths } from '../../../domain/quarters';
import { sentenceCase } from '../utils/describe-filters';
import './action-filters-form.css';

export type ActionFilterName = 'priority' | 'focusArea' | 'status' | 'studentGroup' | 'due' | 'owner' | 'q';
export type ActionFilterValues = Pick<ActionExportQuery, ActionFilterName>;

interface ActionFiltersFormProps {
  priorities: readonly Priority[];
  focusAreas: readonly FocusArea[];
  // The plan's quarters, for "Due by".
  quarters: readonly string[];
  values: ActionFilterValues;
  // Several at once when the text fields are submitted together.
  onChange: (changes: Partial<Record<ActionFilterName, string | undefined>>) => void;
}

interface FilterSelectProps {
  label: string;
  allLabel: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  hint?: string;
  wide?: boolean;
}

function FilterSelect({ label, allLabel, value, options, onChange, hint, wide = false }: FilterSelectProps) {
  const id = useId();
  return (
    <div className={wide ? 'action-filter action-filter-wide' : 'action-filter'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        aria-describedby={hint === undefined ? undefined : `${id}-hint`}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint !== undefined && (
        <span id={`${id}-hint`} className="action-filter-hint">
          {hint}
        </span>
      )}
    </div>
  );
}

// The box follows the URL when the URL changes (Clear filters, Back) and
// otherwise keeps what the person is typing.
function TextFilter({ name, label, value, placeholder }: { name: 'owner' | 'q'; label: string; value: string | undefined; placeholder: string }) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  const [applied, setApplied] = useState(value);
  if (value !== applied) {
    setApplied(value);
    setText(value ?? '');
  }
  return (
    <div className="action-filter action-text-filter">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        name={name}
        value={text}
        onChange={(event) => setText(event.target.value)}
        maxLength={200}
        placeholder={placeholder}
      />
    </div>
  );
}

const textOf = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

// A choice applies at once; the text fields apply when submitted, so typing
// does not reload the list on every key.
export function ActionFiltersForm({ priorities, focusAreas, quarters, values, onChange }: ActionFiltersFormProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onChange({ owner: textOf(data, 'owner'), q: textOf(data, 'q') });
  };
  return (
    <form className="action-filters" role="search" aria-label="Filter actions" onSubmit={submit}>
      <FilterSelect
        label="Priority"
        allLabel="All priorities"
        value={values.priority}
        options={priorities.map((p) => ({ value: p.id, label: `${p.number}. ${sentenceCase(p.title)}` }))}
        onChange={(value) => onChange({ priority: value })}
        wide
      />
      <FilterSelect
        label="Focus area"
        allLabel="All focus areas"
        value={values.focusArea}
        options={focusAreas.map((f) => ({ value: f.id, label: f.name }))}
        onChange={(value) => onChange({ focusArea: value })}
      />
      <FilterSelect
        label="Status"
        allLabel="All statuses"
        value={values.status}
        options={statusIds.map((id) => ({ value: id, label: statusLabels[id] }))}
        onChange={(value) => onChange({ status: value })}
      />
      <FilterSelect
        label="Student group"
        allLabel="All student groups"
        value={values.studentGroup}
        options={studentGroupIds.map((id) => ({ value: id, label: studentGroupLabels[id] }))}
        onChange={(value) => onChange({ studentGroup: value })}
        hint="Actions that list this group"
        wide
      />
      <FilterSelect
        label="Due by"
        allLabel="Any time"
        value={values.due}
        options={quarters.map((quarter) => ({ value: quarter, label: `${quarterLabel(quarter)} (${quarterMonths(quarter)})` }))}
        onChange={(value) => onChange({ due: value })}
        hint="Due in this quarter or earlier"
      />
      <div className="action-text-filters">
        <TextFilter name="owner" label="Owner" value={values.owner} placeholder="Part of a name" />
        <TextFilter name="q" label="Search" value={values.q} placeholder="Title, description or owner" />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
