import { studentGroupIds, studentGroupLabels, type StudentGroupId } from '../../../contract/ids';
import { FormFieldset } from '../../../components/form-field';

interface StudentGroupsChoiceProps {
  value: readonly StudentGroupId[];
  onChange: (groups: StudentGroupId[]) => void;
  error: string | undefined;
}

// The groups of the California School Dashboard, plus all students; at least one.
export function StudentGroupsChoice({ value, onChange, error }: StudentGroupsChoiceProps) {
  // A group added goes last and one removed leaves the others in place, so an
  // untouched list is sent back exactly as it was read.
  const toggle = (group: StudentGroupId, on: boolean) =>
    onChange(on ? [...value.filter((g) => g !== group), group] : value.filter((g) => g !== group));
  return (
    <FormFieldset
      label="Student groups"
      hint="The groups the action serves: choose All students when it serves everyone."
      error={error}
      required
      className="student-groups-choice"
    >
      {({ invalid }) => (
        <div className="choice-grid">
          {studentGroupIds.map((group) => (
            <label key={group} className="choice-option">
              <input
                type="checkbox"
                checked={value.includes(group)}
                onChange={(event) => toggle(group, event.target.checked)}
                aria-invalid={invalid}
              />
              <span>{studentGroupLabels[group]}</span>
            </label>
          ))}
        </div>
      )}
    </FormFieldset>
  );
}
