import './reporting.css';
import { NavLink } from 'react-router';
import { useUpdatesDueCount } from '../api/get-updates-due';

// "Updates due" in the navigation, with how many are missing once known.
export function UpdatesDueLink() {
  const count = useUpdatesDueCount(true);
  return (
    <NavLink to="/updates-due">
      Updates due
      {count !== undefined && count > 0 && (
        <span className="nav-count">
          {count}
          <span className="visually-hidden"> missing</span>
        </span>
      )}
    </NavLink>
  );
}
