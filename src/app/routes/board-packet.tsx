import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Plan } from '../../contract/plan';
import { Notice } from '../../components/notice';
import { packetStatusLine } from '../../domain/board-packet';
import { matrixOfCells } from '../../domain/overview';
import { quarterEndDate, quarterLabel, quarterMonths } from '../../domain/quarters';
import { useDocumentTitle } from '../../lib/use-document-title';
import { usePageMargins } from '../../lib/use-page-margins';
import { PlanMatrix } from '../../features/matrix/components/plan-matrix';
import { usePlan } from '../../features/plan/api/get-plan';
import { boardPacketQueryOptions, useBoardPacket } from '../../features/review/api/get-board-packet';
import { PacketFigures } from '../../features/review/components/packet-figures';
import { PacketMore } from '../../features/review/components/packet-more';
import { PacketPrioritySection } from '../../features/review/components/packet-priority';
import { QuarterSummaryText } from '../../features/reporting/components/quarter-summary-text';
import { ReviewActionTable } from '../../features/review/components/review-action-table';
import { StatusHistoryFigure } from '../../features/status-history/components/status-history-figure';
import { appendixParts, readAppendix, readPacketQuarter, writeAppendix, type AppendixPart } from './board-packet-params';
import type { ScreenLocation } from '../lazy-screen';
import './board-packet.css';

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const formatDate = (iso: string) => longDate.format(new Date(iso));

const appendixLabels: Record<AppendixPart, string> = { overdue: 'Overdue actions', missing: 'Missing updates' };

