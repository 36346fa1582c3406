import type { ReactNode } from 'react';
import type { ImportResult } from '../../../contract/spreadsheet-import';

// A list longer than this starts folded, so the counts and the problems stay in view.
const openUpTo = 10;

interface OutcomeListProps {
  readonly title: string;
  readonly items: readonly { readonly id: string; readonly detail?: string }[];
  readonly itemOf: (id: string) => ReactNode;
}

function OutcomeList({ title, items, itemOf }: OutcomeListProps) {
  if (items.length === 0) return null;
  return (
    <details className="import-list" open={items.length <= openUpTo}>
      <summary>
        {title} ({items.length.toLocaleString('en-US')})
      </summary>
      <ul>
        {items.map(({ id, detail }) => (
          <li key={id}>
            {itemOf(id)}
            {detail !== undefined && <span className="import-list-detail"> ({detail})</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

interface ImportOutcomeProps {
  readonly result: ImportResult;
  // "action", "update", "benchmark".
  readonly noun: string;
  readonly itemOf: (id: string) => ReactNode;
  readonly fieldLabel: (field: string) => string;
}

const counted = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

// What a check found the file would do, or what an import did: counts first,
// then the records of each kind, folded when long.
export function ImportOutcome({ result, noun, itemOf, fieldLabel }: ImportOutcomeProps) {
  const { created, changed, unchanged } = result;
  const verbs = result.written ? ['created', 'changed', 'already as the file says'] : ['to create', 'to change', 'already as the file says'];
  return (
    <div className="import-outcome">
      <ul className="import-counts">
        <li>
          <strong>{counted(created.length, noun)}</strong> {verbs[0]}
        </li>
        <li>
          <strong>{counted(changed.length, noun)}</strong> {verbs[1]}
        </li>
        <li>
          <strong>{counted(unchanged.length, noun)}</strong> {verbs[2]}
        </li>
      </ul>
      <OutcomeList title={result.written ? 'Created' : 'New'} items={created.map((id) => ({ id }))} itemOf={itemOf} />
      <OutcomeList title="Changed" items={changed.map(({ id, fields }) => ({ id, detail: fields.map(fieldLabel).join(', ') }))} itemOf={itemOf} />
      <OutcomeList title="Unchanged" items={unchanged.map((id) => ({ id }))} itemOf={itemOf} />
    </div>
  );
}
