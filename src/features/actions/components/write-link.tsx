import { Link } from 'react-router';
import './write-link.css';

// A link that starts a change ("New action", "Edit action"), drawn as a button.
export function WriteLink({ to, label, state }: { to: string; label: string; state?: unknown }) {
  return (
    <Link className="write-link" to={to} state={state}>
      {label}
    </Link>
  );
}
