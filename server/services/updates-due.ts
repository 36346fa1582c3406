import type { SessionUser } from '../../src/contract/session';
import type { UpdatesDue } from '../../src/contract/reporting';
import { reviewQuartersOf } from '../../src/domain/quarterly-review';
import { reportingDueDate, reportingQuarter } from '../../src/domain/reporting-periods';
import { ownerKey } from '../../src/domain/owner-key';
import type { Store } from '../store/store';
import { publicationsNow, reportingPeriods } from './reporting';
import { requirePlan } from './read-scope';

// At most this many missing updates are listed for the director at once.
export const updatesDueLimit = 500;

// The actions lacking an update for the quarter open for reporting: the
// signed-in person's own, or everyone's (grouped by owner) for an admin.
export async function updatesDue(store: Store, user: SessionUser, now: Date): Promise<UpdatesDue> {
  const plan = await requirePlan(store);
  const quarter = reportingQuarter(plan.period, now, await publicationsNow(store));
  if (quarter === null) return { quarter: null, dueDate: null, total: 0, owners: [] };
  const { dueDays } = await reportingPeriods(store, now);
  const everyone = user.role === 'admin';
  const { items, total } = await store.reads.reviewList(
    reviewQuartersOf(plan.period, quarter),
    'notReported',
    { page: 1, pageSize: updatesDueLimit },
    everyone ? {} : { owner: user.name },
  );
  // Who to remind: the active account each owner's name matches (accounts are few).
  const accounts = everyone ? (await store.accounts.userAccounts()).filter((account) => account.active) : [user];
  const emails = new Map(accounts.map((account) => [ownerKey(account.name), account.email]));
  const groups = new Map<string, UpdatesDue['owners'][number]>();
  for (const row of items) {
    const key = ownerKey(row.owner);
    const group = groups.get(key) ?? { owner: row.owner, email: emails.get(key) ?? null, items: [] };
    group.items.push({ actionId: row.actionId, title: row.title, owner: row.owner, priorityId: row.priorityId, focusAreaId: row.focusAreaId, status: row.from, sample: row.sample });
    groups.set(key, group);
  }
  const owners = [...groups.values()].sort((a, b) => a.owner.localeCompare(b.owner, 'en-US'));
  return { quarter, dueDate: reportingDueDate(quarter, dueDays).toISOString().slice(0, 10), total, owners };
}
