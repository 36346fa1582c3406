import { useId, type ReactNode } from 'react';
import './form-field.css';

// What a field's control needs to be named, described and marked invalid.
export interface FieldControl {
  id: string;
  required: boolean;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  className?: string;
  children: (control: FieldControl) => ReactNode;
}

function Marker({ required }: { required: boolean }) {
  return required ? <span className="form-required"> (required)</span> : null;
}

function describedBy(...ids: (string | false)[]): string | undefined {
  const text = ids.filter(Boolean).join(' ');
  return text === '' ? undefined : text;
}

// A label, an optional hint, the control, and the error next to it; the
// control is described by both.
export function FormField({ label, hint, error, required = false, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={className === undefined ? 'form-field' : `form-field ${className}`}>
      <label htmlFor={id}>
        {label}
        <Marker required={required} />
      </label>
      {hint !== undefined && (
        <p className="form-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        required,
        'aria-invalid': error !== undefined,
        'aria-describedby': describedBy(hint !== undefined && hintId, error !== undefined && errorId),
      })}
      {error !== undefined && (
        <p className="form-field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

export interface FieldsetControl {
  invalid: boolean;
}

// The same for a group of radio buttons or checkboxes: the legend names it.
export function FormFieldset({ label, hint, error, required = false, className, children }: Omit<FieldProps, 'children'> & { children: (control: FieldsetControl) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={className === undefined ? 'form-field form-fieldset' : `form-field form-fieldset ${className}`}
      aria-describedby={describedBy(hint !== undefined && hintId, error !== undefined && errorId)}
    >
      <legend>
        {label}
        <Marker required={required} />
      </legend>
      {hint !== undefined && (
        <p className="form-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ invalid: error !== undefined })}
      {error !== undefined && (
        <p className="form-field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
