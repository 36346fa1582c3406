import type { UserAccount } from '../../../contract/users';
import { PersonRow } from './person-row';

export function PeopleTable({ users, currentUserId }: { users: readonly UserAccount[]; currentUserId: string }) {
  return (
    <div className="table-scroll">
      <table className="people-table">
        <caption className="visually-hidden">Everyone with an account, by name</caption>
        <thead>
          <tr>
            <th scope="col">Name and email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions owned</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">Manage</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <PersonRow key={user.id} user={user} isYou={user.id === currentUserId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
