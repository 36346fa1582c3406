export interface Page<T> {
  readonly items: T[];
  readonly page: number;
  readonly pageSize: number;
}

// Page `page` (from 1) of `items`. A page past the last one is empty rather
// than the last page again, so a client that reads pages until one comes back
// empty always stops.
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a whole number from 1, not ${page}`);
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a whole number from 1, not ${pageSize}`);
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page, pageSize };
}

// How many pages `total` items fill; an empty list still has one (empty) page.
export function pageCount(total: number, pageSize: number): number {
  if (total === 0) return 1;
  return Math.ceil(total / pageSize);
}
