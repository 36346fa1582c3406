import type { ReactNode } from 'react';
import { useSessionUser } from '../../features/auth/api/get-session';

// A screen for administrators: anyone else is told whose it is, without
// asking the server for what it would refuse.
export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  const user = useSessionUser();
  if (user?.role === 'admin') return children;
  return (
    <div>
      <h1>{title}</h1>
      <p className="lede">Only an administrator can open this page. Ask the executive director if you need something changed here.</p>
    </div>
  );
}
