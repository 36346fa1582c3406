import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useSessionUser } from '../../features/auth/api/get-session';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { safeNextPath } from './safe-next-path';
import './sign-in.css';

// Everyone's own password. After a sign-in with a one-time password the app
// sends the person here first, then on to where they were going.
export function AccountPasswordRoute() {
  useDocumentTitle('Change your password');
  const user = useSessionUser();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [changed, setChanged] = useState(false);
  const next = params.get('next');
  const forced = user?.mustChangePassword === true;
  return (
    <div className="sign-in">
      <h1>Change your password</h1>
      {forced ? (
        <p className="notice" role="status">
          You signed in with a one-time password. Choose your own password to continue; until then you can look but not change anything.
        </p>
      ) : (
        <p className="lede">Your other sessions (on other browsers or devices) are signed out when you change it.</p>
      )}
      {changed ? (
        <p className="notice" role="status">
          Your password is changed. <Link to={safeNextPath(next)}>Continue</Link>
        </p>
      ) : (
        <ChangePasswordForm
          onChanged={() => {
            if (next === null) setChanged(true);
            else void navigate(safeNextPath(next), { replace: true });
          }}
        />
      )}
    </div>
  );
}
