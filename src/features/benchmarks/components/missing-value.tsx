// A missing figure is said in words: a blank or a zero would read as a result.

export function NotReported({ text = 'Not yet reported' }: { text?: string }) {
  return <span className="benchmark-missing">{text}</span>;
}

// A dash for a cell that has no figure by design, with its reason for screen readers.
export function Dash({ reason }: { reason: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{reason}</span>
    </>
  );
}
