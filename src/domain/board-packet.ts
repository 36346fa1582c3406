import type { Benchmark } from '../contract/benchmarks';
import { priorityIds, type PriorityId } from '../contract/ids';
import type { OverviewCell } from '../contract/overview';
import type { BoardPacket, PacketBenchmark, PacketList, PacketPriority } from '../contract/packet';
import { packetListLimit } from '../contract/packet';
import type { ReviewAction } from '../contract/review';
import { reviewBenchmark } from './quarterly-review';
import { schoolYearStart } from './quarters';

// The school year before `schoolYear` ("2024-25" → "2023-24").
export function previousSchoolYear(schoolYear: string): string {
  const start = schoolYearStart(schoolYear) - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

export function packetList(items: readonly ReviewAction[], total: number = items.length): PacketList {
  return { items: items.slice(0, packetListLimit), total };
}

// A measure as the packet shows it: the school year's target and actual,
// whether it was met, and the actual of the year before for the change.
export function packetBenchmark(benchmark: Benchmark, schoolYear: string): PacketBenchmark {
  const before = previousSchoolYear(schoolYear);
  const previous = benchmark.years.find((y) => y.schoolYear === before)?.actual ?? (benchmark.baseline.schoolYear === before ? benchmark.baseline.value : null);
  return { ...reviewBenchmark(benchmark, schoolYear), previousActual: previous };
}

export interface PriorityChanges {
  readonly items: readonly ReviewAction[];
  readonly total: number;
}

// One section per priority, in the plan's order: its four cells, its
// changes this quarter (with their notes) and its measures.
export function packetPriorities(
  cells: readonly OverviewCell[],
  changes: ReadonlyMap<PriorityId, PriorityChanges>,
  benchmarks: readonly Benchmark[],
  schoolYear: string,
): PacketPriority[] {
  return priorityIds.map((priorityId) => {
    const own = changes.get(priorityId);
    return {
      priorityId,
      cells: cells.filter((cell) => cell.priorityId === priorityId),
      changes: packetList(own?.items ?? [], own?.total ?? 0),
      benchmarks: benchmarks.filter((b) => b.priorityId === priorityId).map((b) => packetBenchmark(b, schoolYear)),
    };
  });
}

// How the status of the packet reads at a glance: published (when and by
// whom) or a draft of figures that may still move.
export function packetStatusLine(packet: Pick<BoardPacket, 'published'>, formatDate: (iso: string) => string): string {
  return packet.published === null
    ? 'Draft: not yet published; figures may still change'
    : `Published ${formatDate(packet.published.at)} by ${packet.published.by}`;
}
