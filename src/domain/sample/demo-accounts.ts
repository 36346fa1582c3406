import type { Role } from '../../contract/session';

// Demo mode only (`npm start`): known accounts the sign-in page offers.
// Production mode never creates them.
export const demoPassword = 'demo-password';
export const demoAccounts: readonly { email: string; name: string; role: Role }[] = [
  { email: 'board@example.org', name: 'Board member (demo)', role: 'board' },
  { email: 'staff@example.org', name: 'Staff member (demo)', role: 'staff' },
  { email: 'director@example.org', name: 'Executive director (demo)', role: 'admin' },
];
