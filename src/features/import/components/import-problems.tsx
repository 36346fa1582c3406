import type { ImportProblem } from '../../../contract/spreadsheet-import';

// Every problem of a file, where it is and what to do; the file is imported
// not at all until there are none.
export function ImportProblems({ problems, format }: { problems: readonly ImportProblem[]; format: 'csv' | 'xlsx' }) {
  const where = format === 'csv' ? 'Line' : 'Row';
  return (
    <table className="import-problems">
      <caption>
        {problems.length === 1 ? 'One problem' : `${problems.length.toLocaleString('en-US')} problems`} to fix in the file. Nothing is
        imported until the whole file is right: fix {problems.length === 1 ? 'it' : 'them'}, save the file and choose it again.
      </caption>
      <thead>
        <tr>
          <th scope="col">{where}</th>
          <th scope="col">Column</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((problem, index) => (
          <tr key={index}>
            <td data-label={where}>{problem.line === null ? 'the file' : problem.line.toLocaleString('en-US')}</td>
            <td data-label="Column">{problem.column ?? '—'}</td>
            <td data-label="Problem">{problem.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
