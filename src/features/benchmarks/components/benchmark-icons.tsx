import type { Direction } from '../../../contract/benchmarks';

// Shapes that go beside the words, never instead of them, so neither a result
// nor a direction rests on colour alone.

export function MetIcon({ met }: { met: boolean | null }) {
  const kind = met === null ? 'unknown' : met ? 'met' : 'not-met';
  return (
    <svg className={`met-icon met-icon-${kind}`} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {met === null ? (
        <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3 2" />
      ) : met ? (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.5 8.2 7 10.5l4.5-5" fill="none" stroke="#fff" strokeWidth="1.9" strokeLinecap="round" strokeLinejoin="round" />
        </>
      ) : (
        <>
          <rect x="1.5" y="1.5" width="13" height="13" rx="2" fill="currentColor" />
          <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}

export function DirectionIcon({ direction }: { direction: Direction }) {
  return (
    <svg className="direction-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path
        d={direction === 'higher' ? 'M7 12V2M3 6l4-4 4 4' : 'M7 2v10M3 8l4 4 4-4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