function Packet({ plan, quarter }: { plan: Plan; quarter: string }) {
  const packet = useBoardPacket(quarter);
  const [params, setParams] = useSearchParams();
  const appendix = readAppendix(params.get('appendix'));
  const label = quarterLabel(quarter);
  const printed = longDate.format(new Date());
  usePageMargins({
    topLeft: `${plan.shortName} board packet · ${label}`,
    topRight: packet.sample ? 'SAMPLE DATA: not the foundation’s results' : '',
    bottomLeft: `Printed ${printed}`,
  });
  const toggle = (part: AppendixPart, on: boolean) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('appendix', writeAppendix(on ? [...appendix, part] : appendix.filter((p) => p !== part)));
      return next;
    }, { replace: true });
  const table = (rows: typeof packet.attention.items, caption: string, columns: Parameters<typeof ReviewActionTable>[0]['columns'], empty: string) => (
    <ReviewActionTable caption={caption} rows={rows} columns={columns} priorities={plan.priorities} focusAreas={plan.focusAreas} emptyMessage={empty} />
  );

  return (
    <article className="packet" aria-labelledby="packet-title">
      <div className="packet-controls">
        <Link to={`/review/${quarter}`}>Back to the review of {label}</Link>
        <fieldset>
          <legend>Appendix</legend>
          {appendixParts.map((part) => (
            <label key={part}>
              <input type="checkbox" checked={appendix.includes(part)} onChange={(event) => toggle(part, event.target.checked)} /> {appendixLabels[part]}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => window.print()}>
          Print / save the board packet
        </button>
      </div>

      <header className="packet-cover">
        <p className="packet-org">
          {plan.organization} · {plan.title}
        </p>
        <h1 id="packet-title">Board packet: {label}</h1>
        <dl className="packet-meta">
          <div>
            <dt>Quarter</dt>
            <dd>
              {label} ({quarterMonths(quarter)})
            </dd>
          </div>
          <div>
            <dt>Data as of</dt>
            <dd>The end of {label}, {formatDate(quarterEndDate(quarter).toISOString())}</dd>
          </div>
          <div>
            <dt>Printed</dt>
            <dd>{printed}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>{packetStatusLine(packet, formatDate)}</dd>
          </div>
        </dl>
        {packet.sample && (
          <p className="packet-sample">
            <strong>Sample data.</strong> The plan’s texts are PEF’s own; the actions, updates and benchmark figures are invented examples, not
            the foundation’s results.
          </p>
        )}
        {packet.corrections.length > 0 && (
          <p className="packet-corrected">
            Corrected after publishing: {packet.corrections.length} {packet.corrections.length === 1 ? 'update was' : 'updates were'} changed (listed at the end).
          </p>
        )}
      </header>

      <section className="packet-section" aria-labelledby="packet-summary-title">
        <h2 id="packet-summary-title">From the executive director</h2>
        <QuarterSummaryText summary={packet.summary} />
      </section>

      <section className="packet-section" aria-labelledby="packet-figures-title">
        <h2 id="packet-figures-title">The plan at the end of {label}</h2>
        <PacketFigures quarter={quarter} previousQuarter={packet.previousQuarter} total={packet.total} previousTotal={packet.previousTotal} />
        <PlanMatrix
          priorities={plan.priorities}
          focusAreas={plan.focusAreas}
          counts={matrixOfCells(packet.cells)}
          cellHref={(priority, focusArea) => `/actions?${new URLSearchParams({ ...(priority && { priority }), ...(focusArea && { focusArea }), quarter })}`}
        />
      </section>

      <section className="packet-section" aria-labelledby="packet-attention-title">
        <h2 id="packet-attention-title">Needs the board’s attention</h2>
        {table(packet.attention.items, `Actions newly at risk or off track in ${label}`, ['from', 'to', 'percent', 'note'], `No action moved into at risk or off track in ${label}.`)}
        <PacketMore list={packet.attention} where="the quarterly review" />
      </section>

      <section className="packet-section" aria-labelledby="packet-trend-title">
        <h2 id="packet-trend-title">Status over time</h2>
        <StatusHistoryFigure
          history={{ quarters: packet.trend }}
          title={`All actions by status, quarter by quarter, to ${label}`}
          headingLevel={3}
          caption={`Actions by status per quarter, to ${label}`}
        />
      </section>

      <section className="packet-section" aria-labelledby="packet-completed-title">
        <h2 id="packet-completed-title">Completed in {label}</h2>
        {table(packet.completed.items, `Actions completed in ${label}`, ['due', 'note'], `No action was completed in ${label}.`)}
        <PacketMore list={packet.completed} where="the quarterly review" />
      </section>

      {packet.priorities.map((section) => {
        const priority = plan.priorities.find((p) => p.id === section.priorityId);
        return priority === undefined ? null : (
          <PacketPrioritySection
            key={section.priorityId}
            section={section}
            priority={priority}
            priorities={plan.priorities}
            focusAreas={plan.focusAreas}
            quarter={quarter}
            schoolYear={packet.benchmarkSchoolYear}
          />
        );
      })}

      {appendix.length > 0 && (
        <section className="packet-section packet-new-page" aria-labelledby="packet-appendix-title">
          <h2 id="packet-appendix-title">Appendix</h2>
          {appendix.includes('overdue') && (
            <>
              <h3>Overdue actions</h3>
              {table(packet.overdue.items, `Actions past their due quarter at the end of ${label}`, ['due', 'to', 'percent', 'lastUpdate'], `No open action was past its due quarter in ${label}.`)}
              <PacketMore list={packet.overdue} where="the quarterly review" />
            </>
          )}
          {appendix.includes('missing') && (
            <>
              <h3>Missing updates</h3>
              {table(packet.notReported.items, `Actions under way with no update for ${label}`, ['to', 'percent', 'lastUpdate'], `Every action under way reported an update for ${label}.`)}
              <PacketMore list={packet.notReported} where="the quarterly review" />
            </>
          )}
        </section>
      )}

      {packet.corrections.length > 0 && (
        <section className="packet-section" aria-labelledby="packet-corrections-title">
          <h2 id="packet-corrections-title">Corrections after publishing</h2>
          <table className="packet-table">
            <caption>Updates changed after {label} was published</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Quarter</th>
                <th scope="col">Changed</th>
                <th scope="col">By</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {packet.corrections.map((c) => (
                <tr key={`${c.actionId}-${c.revisedAt}`}>
                  <th scope="row">{c.title}</th>
                  <td>{quarterLabel(c.quarter)}</td>
                  <td>{formatDate(c.revisedAt)}</td>
                  <td>{c.revisedBy}</td>
                  <td>{c.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </article>
  );
}

// The packet a cold load opens on, asked for as the app starts.
export function prefetchBoardPacket(queryClient: QueryClient, { params }: ScreenLocation): Promise<void> {
  const checked = readPacketQuarter(params.quarter);
  return checked.ok ? queryClient.prefetchQuery(boardPacketQueryOptions(checked.quarter)) : Promise.resolve();
}

export function BoardPacketRoute() {
  const plan = usePlan();
  const { quarter: raw } = useParams();
  const checked = readPacketQuarter(raw);
  useDocumentTitle(checked.ok ? `Board packet ${quarterLabel(checked.quarter)}` : 'Board packet');
  if (!checked.ok) {
    return (
      <div className="packet">
        <h1>Board packet</h1>
        <Notice>The link’s quarter {checked.problem}, so there is no packet to show.</Notice>
        <p>
          <Link to="/review">Go to the latest quarterly review</Link>
        </p>
      </div>
    );
  }
  return <Packet plan={plan} quarter={checked.quarter} />;
}
