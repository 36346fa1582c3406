import { useId, useState, type FormEvent } from 'react';
import type { FocusAreaId, PriorityId, StatusId } from '../../../contract/ids';
import { statusIds, statusLabels } from '../../../contract/ids';
import type { FocusArea, Priority } from '../../../contract/plan';
import { sentenceCase } from '../utils/describe-filters';
import './action-filters-form.css';

export type ActionFilterName = 'priority' | 'focusArea' | 'status' | 'q';

export interface ActionFilterValues {
  priority?: PriorityId | undefined;
  focusArea?: FocusAreaId | undefined;
  status?: StatusId | undefined;
  q?: string | undefined;
}

interface ActionFiltersFormProps {
  priorities: readonly Priority[];
  focusAreas: readonly FocusArea[];
  values: ActionFilterValues;
  onChange: (name: ActionFilterName, value: string | undefined) => void;
}

interface FilterSelectProps {
  label: string;
  allLabel: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  wide?: boolean;
}

function FilterSelect({ label, allLabel, value, options, onChange, wide = false }: FilterSelectProps) {
  const id = useId();
  return (
    <div className={wide ? 'action-filter action-filter-wide' : 'action-filter'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

// The box follows the URL when the URL changes (Clear filters, Back) and
// otherwise keeps what the person is typing.
function SearchField({ value }: { value: string | undefined }) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  const [applied, setApplied] = useState(value);
  if (value !== applied) {
    setApplied(value);
    setText(value ?? '');
  }
  return (
    <div className="action-filter action-search">
      <label htmlFor={id}>Search</label>
      <div className="action-search-row">
        <input
          id={id}
          type="search"
          name="q"
          value={text}
          onChange={(event) => setText(event.target.value)}
          maxLength={200}
          placeholder="Title, description or owner"
        />
        <button type="submit">Search</button>
      </div>
    </div>
  );
}

// A choice applies at once; the search applies when submitted, so typing does
// not reload the list on every key.
export function ActionFiltersForm({ priorities, focusAreas, values, onChange }: ActionFiltersFormProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    onChange('q', typeof q === 'string' && q.trim() !== '' ? q.trim() : undefined);
  };
  return (
    <form className="action-filters" role="search" aria-label="Filter actions" onSubmit={submit}>
      <FilterSelect
        label="Priority"
        allLabel="All priorities"
        value={values.priority}
        options={priorities.map((p) => ({ value: p.id, label: `${p.number}. ${sentenceCase(p.title)}` }))}
        onChange={(value) => onChange('priority', value)}
        wide
      />
      <FilterSelect
        label="Focus area"
        allLabel="All focus areas"
        value={values.focusArea}
        options={focusAreas.map((f) => ({ value: f.id, label: f.name }))}
        onChange={(value) => onChange('focusArea', value)}
      />
      <FilterSelect
        label="Status"
        allLabel="All statuses"
        value={values.status}
        options={statusIds.map((id) => ({ value: id, label: statusLabels[id] }))}
        onChange={(value) => onChange('status', value)}
      />
      <SearchField value={values.q} />
    </form>
  );
}
