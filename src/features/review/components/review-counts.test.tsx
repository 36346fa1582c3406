import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StatusCounts } from '../../../contract/status-history';
import { PacketFigures } from './packet-figures';
import { formatChange } from './review-format';
import { ReviewSummary } from './review-summary';

const counts = (overrides: Partial<StatusCounts>): StatusCounts => ({
  'not-started': 0,
  'on-track': 0,
  'at-risk': 0,
  'off-track': 0,
  completed: 0,
  deferred: 0,
  ...overrides,
});

describe('counts in the review and the board packet, at the size of a large plan', () => {
  it('write a change with its sign and thousands separators', () => {
    expect(formatChange(1300)).toBe('+1,300');
    expect(formatChange(-2500)).toBe('−2,500');
    expect(formatChange(7)).toBe('+7');
    expect(formatChange(0)).toBe('0');
  });

  it('the review’s summary table groups the digits of every count', () => {
    render(
      <ReviewSummary
        quarter="2026-Q3"
        previousQuarter="2026-Q2"
        previousBeforePlan={false}
        counts={counts({ 'on-track': 6200, completed: 3800 })}
        previousCounts={counts({ 'on-track': 7500, completed: 2500 })}
      />,
    );
    const onTrack = screen.getByRole('row', { name: /On track/ });
    expect(within(onTrack).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['7,500', '6,200', '−1,300']);
    const all = screen.getByRole('row', { name: /All actions/ });
    expect(within(all).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['10,000', '10,000', '0']);
  });

  it('so does the packet’s table of headline figures', () => {
    render(<PacketFigures quarter="2026-Q3" previousQuarter="2026-Q2" total={counts({ 'at-risk': 1200, 'on-track': 8800 })} previousTotal={counts({ 'on-track': 9000 })} />);
    const now = screen.getByRole('row', { name: /^Q3 2026/ });
    expect(within(now).getAllByRole('cell')[0]).toHaveTextContent('10,000');
    const change = screen.getByRole('row', { name: /^Change/ });
    expect(within(change).getAllByRole('cell').map((cell) => cell.textContent)).toContain('+1,200');
  });
});
