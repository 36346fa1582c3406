import * as z from 'zod/mini';
import { PriorityId } from './ids';
import { OverviewCell } from './overview';
import { QuarterKey, SchoolYear } from './quarter-key';
import { QuarterSummary } from './reporting';
import { ReviewAction, ReviewBenchmark } from './review';
import { StatusCounts, StatusHistoryQuarter } from './status-history';

// A list cut to what a board packet can hold, saying how many it left out.
export const PacketList = z.object({
  items: z.array(ReviewAction),
  total: z.int().check(z.gte(0)),
});
export type PacketList = z.infer<typeof PacketList>;

export const PacketBenchmark = z.extend(ReviewBenchmark, {
  // The actual of the school year before, for the change since.
  previousActual: z.nullable(z.number()),
});
export type PacketBenchmark = z.infer<typeof PacketBenchmark>;

export const PacketPriority = z.object({
  priorityId: PriorityId,
  // The priority's four cells, as the matrix shows them.
  cells: z.array(OverviewCell),
  // Its actions that changed status this quarter, with their notes.
  changes: PacketList,
  benchmarks: z.array(PacketBenchmark),
});
export type PacketPriority = z.infer<typeof PacketPriority>;

export const PacketCorrection = z.object({
  actionId: z.string(),
  title: z.string(),
  quarter: QuarterKey,
  revisedAt: z.iso.datetime(),
  revisedBy: z.string(),
  reason: z.string(),
});
export type PacketCorrection = z.infer<typeof PacketCorrection>;

// GET /api/quarters/:quarter/packet: the board packet. For a published quarter it is
// the figures as published (kept since), with the corrections made after;
// before publishing, the figures as they stand now.
export const BoardPacket = z.object({
  quarter: QuarterKey,
  previousQuarter: QuarterKey,
  published: z.nullable(z.object({ at: z.iso.datetime(), by: z.string() })),
  summary: QuarterSummary,
  total: StatusCounts,
  previousTotal: StatusCounts,
  cells: z.array(OverviewCell),
  // What needs the board's attention: newly at risk or off track.
  attention: PacketList,
  completed: PacketList,
  trend: z.array(StatusHistoryQuarter),
  priorities: z.array(PacketPriority),
  benchmarkSchoolYear: SchoolYear,
  // The appendix the director may include or leave out.
  overdue: PacketList,
  notReported: PacketList,
  corrections: z.array(PacketCorrection),
  sample: z.boolean(),
});
export type BoardPacket = z.infer<typeof BoardPacket>;

// How many rows of a list a packet carries; the rest are counted.
export const packetListLimit = 40;

// What publishing keeps: the packet's figures and the director's words as
// the board saw them.
export const PublishedPacket = z.omit(BoardPacket, { published: true, corrections: true });
export type PublishedPacket = z.infer<typeof PublishedPacket>;
