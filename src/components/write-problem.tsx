import { ApiError } from '../lib/api-client';
import './form-field.css';

interface WriteProblemProps {
  error: unknown;
  // What is being changed: "action", "measure".
  noun: string;
  // What the role may not change: "actions", "benchmark values".
  changes: string;
  // The fields of a 400 that the form shows next to their controls; the
  // others are listed here.
  shownFields: readonly string[];
  fieldLabels: Readonly<Record<string, string>>;
  onReload: () => void;
  reloading: boolean;
}

function otherFields(error: ApiError, shown: readonly string[]): [string, string][] {
  return Object.entries(error.fields ?? {}).filter(([name]) => !shown.includes(fieldOf(name)));
}

// "studentGroups.2" is a problem of the field "studentGroups".
export function fieldOf(name: string): string {
  return name.split('.')[0] ?? name;
}

// A 400's message about one field (or one part of it: "baseline.value"),
// worded to sit next to it: "Owner must be at most 120 characters."
export function serverFieldError(error: unknown, field: string, label: string): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  const found = Object.entries(error.fields ?? {}).find(([name]) => name === field || name.startsWith(`${field}.`));
  return found === undefined ? undefined : `${label} ${found[1]}.`.replace(/\.\.$/, '.');
}

// Why a save failed, in words, with what to do about it. Nothing typed is lost.
export function WriteProblem({ error, noun, changes, shownFields, fieldLabels, onReload, reloading }: WriteProblemProps) {
  if (!(error instanceof ApiError)) {
    return (
      <div className="write-problem" role="alert">
        <p>Saving failed, and nothing was saved. Try again; if it keeps happening, tell the site administrator.</p>
      </div>
    );
  }
  if (error.status === 409) {
    return (
      <div className="write-problem" role="alert">
        <p>
          Someone else changed this {noun} since you opened it. Reload to see their change, then enter yours again.
        </p>
        <p className="write-problem-note">Nothing was saved; what you typed stays in the form.</p>
        <button type="button" className="button-secondary" onClick={onReload} disabled={reloading} aria-busy={reloading}>
          {reloading ? 'Reloading…' : 'Reload'}
        </button>
      </div>
    );
  }
  if (error.status === 403) {
    return (
      <div className="write-problem" role="alert">
        <p>Your role can’t change {changes}. Ask the executive director for staff access.</p>
      </div>
    );
  }
  if (error.status === 401) {
    return (
      <div className="write-problem" role="alert">
        <p>Your session has ended, so nothing was saved. Sign in again, then enter your change again.</p>
      </div>
    );
  }
  if (error.status === 400) {
    const others = otherFields(error, shownFields);
    return (
      <div className="write-problem" role="alert">
        <p>Nothing was saved: the server found a problem. {others.length === 0 ? 'See the message next to the field.' : ''}</p>
        {others.length > 0 && (
          <ul>
            {others.map(([name, message]) => (
              <li key={name}>
                {fieldLabels[fieldOf(name)] ?? name}: {message}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return (
    <div className="write-problem" role="alert">
      <p>{error.message}</p>
    </div>
  );
}
