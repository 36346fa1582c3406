import type { StatusId } from '../contract/ids';

// A distinct shape per status, so status never rests on colour alone (and
// survives black-and-white printing).
const shapes: Record<StatusId, React.ReactNode> = {
  'not-started': <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" />,
  'on-track': (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M5 8h5M8 5l3 3-3 3" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  'at-risk': (
    <>
      <path d="M8 1.5 15 14.5H1Z" fill="currentColor" />
      <path d="M8 6v4M8 12v.5" stroke="#000" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
  'off-track': (
    <>
      <rect x="1.5" y="1.5" width="13" height="13" rx="2" fill="currentColor" />
      <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
  completed: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M4.5 8.2 7 10.5l4.5-5" fill="none" stroke="#fff" strokeWidth="1.9" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  deferred: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M6 5v6M10 5v6" stroke="#fff" strokeWidth="1.9" strokeLinecap="round" />
    </>
  ),
};

export function StatusIcon({ status, size = 16 }: { status: StatusId; size?: number }) {
  return (
    <svg
      className={`status-icon status-${status}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {shapes[status]}
    </svg>
  );
}
