// Errors of the database that are no fault of the request: each becomes a
// 503 whose message names the cause, so an operator reading the answer (or
// the log, where the underlying error is kept) knows what to fix.

interface DriverError {
  code?: unknown;
  message?: unknown;
}

const sqliteFaults: readonly [RegExp, string][] = [
  [/^SQLITE_FULL/, 'The database disk is full: free space on the disk that holds the data folder, then try again.'],
  [/^SQLITE_READONLY/, 'The database file is read-only: give the server write access to the data folder and its files.'],
  [/^SQLITE_(BUSY|LOCKED)/, 'The database is locked by another process: try again in a moment; if it persists, stop whatever else has the file open.'],
  [/^SQLITE_(CORRUPT|NOTADB)/, 'The database file is damaged: stop the server and restore the data folder from a backup.'],
  [/^SQLITE_(IOERR|CANTOPEN|PERM)/, 'The database file cannot be read or written (a disk or permission error): check the disk and the data folder.'],
];

const unreachable = 'The database server cannot be reached: it may be restarting or down. Try again shortly.';

// PostgreSQL's SQLSTATE classes and the socket errors of node-postgres.
function postgresFault(code: string, message: string): string | null {
  if (code === '53100') return 'The database server\u2019s disk is full: free space on it, then try again.';
  if (code === '57014') return 'The database took too long to answer: try again; if it persists, tell the site administrator.';
  if (/^(08|57P0[1-3])/.test(code) || code === '53300') return unreachable;
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE|EAI_AGAIN)$/.test(code)) return unreachable;
  if (/^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout)/.test(message)) return unreachable;
  return null;
}

// The message of the 503 for a database fault, or null for any other error.
export function databaseFault(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as DriverError;
  const text = typeof message === 'string' ? message : '';
  if (typeof code === 'string') {
    for (const [pattern, description] of sqliteFaults) if (pattern.test(code)) return description;
  }
  return postgresFault(typeof code === 'string' ? code : '', text);
}
