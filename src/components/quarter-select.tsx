import { useId } from 'react';
import { quarterLabel, quarterMonths } from '../domain/quarters';

interface QuarterSelectProps {
  label: string;
  quarters: readonly string[];
  value: string;
  onChange: (quarter: string) => void;
}

export function QuarterSelect({ label, quarters, value, onChange }: QuarterSelectProps) {
  const id = useId();
  return (
    <div className="quarter-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {quarters.map((quarter) => (
          <option key={quarter} value={quarter}>
            {quarterLabel(quarter)} ({quarterMonths(quarter)})
          </option>
        ))}
      </select>
    </div>
  );
}
