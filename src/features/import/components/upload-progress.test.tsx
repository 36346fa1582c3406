import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UploadProgress } from './upload-progress';

describe('the progress of an import', () => {
  it('shows how much of the file has been sent, as a bar and in words', () => {
    render(<UploadProgress progress={{ phase: 'uploading', sent: 5 * 1024 * 1024, total: 20 * 1024 * 1024 }} />);
    const bar = screen.getByRole('progressbar', { name: 'Uploading the file' });
    expect(bar).toHaveAttribute('value', String(5 * 1024 * 1024));
    expect(bar).toHaveAttribute('max', String(20 * 1024 * 1024));
    expect(screen.getByRole('status')).toHaveTextContent('Uploading: 25% (5 MB of 20 MB)');
  });

  it('then that the server is checking the rows', () => {
    render(<UploadProgress progress={{ phase: 'checking' }} />);
    expect(screen.getByRole('progressbar', { name: 'Checking the file' })).not.toHaveAttribute('value');
    expect(screen.getByRole('status')).toHaveTextContent('Checking every row of the file…');
  });

  it('or importing them', () => {
    render(<UploadProgress progress={{ phase: 'writing' }} />);
    expect(screen.getByRole('progressbar', { name: 'Importing the file' })).toBeInTheDocument();
  });
});
