import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api-client';
import { useSignIn } from '../api/sign-in';

export function SignInForm({ next }: { next: string }) {
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: () => void navigate(next, { replace: true }) });
  };

  const error = signIn.error;
  const message = error instanceof ApiError ? error.message.replace(/^Could not save your sign-in: /, '') : error ? 'Signing in failed. Try again.' : null;
  return (
    <form className="sign-in-form" onSubmit={submit} aria-describedby={message ? errorId : undefined} noValidate>
      <label htmlFor={emailId}>Email</label>
      <input
        id={emailId}
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        aria-invalid={error instanceof ApiError && error.fields?.email !== undefined}
      />
      <label htmlFor={passwordId}>Password</label>
      <input
        id={passwordId}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      {message && (
        <p className="form-error" id={errorId} role="alert">
          {message}
        </p>
      )}
      <button type="submit" disabled={signIn.isPending} aria-busy={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
