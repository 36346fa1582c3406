import { useState } from 'react';
import { Link } from 'react-router';
import { roleLabels, roles, type Role } from '../../../contract/session';
import type { UserAccount, UserPatch, UserWrite } from '../../../contract/users';
import { toSearch } from '../../../lib/api-client';
import { useEditUser } from '../api/edit-user';
import { OneTimePassword } from './one-time-password';

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

type Confirming = 'deactivate' | 'reset' | null;

// One account with what an administrator can do to it. Deactivating and
// resetting ask first; the answer (or why it was refused) shows in the row.
export function PersonRow({ user, isYou }: { user: UserAccount; isYou: boolean }) {
  const edit = useEditUser();
  const [role, setRole] = useState<Role>(user.role);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [reset, setReset] = useState<UserWrite | null>(null);
  const send = (change: Omit<UserPatch, 'version'>) => {
    setConfirming(null);
    setReset(null);
    edit.mutate({ id: user.id, patch: { ...change, version: user.version } }, {
      onSuccess: (answer) => {
        setRole(answer.user.role);
        setReset(answer.oneTimePassword === null ? null : answer);
      },
    });
  };
  const owned = `${user.actionsOwned} ${user.actionsOwned === 1 ? 'action' : 'actions'}`;
  const who = isYou ? `${user.name} (you)` : user.name;
  return (
    <tr>
      <th scope="row">
        {who}{' '}
        <span className="person-email">{user.email}</span>
      </th>
      <td data-label="Role">
        <span className="person-role-label">{roleLabels[user.role]}</span>
        <div className="person-role-change">
          <select aria-label={`New role for ${user.name}`} value={role} onChange={(event) => setRole(event.target.value as Role)} disabled={edit.isPending}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button-secondary"
            aria-label={`Change role of ${user.name}`}
            disabled={role === user.role || edit.isPending}
            onClick={() => send({ role })}
          >
            Change role
          </button>
        </div>
      </td>
      <td data-label="Status">
        {user.active ? 'Active' : 'Deactivated'}{' '}
        {user.mustChangePassword && <span className="person-note">Has a one-time password</span>}
      </td>
      <td data-label="Actions owned">
        {user.actionsOwned === 0 ? (
          'None'
        ) : (
          <Link to={`/actions${toSearch({ owner: user.name })}`} aria-label={`${owned} owned by ${user.name}`}>
            {owned}
          </Link>
        )}
      </td>
      <td data-label="Last sign-in">{user.lastSignInAt === null ? 'Never' : `${dateTime.format(new Date(user.lastSignInAt))} UTC`}</td>
      <td data-label="Manage" className="person-actions">
        {confirming === null ? (
          <>
            <button
              type="button"
              className="button-secondary"
              aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.name}`}
              disabled={edit.isPending}
              onClick={() => (user.active ? setConfirming('deactivate') : send({ active: true }))}
            >
              {user.active ? 'Deactivate' : 'Reactivate'}
            </button>
            <button
              type="button"
              className="button-secondary"
              aria-label={`Reset password of ${user.name}`}
              disabled={edit.isPending || !user.active}
              onClick={() => setConfirming('reset')}
            >
              Reset password
            </button>
          </>
        ) : (
          <div role="group" aria-label={`Confirm for ${user.name}`} className="person-confirm">
            <p>
              {confirming === 'deactivate'
                ? `Deactivate ${user.name}? They are signed out at once and cannot sign in until reactivated.`
                : `Reset ${user.name}’s password? Their current password stops working and they are signed out.`}
            </p>
            <button type="button" onClick={() => send(confirming === 'deactivate' ? { active: false } : { resetPassword: true })}>
              {confirming === 'deactivate' ? 'Yes, deactivate' : 'Yes, reset the password'}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        )}
        {edit.error !== null && (
          <p className="form-error" role="alert">
            {edit.error.message} Nothing was changed.
          </p>
        )}
        {reset?.oneTimePassword != null && <OneTimePassword name={user.name} password={reset.oneTimePassword} />}
      </td>
    </tr>
  );
}
