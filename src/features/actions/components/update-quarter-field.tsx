import type { Update } from '../../../contract/actions';
import { FormField } from '../../../components/form-field';
import { quarterLabel, quarterMonths } from '../../../domain/quarters';

interface UpdateQuarterFieldProps {
  // Oldest first; offered newest first.
  choices: readonly string[];
  updates: readonly Update[];
  value: string;
  onChange: (quarter: string) => void;
  error: string | undefined;
}

// The quarter the update is for; one that has an update already is marked,
// and choosing it says the new one replaces it.
export function UpdateQuarterField({ choices, updates, value, onChange, error }: UpdateQuarterFieldProps) {
  const has = (quarter: string) => updates.some((u) => u.quarter === quarter);
  const hint = has(value) ? `This replaces the ${quarterLabel(value)} update.` : `A new update for ${quarterLabel(value)}.`;
  return (
    <FormField label="Quarter" error={error} hint={hint}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {[...choices].reverse().map((quarter) => (
            <option key={quarter} value={quarter}>
              {quarterLabel(quarter)} ({quarterMonths(quarter)}){has(quarter) ? ', updated' : ''}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
