import type { QueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { writerRoles } from '../../contract/session';
import { quarterLabel, quarterMonths } from '../../domain/quarters';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useSessionUser } from '../../features/auth/api/get-session';
import { usePlan } from '../../features/plan/api/get-plan';
import { updatesDueQueryOptions, useUpdatesDue } from '../../features/reporting/api/get-updates-due';
import { reportingPeriodsQueryOptions, useReportingPeriods } from '../../features/reporting/api/get-reporting-periods';
import { DueReminder, reminderText } from '../../features/reporting/components/due-reminder';
import { UpdatesDueItem } from './updates-due-item';
import { formatCount } from '../../domain/format-count';

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const dateOf = (day: string) => longDate.format(new Date(`${day}T00:00:00Z`));

// What is due, asked for as the app starts.
export function prefetchUpdatesDue(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([queryClient.prefetchQuery(updatesDueQueryOptions()), queryClient.prefetchQuery(reportingPeriodsQueryOptions())]);
}

// What the signed-in person owes this reporting quarter; the director sees
// every missing update, by owner, with a reminder to send.
export function UpdatesDueRoute() {
  useDocumentTitle('Updates due');
  const user = useSessionUser();
  const plan = usePlan();
  const due = useUpdatesDue();
  const periods = useReportingPeriods();
  const director = user?.role === 'admin';
  const canWrite = user !== null && writerRoles.includes(user.role);
  const [savedMessage, setSavedMessage] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  // The recorded action leaves the list with its form: say so, and keep the
  // keyboard's place on the page rather than losing it to the document.
  const saved = (item: { title: string }, quarter: string) => {
    setSavedMessage(`Saved the ${quarterLabel(quarter)} update of “${item.title}”.`);
    statusRef.current?.focus();
  };

  if (due.quarter === null || due.dueDate === null) {
    const published = periods.periods.findLast((p) => p.state === 'published');
    return (
      <div className="updates-due">
        <h1>Updates due</h1>
        <p className="lede">
          No quarter is open for reporting{published === undefined ? '' : `: ${quarterLabel(published.quarter)} is published`}.{' '}
          {quarterLabel(periods.currentQuarter)} is in progress; its updates open when it ends.
        </p>
      </div>
    );
  }
  const openQuarter = due.quarter;
  const quarter = quarterLabel(openQuarter);
  const dueDate = dateOf(due.dueDate);
  return (
    <div className="updates-due">
      <h1>Updates due</h1>
      <p className="lede">
        {quarter} ({quarterMonths(due.quarter)}) is open for reporting; updates are due {dueDate}.{' '}
        {due.total === 0
          ? director
            ? 'Every action under way has its update.'
            : 'You have no update left to record: every action you own has its update.'
          : `${formatCount(due.total)} ${due.total === 1 ? 'update is' : 'updates are'} missing${director ? '' : ' for actions you own'}.`}
      </p>
      <p ref={statusRef} tabIndex={-1} className="form-status" role="status">
        {savedMessage}
      </p>
      {due.owners.map((group, index) => (
        <section key={group.owner} className="due-owner" aria-labelledby={`due-owner-${index}`}>
          <h2 id={`due-owner-${index}`}>
            {director ? group.owner : 'Your actions'} ({group.items.length})
            {director && group.email === null && <span className="review-muted"> · no account matches this owner</span>}
          </h2>
          <ul className="due-list">
            {group.items.map((item) => (
              <UpdatesDueItem key={item.actionId} item={item} quarter={openQuarter} plan={plan} reporting={periods} canWrite={canWrite} onSaved={saved} />
            ))}
          </ul>
          {director && <DueReminder owner={group.owner} text={reminderText(group.owner, due, group.items.map((i) => i.title), dueDate)} />}
        </section>
      ))}
    </div>
  );
}
