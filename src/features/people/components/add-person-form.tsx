import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../contract/errors';
import { roleLabels, roles, type Role } from '../../../contract/session';
import { NewUser, type UserWrite } from '../../../contract/users';
import { FormField } from '../../../components/form-field';
import { serverFieldError } from '../../../components/write-problem';
import { ApiError } from '../../../lib/api-client';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { useCreateUser } from '../api/create-user';
import { OneTimePassword } from './one-time-password';

type Field = 'name' | 'email' | 'role';
const labels: Record<Field, string> = { name: 'Name', email: 'Email', role: 'Role' };

// The contract's field messages (shared with the API), completed with the field's name.
function problemsOf(input: Record<Field, string>): Partial<Record<Field, string>> {
  const result = NewUser.safeParse(input);
  if (result.success) return {};
  const fields = fieldErrors(result.error.issues);
  return Object.fromEntries(Object.entries(fields).map(([field, why]) => [field, `${labels[field as Field] ?? field} ${why}.`]));
}

export function AddPersonForm() {
  const create = useCreateUser();
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const [values, setValues] = useState<Record<Field, string>>({ name: '', email: '', role: 'staff' });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [created, setCreated] = useState<UserWrite | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.reset();
    setCreated(null);
    const found = problemsOf(values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    create.mutate(NewUser.parse(values), {
      onSuccess: (answer) => {
        setCreated(answer);
        setValues({ name: '', email: '', role: values.role });
      },
      onError: focusFirstInvalid,
    });
  };
  const errorOf = (field: Field) =>
    problems[field] ??
    serverFieldError(create.error, field, labels[field]) ??
    (field === 'email' && create.error instanceof ApiError && create.error.status === 409 ? `${values.email} already has an account.` : undefined);
  const otherError = create.error !== null && errorOf('name') === undefined && errorOf('email') === undefined && errorOf('role') === undefined;
  const set = (field: Field) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  return (
    <section className="add-person" aria-labelledby="add-person-title">
      <h2 id="add-person-title">Add a person</h2>
      <form ref={formRef} onSubmit={submit} noValidate>
        <div className="add-person-fields">
          <FormField label={labels.name} error={errorOf('name')} required>
            {(control) => <input {...control} autoComplete="off" value={values.name} onChange={set('name')} />}
          </FormField>
          <FormField label={labels.email} error={errorOf('email')} required>
            {(control) => <input {...control} type="email" autoComplete="off" value={values.email} onChange={set('email')} />}
          </FormField>
          <FormField label={labels.role} error={errorOf('role')} required>
            {(control) => (
              <select {...control} value={values.role} onChange={set('role')}>
                {roles.map((role: Role) => (
                  <option key={role} value={role}>
                    {roleLabels[role]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        {otherError && (
          <p className="form-error" role="alert">
            {create.error?.message} Nobody was added.
          </p>
        )}
        <button type="submit" disabled={create.isPending} aria-busy={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add the person'}
        </button>
      </form>
      {created !== null && created.oneTimePassword !== null && <OneTimePassword name={created.user.name} password={created.oneTimePassword} />}
    </section>
  );
}
