import './reporting.css';
import { useState } from 'react';
import type { UpdatesDue } from '../../../contract/reporting';
import { quarterLabel } from '../../../domain/quarters';

// The words of a reminder, for the director to paste into an e-mail to one owner.
export function reminderText(owner: string, due: Pick<UpdatesDue, 'quarter' | 'dueDate'>, titles: readonly string[], dueDate: string): string {
  const quarter = due.quarter === null ? 'this quarter' : quarterLabel(due.quarter);
  return [
    `Hello ${owner},`,
    '',
    `Your ${quarter} update${titles.length === 1 ? ' is' : 's are'} due ${dueDate} for:`,
    ...titles.map((title) => `- ${title}`),
    '',
    'Sign in to Plan Tracker, open "Updates due", and record each one. Thank you!',
  ].join('\n');
}

export function DueReminder({ text, owner }: { text: string; owner: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };
  return (
    <details className="due-reminder">
      <summary>Reminder to {owner}</summary>
      <textarea readOnly rows={Math.min(12, text.split('\n').length + 1)} value={text} aria-label={`Reminder text for ${owner}`} />
      <button type="button" className="button-secondary" onClick={() => void copy()}>
        Copy the reminder
      </button>{' '}
      <span role="status">{copied ? 'Copied.' : ''}</span>
    </details>
  );
}
