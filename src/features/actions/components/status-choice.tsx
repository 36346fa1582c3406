import { useId } from 'react';
import { statusIds, type StatusId } from '../../../contract/ids';
import { StatusBadge } from '../../../components/status-badge';
import { FormFieldset } from '../../../components/form-field';

interface StatusChoiceProps {
  value: StatusId;
  onChange: (status: StatusId) => void;
  error: string | undefined;
}

// The six statuses as radio buttons, each with its icon and word.
export function StatusChoice({ value, onChange, error }: StatusChoiceProps) {
  const name = useId();
  return (
    <FormFieldset label="Status" error={error} required className="status-choice">
      {({ invalid }) => (
        <div className="status-choice-options">
          {statusIds.map((status) => (
            <label key={status} className="status-choice-option">
              <input
                type="radio"
                name={name}
                value={status}
                checked={value === status}
                onChange={() => onChange(status)}
                aria-invalid={invalid}
              />
              <StatusBadge status={status} />
            </label>
          ))}
        </div>
      )}
    </FormFieldset>
  );
}
