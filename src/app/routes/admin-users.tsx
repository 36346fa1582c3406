import type { QueryClient } from '@tanstack/react-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useSessionUser } from '../../features/auth/api/get-session';
import { usersQueryOptions, useUsers } from '../../features/people/api/get-users';
import { AddPersonForm } from '../../features/people/components/add-person-form';
import { PeopleTable } from '../../features/people/components/people-table';
import { AdminOnly } from './admin-only';
import './admin-users.css';

function People() {
  const user = useSessionUser();
  const { items, total } = useUsers();
  const active = items.filter((u) => u.active).length;
  return (
    <div className="people-page">
      <h1>People</h1>
      <p className="lede">
        {total} {total === 1 ? 'account' : 'accounts'}, {active} active. Actions are matched to a person by the owner’s name, whatever its case and accents.
      </p>
      <AddPersonForm />
      <section aria-labelledby="people-list-title">
        <h2 id="people-list-title">Everyone with an account</h2>
        <PeopleTable users={items} currentUserId={user?.id ?? ''} />
      </section>
    </div>
  );
}

// The people, asked for as the app starts.
export function prefetchPeople(queryClient: QueryClient): Promise<void> {
  return queryClient.prefetchQuery(usersQueryOptions());
}

export function PeopleRoute() {
  useDocumentTitle('People');
  return (
    <AdminOnly title="People">
      <People />
    </AdminOnly>
  );
}
