import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { fieldErrors } from '../../../contract/errors';
import { SignIn } from '../../../contract/session';
import { FormField } from '../../../components/form-field';
import { ApiError } from '../../../lib/api-client';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { useSignIn, type PrepareNext } from '../api/sign-in';

type Field = 'email' | 'password';
const labels: Record<Field, string> = { email: 'Email', password: 'Password' };

// The contract's field messages (shared with the API), completed with the field's name.
function problemsOf(email: string, password: string): Partial<Record<Field, string>> {
  const result = SignIn.safeParse({ email, password });
  if (result.success) return {};
  const fields = fieldErrors(result.error.issues);
  const problems: Partial<Record<Field, string>> = {};
  for (const field of ['email', 'password'] as const) {
    const message = fields[field];
    if (message !== undefined) problems[field] = `${labels[field]} ${message}.`;
  }
  return problems;
}

export function SignInForm({ next, prepareNext }: { next: string; prepareNext: PrepareNext }) {
  const signIn = useSignIn(prepareNext);
  const navigate = useNavigate();
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.reset();
    const found = problemsOf(email, password);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    signIn.mutate({ email, password }, { onSuccess: () => void navigate(next, { replace: true }), onError: focusFirstInvalid });
  };

  const error = signIn.error;
  const serverFields = error instanceof ApiError ? (error.fields ?? {}) : {};
  const errorOf = (field: Field) => problems[field] ?? (serverFields[field] === undefined ? undefined : `${labels[field]} ${serverFields[field]}.`);
  const message =
    error instanceof ApiError
      ? Object.keys(serverFields).length > 0
        ? null
        : error.message.replace(/^Could not save your sign-in: /, '')
      : error
        ? 'Signing in failed. Try again.'
        : null;
  return (
    <form ref={formRef} className="sign-in-form" onSubmit={submit} noValidate>
      <FormField label={labels.email} error={errorOf('email')}>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        )}
      </FormField>
      <FormField label={labels.password} error={errorOf('password')}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </FormField>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <button type="submit" disabled={signIn.isPending} aria-busy={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
