import { priorityIds } from '../../src/contract/ids';
import { PublishedPacket, packetListLimit, type BoardPacket, type PacketCorrection } from '../../src/contract/packet';
import { packetList, packetPriorities } from '../../src/domain/board-packet';
import { matrixOfCells } from '../../src/domain/overview';
import { latestCompleteSchoolYear, reviewQuartersOf } from '../../src/domain/quarterly-review';
import { hasEnded } from '../../src/domain/reporting-periods';
import { outsidePeriodProblem } from '../../src/domain/plan-period';
import { previousQuarter, quarterLabel, quarterRange } from '../../src/domain/quarters';
import { statusHistoryOf } from '../../src/domain/status-history';
import { HttpError } from '../http/http-error';
import type { Store } from '../store/store';
import { quarterOfParam } from './reporting';
import { requirePlan } from './read-scope';

// The packet as it stands now: what a draft shows and what publishing keeps.
// Every list is cut to what a packet holds, so its size does not grow with the plan.
export async function currentPacket(store: Store, quarter: string): Promise<PublishedPacket> {
  const plan = await requirePlan(store);
  const quarters = reviewQuartersOf(plan.period, quarter);
  const first = { page: 1, pageSize: packetListLimit };
  const trendQuarters = quarterRange(plan.period.startQuarter, quarter);
  const schoolYear = latestCompleteSchoolYear(quarter);
  const [summary, overview, counts, benchmarks, attention, completed, overdue, notReported, words, changes] = await Promise.all([
    store.reads.reviewSummary(quarters),
    store.reads.overview(quarter),
    store.reads.statusCounts({}, trendQuarters),
    store.benchmarks(),
    store.reads.reviewList(quarters, 'newlyAtRisk', first),
    store.reads.reviewList(quarters, 'completed', first),
    store.reads.reviewList(quarters, 'overdue', first),
    store.reads.reviewList(quarters, 'notReported', first),
    store.reporting.summary(quarter, true),
    Promise.all(priorityIds.map(async (priority) => [priority, await store.reads.reviewList(quarters, 'changes', first, { priority })] as const)),
  ]);
  return {
    quarter,
    previousQuarter: previousQuarter(quarter),
    summary: words,
    total: matrixOfCells(overview.cells).total,
    previousTotal: summary.previousCounts,
    cells: overview.cells,
    attention: packetList(attention.items, attention.total),
    completed: packetList(completed.items, completed.total),
    trend: statusHistoryOf(trendQuarters, quarter, counts),
    priorities: packetPriorities(overview.cells, new Map(changes), benchmarks, schoolYear),
    benchmarkSchoolYear: schoolYear,
    overdue: packetList(overdue.items, overdue.total),
    notReported: packetList(notReported.items, notReported.total),
    sample: overview.sample || summary.sample || benchmarks.some((b) => b.sample),
  };
}

async function correctionsOf(store: Store, quarter: string): Promise<PacketCorrection[]> {
  const revisions = await store.reporting.revisions(quarter);
  return Promise.all(
    revisions.map(async (r) => ({
      actionId: r.actionId,
      title: (await store.reads.actionRecord(r.actionId))?.title ?? r.actionId,
      quarter: r.quarter,
      revisedAt: r.revisedAt,
      revisedBy: r.revisedBy,
      reason: r.reason,
    })),
  );
}

// A published quarter's packet is the one the board was shown, with the
// corrections made since; otherwise the figures as they stand.
export async function boardPacket(store: Store, quarterParam: unknown, now: Date): Promise<BoardPacket> {
  const quarter = quarterOfParam(quarterParam);
  const plan = await requirePlan(store);
  const problem =
    outsidePeriodProblem(quarter, plan.period) ??
    (!hasEnded(quarter, now)
      ? `has not ended yet; the packet of ${quarterLabel(quarter)} can be printed once it ends`
      : null);
  if (problem !== null) throw new HttpError('bad_request', `Invalid path parameter: quarter ${problem}.`, { quarter: problem });
  const publication = (await store.reporting.publications()).find((p) => p.quarter === quarter && p.published);
  const kept = publication === undefined ? undefined : PublishedPacket.safeParse(await store.reporting.publishedSnapshot(quarter));
  const packet = kept?.success === true ? kept.data : await currentPacket(store, quarter);
  return {
    ...packet,
    summary: { ...packet.summary, draft: publication === undefined },
    published: publication === undefined ? null : { at: publication.publishedAt, by: publication.publishedBy },
    corrections: await correctionsOf(store, quarter),
  };
}
