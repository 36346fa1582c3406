import type { QueryClient } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AuditFilters } from '../../contract/audit';
import { Notice } from '../../components/notice';
import { pageCount } from '../../domain/paginate';
import { toSearch } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { auditQueryOptions, useAudit } from '../../features/audit/api/get-audit';
import { AuditFiltersForm } from '../../features/audit/components/audit-filters-form';
import { AuditTable } from '../../features/audit/components/audit-table';
import { usersQueryOptions, useUsers } from '../../features/people/api/get-users';
import { AdminOnly } from './admin-only';
import { auditPageSize, auditParamKeys, readAuditParams, type AuditParamKey } from './admin-audit-params';
import { formatCount } from '../../domain/format-count';
import type { ScreenLocation } from '../lazy-screen';
import './admin-audit.css';

type Changes = Partial<Record<AuditParamKey, string | undefined>>;

const auditQueryOf = (filters: AuditFilters) => ({ ...filters, limit: auditPageSize });

// The log and the people it names, asked for as the app starts.
export function prefetchAudit(queryClient: QueryClient, { search }: ScreenLocation): Promise<unknown> {
  const audit = auditQueryOptions(auditQueryOf(readAuditParams(search).value));
  return Promise.all([queryClient.prefetchQuery(audit), queryClient.prefetchQuery(usersQueryOptions())]);
}

function Audit() {
  const [searchParams, setSearchParams] = useSearchParams();
  // The last page stays on screen while the next one loads.
  const search = useDeferredValue(searchParams.toString());
  const pending = search !== searchParams.toString();
  const { value: filters, ignored } = readAuditParams(new URLSearchParams(search));
  const page = filters.page ?? 1;
  const { items, total } = useAudit(auditQueryOf(filters));
  const { items: people } = useUsers();
  const filtered = auditParamKeys.some((key) => key !== 'page' && filters[key] !== undefined);
  const pages = pageCount(total, auditPageSize);

  const urlWith = (changes: Changes) => {
    const current: Changes = Object.fromEntries([...searchParams].filter(([key]) => !(key in ignored)));
    return toSearch({ ...current, page: undefined, ...changes });
  };
  const pageHref = (to: number) => urlWith({ page: to === 1 ? undefined : String(to) });
  const first = (page - 1) * auditPageSize + 1;

  return (
    <div className="audit-page" aria-busy={pending}>
      <h1>Audit</h1>
      <p className="lede" role="status">
        {total === 0
          ? filtered
            ? 'No change matches these filters. Widen the dates, or choose another person or kind of change.'
            : 'Nothing has been changed in the app yet: the log starts with the first change someone saves.'
          : `${formatCount(total)} ${total === 1 ? 'change' : 'changes'}${filtered ? (total === 1 ? ' matches these filters' : ' match these filters') : ' in all'}, newest first.`}
      </p>
      {Object.entries(ignored).map(([key, why]) => (
        <Notice key={key}>
          The link’s {key} {why}, so it is ignored.
        </Notice>
      ))}
      <AuditFiltersForm key={search} people={people} values={filters} onApply={(values) => setSearchParams(urlWith(values))} />
      {filtered && (
        <p>
          <Link to={urlWith(Object.fromEntries(auditParamKeys.map((key) => [key, undefined])))}>Clear the filters</Link>
        </p>
      )}
      {items.length > 0 && <AuditTable entries={items} people={people} />}
      {total > 0 && (
        <nav className="audit-pagination" aria-label="Pages of the audit log">
          <p>
            {page > pages ? `Page ${page} is past the end of the log.` : `Showing ${formatCount(first)}–${formatCount(Math.min(page * auditPageSize, total))} of ${formatCount(total)}.`}
          </p>
          {pages > 1 && (
            <ul>
              <li>{page > 1 ? <Link to={pageHref(Math.min(page - 1, pages))}>Newer</Link> : <span className="audit-muted">Newer</span>}</li>
              <li aria-current="page">
                Page {Math.min(page, pages)} of {pages}
              </li>
              <li>{page < pages ? <Link to={pageHref(page + 1)}>Older</Link> : <span className="audit-muted">Older</span>}</li>
            </ul>
          )}
        </nav>
      )}
    </div>
  );
}

export function AuditRoute() {
  useDocumentTitle('Audit');
  return (
    <AdminOnly title="Audit">
      <Audit />
    </AdminOnly>
  );
}
