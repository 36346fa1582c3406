// The rows of page `page` as LIMIT and OFFSET, by the domain's paging rule
// (pageOf): without a page size everything is on page 1 and later pages are empty.
export function pageWindow(page: number, pageSize: number | null): { limit: number | null; offset: number; empty: boolean } {
  if (pageSize === null) return { limit: null, offset: 0, empty: page !== 1 };
  return { limit: pageSize, offset: (page - 1) * pageSize, empty: false };
}
