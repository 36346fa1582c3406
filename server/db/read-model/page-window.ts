// The rows of page `page` as LIMIT and OFFSET, by the domain's paging rule (pageOf).
export function pageWindow(page: number, pageSize: number): { limit: number; offset: number } {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}
