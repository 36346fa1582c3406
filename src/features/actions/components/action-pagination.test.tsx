import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ActionPagination } from './action-pagination';

function paginate(page: number, total: number) {
  render(
    <MemoryRouter>
      <ActionPagination page={page} pageSize={50} total={total} pageSizes={[25, 50, 100]} hrefFor={(p) => `/actions?page=${p}`} onPageSizeChange={() => {}} />
    </MemoryRouter>,
  );
}

describe('the pages of a large action list', () => {
  it('writes the range, the total and the page count as people write numbers', () => {
    paginate(30, 100_000);
    expect(screen.getByText('Showing 1,451–1,500 of 100,000.')).toBeInTheDocument();
    expect(screen.getByText('Page 30 of 2,000')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Last' })).toHaveAttribute('href', '/actions?page=2000');
  });
});
