import type { MouseEvent } from 'react';
import type { ExportFormat } from '../contract/spreadsheet-export';
import { downloadsThroughFetch, downloadThroughFetch } from '../lib/download';
import './download-links.css';

export interface Download {
  readonly format: ExportFormat;
  readonly href: string;
}

const formatNames: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel' };

function throughFetch(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  downloadThroughFetch(event.currentTarget.href).catch((error: unknown) => console.warn('The download failed:', error));
}

// "Download these 12 actions: CSV, Excel": plain links, which the browser
// downloads; each is named in full ("Download these 12 actions as Excel"),
// its visible words last, as speech input expects.
export function DownloadLinks({ what, downloads }: { what: string; downloads: readonly Download[] }) {
  return (
    <p className="download-links">
      <span>{what}:</span>
      <span className="download-links-formats">
        {downloads.map(({ format, href }) => (
          <a key={format} href={href} download aria-label={`${what} as ${formatNames[format]}`} onClick={downloadsThroughFetch ? throughFetch : undefined}>
            {formatNames[format]}
          </a>
        ))}
      </span>
    </p>
  );
}
