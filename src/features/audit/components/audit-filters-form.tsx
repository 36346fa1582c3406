import type { FormEvent } from 'react';
import { auditOperations, type AuditFilters } from '../../../contract/audit';
import type { UserAccount } from '../../../contract/users';
import { auditOperationLabels } from '../utils/audit-labels';

type FilterName = 'userEmail' | 'operation' | 'from' | 'to';

interface AuditFiltersFormProps {
  people: readonly Pick<UserAccount, 'name' | 'email'>[];
  values: Pick<AuditFilters, FilterName>;
  onApply: (values: Record<FilterName, string | undefined>) => void;
}

// Who, what kind, and between which days; applied together, so the URL
// changes once.
export function AuditFiltersForm({ people, values, onApply }: AuditFiltersFormProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const read = (name: FilterName) => {
      const value = data.get(name);
      return typeof value === 'string' && value !== '' ? value : undefined;
    };
    onApply({ userEmail: read('userEmail'), operation: read('operation'), from: read('from'), to: read('to') });
  };
  return (
    <form className="audit-filters" onSubmit={submit} aria-label="Filter the audit log">
      <div className="audit-filter">
        <label htmlFor="audit-person">Person</label>
        <select id="audit-person" name="userEmail" defaultValue={values.userEmail ?? ''}>
          <option value="">Everyone</option>
          {people.map((person) => (
            <option key={person.email} value={person.email}>
              {person.name} ({person.email})
            </option>
          ))}
        </select>
      </div>
      <div className="audit-filter">
        <label htmlFor="audit-operation">Kind of change</label>
        <select id="audit-operation" name="operation" defaultValue={values.operation ?? ''}>
          <option value="">Every kind</option>
          {auditOperations.map((operation) => (
            <option key={operation} value={operation}>
              {auditOperationLabels[operation]}
            </option>
          ))}
        </select>
      </div>
      <div className="audit-filter">
        <label htmlFor="audit-from">From (UTC)</label>
        <input id="audit-from" name="from" type="date" defaultValue={values.from ?? ''} />
      </div>
      <div className="audit-filter">
        <label htmlFor="audit-to">To (UTC)</label>
        <input id="audit-to" name="to" type="date" defaultValue={values.to ?? ''} />
      </div>
      <button type="submit">Show</button>
    </form>
  );
}
