import type { ImportProgress } from '../api/import-file';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

// How far the file has gone, then that the server is checking or importing it.
export function UploadProgress({ progress }: { progress: ImportProgress }) {
  if (progress.phase !== 'uploading') {
    const checking = progress.phase === 'checking';
    return (
      <div className="upload-progress" role="status">
        <progress aria-label={checking ? 'Checking the file' : 'Importing the file'} />
        <p>{checking ? 'Checking every row of the file…' : 'Importing every row of the file, all in one step: a large file takes a minute…'}</p>
      </div>
    );
  }
  const percent = progress.total === 0 ? 100 : Math.round((progress.sent / progress.total) * 100);
  return (
    <div className="upload-progress" role="status">
      <progress aria-label="Uploading the file" max={progress.total || 1} value={progress.sent} />
      <p>
        Uploading: {percent}% ({megabytes(progress.sent)} of {megabytes(progress.total)})
      </p>
    </div>
  );
}
