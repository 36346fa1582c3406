import { useId } from 'react';
import type { Priority } from '../../../contract/plan';
import { FormFieldset } from '../../../components/form-field';

interface StrategyChoiceProps {
  priority: Priority | undefined;
  value: string | null;
  onChange: (strategyId: string | null) => void;
  error: string | undefined;
}

// The chosen priority's strategies, numbered as in the plan, or none.
export function StrategyChoice({ priority, value, onChange, error }: StrategyChoiceProps) {
  const name = useId();
  let hint = 'The strategy of the priority that this action carries out, if one fits.';
  if (priority === undefined) hint = 'Choose a priority first: its strategies are listed here.';
  else if (priority.strategies.length === 0) hint = 'This priority has no strategies in the plan, so its actions have none.';
  const options = [{ id: null, text: 'None' }, ...(priority?.strategies ?? []).map((s, i) => ({ id: s.id, text: `${priority?.number}.${i + 1} ${s.text}` }))];
  return (
    <FormFieldset label="Strategy" hint={hint} error={error} className="strategy-choice">
      {({ invalid }) => (
        <div className="choice-list">
          {options.map((option) => (
            <label key={option.id ?? 'none'} className="choice-option">
              <input
                type="radio"
                name={name}
                checked={value === option.id}
                onChange={() => onChange(option.id)}
                aria-invalid={invalid}
              />
              <span>{option.text}</span>
            </label>
          ))}
        </div>
      )}
    </FormFieldset>
  );
}
