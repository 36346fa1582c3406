import { Link } from 'react-router';
import { StatusBadge } from '../../components/status-badge';
import { quarterLabel, quarterMonths } from '../../domain/quarters';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useSessionUser } from '../../features/auth/api/get-session';
import { usePlan } from '../../features/plan/api/get-plan';
import { useUpdatesDue } from '../../features/reporting/api/get-updates-due';
import { useReportingPeriods } from '../../features/reporting/api/get-reporting-periods';
import { DueReminder, reminderText } from '../../features/reporting/components/due-reminder';

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const dateOf = (day: string) => longDate.format(new Date(`${day}T00:00:00Z`));

// What the signed-in person owes this reporting quarter; the director sees
// every missing update, by owner, with a reminder to send.
export function UpdatesDueRoute() {
  useDocumentTitle('Updates due');
  const user = useSessionUser();
  const plan = usePlan();
  const due = useUpdatesDue();
  const periods = useReportingPeriods();
  const director = user?.role === 'admin';
  const priorityOf = (id: string) => plan.priorities.find((p) => p.id === id);
  const focusAreaOf = (id: string) => plan.focusAreas.find((f) => f.id === id)?.name ?? id;

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
  const quarter = quarterLabel(due.quarter);
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
          : `${due.total} ${due.total === 1 ? 'update is' : 'updates are'} missing${director ? '' : ' for actions you own'}.`}
      </p>
      {due.owners.map((group, index) => (
        <section key={group.owner} className="due-owner" aria-labelledby={`due-owner-${index}`}>
          <h2 id={`due-owner-${index}`}>
            {director ? group.owner : 'Your actions'} ({group.items.length})
            {director && group.email === null && <span className="review-muted"> · no account matches this owner</span>}
          </h2>
          <ul className="due-list">
            {group.items.map((item) => {
              const priority = priorityOf(item.priorityId);
              return (
                <li key={item.actionId}>
                  <span>
                    <Link to={`/actions/${encodeURIComponent(item.actionId)}?quarter=${due.quarter}#update`}>{item.title}</Link>
                    <br />
                    <span className="review-muted">
                      {priority === undefined ? item.priorityId : `${priority.number}. ${priority.title}`} · {focusAreaOf(item.focusAreaId)}
                      {item.sample && ' · sample data'}
                    </span>
                  </span>
                  <span>
                    Last known: <StatusBadge status={item.status} />{' '}
                    <Link to={`/actions/${encodeURIComponent(item.actionId)}?quarter=${due.quarter}#update`} aria-label={`Record the update of ${item.title}`}>
                      Record the update
                    </Link>
                  </span>
                </li>
              );
            })}
          </ul>
          {director && <DueReminder owner={group.owner} text={reminderText(group.owner, due, group.items.map((i) => i.title), dueDate)} />}
        </section>
      ))}
    </div>
  );
}
