import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { roleLabels, type SessionUser } from '../../../contract/session';
import { changePasswordPath } from '../api/change-password';
import { useSignOut } from '../api/sign-out';

export function UserMenu({ user }: { user: SessionUser }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <div className="user-menu">
      <span>
        {user.name} <span className="user-role">({roleLabels[user.role]})</span>
      </span>
      <Link to={changePasswordPath}>Change password</Link>
      <button
        type="button"
        disabled={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, {
            // Leave the signed-in screens first, then forget their data.
            onSuccess: () => {
              void navigate('/sign-in?signedOut=1', { replace: true });
              queryClient.clear();
            },
          })
        }
      >
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
      {signOut.isError && (
        <p className="user-menu-problem" role="alert">
          {signOut.error.message} You are still signed in.
        </p>
      )}
    </div>
  );
}
