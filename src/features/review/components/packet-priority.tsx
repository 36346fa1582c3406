import { statusIds } from '../../../contract/ids';
import type { PacketBenchmark, PacketPriority } from '../../../contract/packet';
import type { FocusArea, Priority } from '../../../contract/plan';
import { previousSchoolYear } from '../../../domain/board-packet';
import { formatCount } from '../../../domain/format-count';
import { formatValue } from '../../../domain/format-measure';
import { quarterLabel, schoolYearLabel } from '../../../domain/quarters';
import { totalOf } from '../../../domain/status-counts';
import { PacketMore } from './packet-more';
import { StatusHeaders } from './status-headers';
import { ReviewActionTable } from './review-action-table';

interface PacketPrioritySectionProps {
  section: PacketPriority;
  priority: Priority;
  priorities: readonly Priority[];
  focusAreas: readonly FocusArea[];
  quarter: string;
  schoolYear: string;
}

function change(b: PacketBenchmark): string {
  if (b.actual === null || b.previousActual === null) return '—';
  const difference = b.actual - b.previousActual;
  if (difference === 0) return 'No change';
  const better = b.direction === 'higher' ? difference > 0 : difference < 0;
  const size = formatValue(Math.abs(difference), b.unit);
  return `${difference > 0 ? 'Up' : 'Down'} ${size} (${better ? 'better' : 'worse'})`;
}

function result(met: boolean | null): string {
  if (met === null) return 'No data';
  return met ? 'Met' : 'Not met';
}

// One priority on paper: its four cells, what changed this quarter with the
// notes, and its measures against their targets.
export function PacketPrioritySection({ section, priority, priorities, focusAreas, quarter, schoolYear }: PacketPrioritySectionProps) {
  const headingId = `packet-priority-${priority.id}`;
  const nameOf = (id: string) => focusAreas.find((f) => f.id === id)?.name ?? id;
  const before = previousSchoolYear(schoolYear);
  return (
    <section className="packet-section packet-priority" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {priority.number}. {priority.title}
      </h2>
      <table className="packet-table packet-cells">
        <caption>
          Its actions by focus area at the end of {quarterLabel(quarter)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Focus area</th>
            <th scope="col">Actions</th>
            <StatusHeaders />
          </tr>
        </thead>
        <tbody>
          {section.cells.map((cell) => (
            <tr key={cell.focusAreaId}>
              <th scope="row">{nameOf(cell.focusAreaId)}</th>
              <td>{formatCount(totalOf(cell.counts))}</td>
              {statusIds.map((status) => (
                <td key={status}>{formatCount(cell.counts[status])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ReviewActionTable
        caption={`Status changes in ${quarterLabel(quarter)}, priority ${priority.number}`}
        rows={section.changes.items}
        columns={['from', 'to', 'percent', 'note']}
        priorities={priorities}
        focusAreas={focusAreas}
        emptyMessage={`No action of this priority changed status in ${quarterLabel(quarter)}.`}
      />
      <PacketMore list={section.changes} where="the quarterly review" />
      {section.benchmarks.length === 0 ? (
        <p className="packet-empty">No benchmark is set for this priority.</p>
      ) : (
        <table className="packet-table">
          <caption>Its benchmarks, {schoolYearLabel(schoolYear)} school year</caption>
          <thead>
            <tr>
              <th scope="col">Benchmark</th>
              <th scope="col">Better when</th>
              <th scope="col">{schoolYearLabel(before)} actual</th>
              <th scope="col">Target</th>
              <th scope="col">Actual</th>
              <th scope="col">Change</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {section.benchmarks.map((b) => (
              <tr key={b.benchmarkId}>
                <th scope="row">{b.name}</th>
                <td>{b.direction === 'higher' ? 'Higher' : 'Lower'}</td>
                <td>{b.previousActual === null ? 'Not reported' : formatValue(b.previousActual, b.unit)}</td>
                <td>{b.target === null ? 'No target' : formatValue(b.target, b.unit)}</td>
                <td>{b.actual === null ? 'Not reported' : formatValue(b.actual, b.unit)}</td>
                <td>{change(b)}</td>
                <td>{result(b.met)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
