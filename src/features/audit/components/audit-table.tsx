import { Link } from 'react-router';
import type { AuditEntry } from '../../../contract/audit';
import type { UserAccount } from '../../../contract/users';
import { auditChanges, describeAuditChange } from '../../../domain/audit-diff';
import { auditEntityLabels, auditFieldLabel, auditOperationLabels, auditTargetPath } from '../utils/audit-labels';

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

// An update's entry names its quarter, which a replaced update does not list among its changes.
function quarterOf(entry: AuditEntry): string | null {
  const quarter = (entry.after ?? entry.before)?.quarter;
  return entry.entityType === 'action' && typeof quarter === 'string' ? quarter : null;
}

function Target({ entry, personName }: { entry: AuditEntry; personName: string | undefined }) {
  const quarter = quarterOf(entry);
  const label = `${auditEntityLabels[entry.entityType]} ${personName ?? entry.entityId}${quarter === null ? '' : `, ${quarter}`}`;
  const path = auditTargetPath(entry.entityType, entry.entityId);
  return path === null ? <>{label}</> : <Link to={path}>{label}</Link>;
}

function Changes({ entry }: { entry: AuditEntry }) {
  const changes = auditChanges(entry.before, entry.after);
  if (changes.length === 0) return <span className="audit-muted">No field changed</span>;
  return (
    <ul className="audit-changes">
      {changes.map((change) => (
        <li key={change.field}>{describeAuditChange(change, auditFieldLabel)}</li>
      ))}
    </ul>
  );
}

export function AuditTable({ entries, people }: { entries: readonly AuditEntry[]; people: readonly Pick<UserAccount, 'id' | 'name' | 'email'>[] }) {
  const byEmail = new Map(people.map((p) => [p.email, p.name]));
  const byId = new Map(people.map((p) => [p.id, p.name]));
  return (
    <div className="table-scroll">
      <table className="audit-table">
        <caption className="visually-hidden">Changes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td data-label="When">
                <time dateTime={entry.at}>{dateTime.format(new Date(entry.at))}</time>
              </td>
              <td data-label="Who">
                {byEmail.get(entry.userEmail) ?? entry.userEmail}
                <span className="audit-muted">{entry.userEmail}</span>
              </td>
              <td data-label="What">
                {auditOperationLabels[entry.operation]}
                <span className="audit-target">
                  <Target entry={entry} personName={entry.entityType === 'user' ? byId.get(entry.entityId) : undefined} />
                </span>
              </td>
              <td data-label="Changes">
                <Changes entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
