import { useState, type ChangeEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { importKinds, ImportKind, type ImportResult } from '../../contract/spreadsheet-import';
import { useSessionUser } from '../../features/auth/api/get-session';
import { usePlan } from '../../features/plan/api/get-plan';
import { useImportFile } from '../../features/import/api/import-file';
import { ImportOutcome } from '../../features/import/components/import-outcome';
import { ImportProblems } from '../../features/import/components/import-problems';
import { UploadProgress } from '../../features/import/components/upload-progress';
import { importedActionId, importFieldLabel, importKindLabels } from '../../features/import/utils/import-kinds';
import { ClearSampleData } from '../../features/sample-data/components/clear-sample-data';
import './admin-import.css';

interface Checked {
  readonly file: File;
  readonly result: ImportResult;
}

const formatOf = (file: File) => (file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');

// The director brings the foundation's plan in from a spreadsheet: every
// file is checked first (a dry run), and imported only when all of it is right.
export function AdminImportRoute() {
  useDocumentTitle('Import');
  const user = useSessionUser();
  const plan = usePlan();
  const [searchParams, setSearchParams] = useSearchParams();
  const parsedKind = ImportKind.safeParse(searchParams.get('kind'));
  const kind: ImportKind = parsedKind.success ? parsedKind.data : 'actions';
  const upload = useImportFile();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [imported, setImported] = useState<Checked | null>(null);

  if (user?.role !== 'admin') return <Navigate to="/" replace />;

  const labels = importKindLabels[kind];
  const fieldLabel = importFieldLabel(kind, plan);
  const itemOf = (id: string) => {
    const actionId = importedActionId(kind, id);
    return actionId === null ? id : <Link to={`/actions/${encodeURIComponent(actionId)}`}>{id}</Link>;
  };
  const chooseKind = (next: ImportKind) => {
    setChecked(null);
    setImported(null);
    upload.reset();
    setSearchParams({ kind: next }, { replace: true });
  };
  const check = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    setChecked(null);
    setImported(null);
    upload.mutate({ kind, file, dryRun: true }, { onSuccess: (result) => setChecked({ file, result }) });
  };
  const write = () => {
    if (checked === null) return;
    const { file } = checked;
    upload.mutate({ kind, file, dryRun: false }, { onSuccess: (result) => (setImported({ file, result }), setChecked(null)) });
  };
  const result = checked?.result;
  const writable = result !== undefined && result.problems.length === 0 && result.created.length + result.changed.length > 0;
  const rows = result === undefined ? 0 : result.created.length + result.changed.length;

  return (
    <div className="admin-import">
      <h1>Import</h1>
      <p className="lede">
        Bring the foundation’s plan in from a spreadsheet (CSV or Excel .xlsx) with the columns of the template or of an export. The file is
        checked first; nothing is written until every row is right, and importing the same file again changes nothing.
      </p>

      <section aria-labelledby="import-file-title" className="import-step">
        <h2 id="import-file-title">Import a file</h2>
        <fieldset className="import-kinds">
          <legend>What the file holds</legend>
          {importKinds.map((k) => (
            <label key={k}>
              <input type="radio" name="kind" value={k} checked={k === kind} onChange={() => chooseKind(k)} /> {importKindLabels[k].title}
            </label>
          ))}
        </fieldset>
        <p className="section-help">{labels.hint}</p>
        <p>
          Template of the columns: <a href={`/api/import/${kind}/template.csv`} download>{labels.title} template (CSV)</a> ·{' '}
          <a href={`/api/import/${kind}/template.xlsx`} download>{labels.title} template (Excel)</a>
        </p>
        <label className="import-file">
          <span>Choose a file of {kind} to check (at most 20 MB and 50,000 rows)</span>
          <input type="file" accept=".csv,.xlsx,text/csv" onChange={check} disabled={upload.isPending} />
        </label>
        {upload.progress !== null && <UploadProgress progress={upload.progress} />}
        {upload.error !== null && (
          <p className="form-error" role="alert">
            {upload.error instanceof ApiError ? upload.error.message : 'The file could not be sent, and nothing was imported. Try again.'}
          </p>
        )}
      </section>

      {checked !== null && result !== undefined && (
        <section aria-labelledby="import-check-title" className="import-step">
          <h2 id="import-check-title">What {checked.file.name} would do</h2>
          <ImportOutcome result={result} noun={labels.noun} itemOf={itemOf} fieldLabel={fieldLabel} />
          {result.problems.length > 0 && <ImportProblems problems={result.problems} format={formatOf(checked.file)} />}
          {result.problems.length === 0 && rows === 0 && <p>Everything in the file is already in the plan as it says: there is nothing to import.</p>}
          {writable && (
            <button type="button" onClick={write} disabled={upload.isPending} aria-busy={upload.isPending}>
              {upload.isPending ? 'Importing…' : `Import ${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'}`}
            </button>
          )}
        </section>
      )}

      {imported !== null && (
        <section aria-labelledby="import-done-title" className="import-step" aria-live="polite">
          <h2 id="import-done-title">{imported.result.written ? 'Imported' : 'Nothing was imported'}</h2>
          <ImportOutcome result={imported.result} noun={labels.noun} itemOf={itemOf} fieldLabel={fieldLabel} />
          {imported.result.problems.length > 0 && <ImportProblems problems={imported.result.problems} format={formatOf(imported.file)} />}
          <p>{kind === 'benchmarks' ? <Link to="/benchmarks">See the benchmarks</Link> : <Link to="/actions">See the actions</Link>}</p>
        </section>
      )}

      <ClearSampleData />
    </div>
  );
}
