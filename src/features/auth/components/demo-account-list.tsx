import { useNavigate } from 'react-router';
import { roleLabels } from '../../../contract/session';
import { ApiError } from '../../../lib/api-client';
import { useDemoAccounts } from '../api/get-demo-accounts';
import { useSignIn, type PrepareNext } from '../api/sign-in';

// Demo mode only: one button per demo account. In production the list is empty
// and nothing shows.
export function DemoAccountList({ next, prepareNext }: { next: string; prepareNext: PrepareNext }) {
  const { accounts, password } = useDemoAccounts();
  const signIn = useSignIn(prepareNext);
  const navigate = useNavigate();
  if (accounts.length === 0 || password === null) return null;
  // Refused, the account's password is no longer the demo's: someone changed
  // it, or the director reset it, in this running demo.
  const chosen = signIn.variables?.email;
  const changed = signIn.error instanceof ApiError && signIn.error.status === 401 && chosen !== undefined;
  return (
    <section className="demo-accounts" aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title">Demo accounts</h2>
      <p className="section-help">
        This is a demonstration: its accounts are examples. Each account’s password is <code>{password}</code>.
      </p>
      <ul>
        {accounts.map((account) => (
          <li key={account.email}>
            <button
              type="button"
              disabled={signIn.isPending}
              onClick={() =>
                signIn.mutate({ email: account.email, password }, { onSuccess: () => void navigate(next, { replace: true }) })
              }
            >
              Sign in as {roleLabels[account.role].toLowerCase()}
              <span className="account-email">{account.email}</span>
            </button>
          </li>
        ))}
      </ul>
      {signIn.error && (
        <p className="form-error" role="alert">
          {changed
            ? `The password of ${chosen} is no longer ${password}: it was changed or reset in this demo. Sign in with the form above and its new password.`
            : signIn.error.message}
        </p>
      )}
    </section>
  );
}
