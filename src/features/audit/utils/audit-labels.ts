import { actionFieldLabels } from '../../../contract/action-writes';
import type { AuditEntityType, AuditOperation } from '../../../contract/audit';

export const auditOperationLabels: Record<AuditOperation, string> = {
  'create-action': 'Action added',
  'edit-action': 'Action edited',
  'add-update': 'Update recorded',
  'replace-update': 'Update replaced',
  'set-benchmark-value': 'Benchmark value set',
  'create-benchmark': 'Measure added',
  'edit-benchmark': 'Measure edited',
  'publish-quarter': 'Quarter published',
  'reopen-quarter': 'Quarter reopened',
  'save-summary': 'Summary saved',
  'set-reporting-settings': 'Reporting settings changed',
  'create-user': 'Person added',
  'edit-user': 'Person changed',
  'reset-password': 'Password reset',
  'change-password': 'Own password changed',
  import: 'Import',
  'clear-sample-data': 'Sample data removed',
};

export const auditEntityLabels: Record<AuditEntityType, string> = {
  action: 'Action',
  benchmark: 'Benchmark',
  quarter: 'Quarter',
  setting: 'Setting',
  user: 'Person',
  plan: 'Plan',
};

// Where the changed record can be seen, if anywhere.
export function auditTargetPath(entityType: AuditEntityType, entityId: string): string | null {
  switch (entityType) {
    case 'action':
      return `/actions/${encodeURIComponent(entityId)}`;
    case 'benchmark':
      return '/benchmarks';
    case 'quarter':
      return `/review/${encodeURIComponent(entityId)}`;
    case 'user':
      return '/admin/users';
    case 'plan':
      return entityId === 'benchmarks' ? '/benchmarks' : entityId === 'sample-data' ? null : '/actions';
    case 'setting':
      return null;
  }
}

const fieldLabels: Readonly<Record<string, string>> = {
  ...actionFieldLabels,
  quarter: 'Quarter',
  status: 'Status',
  percentComplete: 'Percent complete',
  note: 'Note',
  author: 'Author',
  createdAt: 'Recorded at',
  target: 'Target',
  actual: 'Actual',
  schoolYear: 'School year',
  dueDays: 'Days to report after a quarter',
  state: 'State',
  name: 'Name',
  email: 'Email',
  role: 'Role',
  active: 'Active',
  mustChangePassword: 'Must change password',
  created: 'Created',
  changed: 'Changed',
  unchanged: 'Unchanged',
  actions: 'Actions',
  updates: 'Updates',
  benchmarks: 'Benchmarks',
};

// A changed field in words: its first part named, the rest (a school year, say) as stored.
export function auditFieldLabel(path: string): string {
  const [first = path, ...rest] = path.split('.');
  return [fieldLabels[first] ?? first, ...rest].join(' › ');
}
