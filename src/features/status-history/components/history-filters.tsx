import { useId } from 'react';
import type { FocusAreaId, PriorityId } from '../../../contract/ids';
import type { FocusArea, Priority } from '../../../contract/plan';
import './status-history.css';

export type HistoryFilterName = 'priority' | 'focusArea';

interface HistoryFiltersProps {
  priorities: readonly Priority[];
  focusAreas: readonly FocusArea[];
  priority: PriorityId | undefined;
  focusArea: FocusAreaId | undefined;
  onChange: (name: HistoryFilterName, value: string | undefined) => void;
}

// Narrows the status-over-time chart to one priority, one focus area, or both.
export function HistoryFilters({ priorities, focusAreas, priority, focusArea, onChange }: HistoryFiltersProps) {
  const id = useId();
  return (
    <div className="history-filters" role="group" aria-label="Show the chart for">
      <div className="history-filter">
        <label htmlFor={`${id}-priority`}>Priority</label>
        <select id={`${id}-priority`} value={priority ?? ''} onChange={(event) => onChange('priority', event.target.value || undefined)}>
          <option value="">All priorities</option>
          {priorities.map((p) => (
            <option key={p.id} value={p.id}>
              {p.number}. {p.title}
            </option>
          ))}
        </select>
      </div>
      <div className="history-filter">
        <label htmlFor={`${id}-focus-area`}>Focus area</label>
        <select id={`${id}-focus-area`} value={focusArea ?? ''} onChange={(event) => onChange('focusArea', event.target.value || undefined)}>
          <option value="">All focus areas</option>
          {focusAreas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
