import { useState, type FormEvent } from 'react';
import { minPasswordLength, Password } from '../../../contract/users';
import { fieldErrors } from '../../../contract/errors';
import { FormField } from '../../../components/form-field';
import { serverFieldError } from '../../../components/write-problem';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { useChangePassword } from '../api/change-password';

type Field = 'currentPassword' | 'newPassword' | 'repeat';
const labels: Record<Field, string> = { currentPassword: 'Current password', newPassword: 'New password', repeat: 'New password again' };

function problemsOf(values: Record<Field, string>): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  if (values.currentPassword === '') problems.currentPassword = `${labels.currentPassword} is required.`;
  const parsed = Password.safeParse(values.newPassword);
  if (!parsed.success) problems.newPassword = `${labels.newPassword} ${fieldErrors(parsed.error.issues).body ?? 'is not valid'}.`;
  else if (values.repeat !== values.newPassword) problems.repeat = 'The two new passwords differ: type the same one twice.';
  return problems;
}

// Changes the signed-in person's password; `onChanged` runs once the server has it.
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const change = useChangePassword();
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', repeat: '' });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.reset();
    const found = problemsOf(values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword }, { onSuccess: onChanged, onError: focusFirstInvalid });
  };
  const errorOf = (field: Field) => problems[field] ?? (field === 'repeat' ? undefined : serverFieldError(change.error, field, labels[field]));
  const otherError = change.error !== null && errorOf('currentPassword') === undefined && errorOf('newPassword') === undefined;
  const field = (name: Field, autoComplete: string, hint?: string) => (
    <FormField label={labels[name]} error={errorOf(name)} hint={hint} required>
      {(control) => (
        <input {...control} type="password" autoComplete={autoComplete} value={values[name]} onChange={(event) => setValues({ ...values, [name]: event.target.value })} />
      )}
    </FormField>
  );
  return (
    <form ref={formRef} className="change-password-form" onSubmit={submit} noValidate>
      {field('currentPassword', 'current-password')}
      {field('newPassword', 'new-password', `At least ${minPasswordLength} characters; a few unrelated words are easy to remember and hard to guess.`)}
      {field('repeat', 'new-password')}
      {otherError && (
        <p className="form-error" role="alert">
          {change.error?.message} Your password was not changed.
        </p>
      )}
      <button type="submit" disabled={change.isPending} aria-busy={change.isPending}>
        {change.isPending ? 'Saving…' : 'Change the password'}
      </button>
    </form>
  );
}
