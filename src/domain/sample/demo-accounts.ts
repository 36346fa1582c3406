import type { Role } from '../../contract/session';

// Demo mode only (`npm start`): known accounts the sign-in page offers.
// Production mode never creates them. The staff account bears the name of one
// of the sample owners, so its "updates due" lists the actions that owner owes.
export const demoPassword = 'demo-password';
export const demoAccounts: readonly { email: string; name: string; role: Role }[] = [
  { email: 'board@example.org', name: 'Board member (demo)', role: 'board' },
  { email: 'staff@example.org', name: 'Theresa Okafor', role: 'staff' },
  { email: 'director@example.org', name: 'Executive director (demo)', role: 'admin' },
];
