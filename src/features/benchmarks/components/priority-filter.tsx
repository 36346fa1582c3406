import { useId } from 'react';
import type { PriorityId } from '../../../contract/ids';
import type { Priority } from '../../../contract/plan';
import './priority-filter.css';

interface PriorityFilterProps {
  priorities: readonly Priority[];
  value: PriorityId | undefined;
  onChange: (priority: PriorityId | undefined) => void;
}

export function PriorityFilter({ priorities, value, onChange }: PriorityFilterProps) {
  const id = useId();
  return (
    <div className="priority-filter">
      <label htmlFor={id}>Priority</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(priorities.find((priority) => priority.id === event.target.value)?.id)}
      >
        <option value="">All priorities</option>
        {priorities.map((priority) => (
          <option key={priority.id} value={priority.id}>
            {priority.number}. {priority.title}
          </option>
        ))}
      </select>
    </div>
  );
}
