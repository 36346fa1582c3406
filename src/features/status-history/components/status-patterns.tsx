import { useId } from 'react';
import { statusLabels, type StatusId } from '../../../contract/ids';
import { StatusIcon } from '../../../components/status-icon';

// Each status fills with its colour and its own texture, so the chart still
// reads in black and white and for every kind of colour vision. Colours come
// by class: a style attribute in markup rendered on the server is refused
// by the Content-Security-Policy.
const fill = (status: StatusId) => `history-fill-${status}`;

function Texture({ status }: { status: StatusId }) {
  switch (status) {
    case 'not-started':
      return (
        <>
          <rect width="8" height="8" fill="#fff" />
          <path d="M0 2h8M0 6h8" strokeWidth="1.5" className="history-stroke-not-started" />
        </>
      );
    case 'on-track':
      return (
        <>
          <rect width="8" height="8" className={fill(status)} />
          <path d="M-2 2l4-4M0 8l8-8M6 10l4-4" stroke="#fff" strokeWidth="1.6" />
        </>
      );
    case 'at-risk':
      return (
        <>
          <rect width="8" height="8" className={fill(status)} />
          <circle cx="2" cy="2" r="1.2" fill="#000" />
          <circle cx="6" cy="6" r="1.2" fill="#000" />
        </>
      );
    case 'off-track':
      return (
        <>
          <rect width="8" height="8" className={fill(status)} />
          <path d="M0 0l8 8M8 0l-8 8" stroke="#fff" strokeWidth="1.3" />
        </>
      );
    case 'deferred':
      return (
        <>
          <rect width="8" height="8" className={fill(status)} />
          <path d="M2 0v8M6 0v8" stroke="#fff" strokeWidth="1.5" />
        </>
      );
    case 'completed':
      return <rect width="8" height="8" className={fill(status)} />;
  }
}

export const patternId = (prefix: string, status: StatusId) => `${prefix}-${status}`;

// <pattern>s for an <svg>'s <defs>; ids are unique per prefix (from useId).
export function StatusPatterns({ prefix, statuses }: { prefix: string; statuses: readonly StatusId[] }) {
  return (
    <>
      {statuses.map((status) => (
        <pattern key={status} id={patternId(prefix, status)} width="8" height="8" patternUnits="userSpaceOnUse">
          <Texture status={status} />
        </pattern>
      ))}
    </>
  );
}

// A legend entry: the swatch the chart fills with, the status icon and the word.
export function StatusSwatch({ status }: { status: StatusId }) {
  const prefix = useId().replace(/[^\w-]/g, '');
  return (
    <span className="history-swatch">
      <svg width="18" height="14" aria-hidden="true" focusable="false">
        <defs>
          <StatusPatterns prefix={prefix} statuses={[status]} />
        </defs>
        <rect x="0.5" y="0.5" width="17" height="13" rx="2" fill={`url(#${patternId(prefix, status)})`} stroke="#1b2733" strokeWidth="0.75" />
      </svg>
      <StatusIcon status={status} />
      {statusLabels[status]}
    </span>
  );
}
