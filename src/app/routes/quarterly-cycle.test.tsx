import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockData, resetMockData } from '../../../mocks/data';
import { renderApp } from '../../../tests/render-app';
import { testToday } from '../../../tests/test-today';

const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });

describe('the quarterly cycle, as the director runs it', () => {
  it('writes the summary as a draft, publishes the quarter, and the summary is then the one the board reads', async () => {
    resetMockData(testToday, 'admin');
    const { user } = renderApp('/review/2026-Q3');
    await heading('Quarterly review: Q3 2026');
    expect(screen.getByRole('heading', { name: 'Q3 2026: Open for reporting' })).toBeInTheDocument();
    const words = screen.getByRole('region', { name: /From the executive director \(draft\)/ });
    await user.type(within(words).getByRole('textbox', { name: /^Summary/ }), 'A steady quarter.');
    await user.type(within(words).getByRole('textbox', { name: /^Decisions and asks/ }), 'Approve the fall budget.');
    await user.click(within(words).getByRole('button', { name: 'Save the draft' }));
    expect(await within(words).findByText('Saved the Q3 2026 summary.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Publish Q3 2026…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, publish Q3 2026' }));
    expect(await screen.findByRole('heading', { name: 'Q3 2026: Published' }, { timeout: 5000 })).toBeInTheDocument();
    const published = screen.getByRole('region', { name: 'From the executive director' });
    expect(within(published).getByText('Approve the fall budget.')).toBeInTheDocument();
    expect(within(published).queryByRole('textbox')).not.toBeInTheDocument();
    expect(mockData().reporting.publications.get('2026-Q3')?.published).toBe(true);
    expect(mockData().audit.map((e) => e.operation)).toEqual(['save-summary', 'publish-quarter']);
  });

  it('reopens a published quarter only with a reason, naming the field when it is missing', async () => {
    resetMockData(testToday, 'admin');
    const { user } = renderApp('/review/2026-Q3');
    await heading('Quarterly review: Q3 2026');
    await user.click(screen.getByRole('button', { name: 'Publish Q3 2026…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, publish Q3 2026' }));
    await user.click(await screen.findByRole('button', { name: 'Reopen Q3 2026 for corrections…' }, { timeout: 5000 }));
    await user.click(screen.getByRole('button', { name: 'Reopen Q3 2026' }));
    expect(await screen.findByText(/The reason is required/)).toBeInTheDocument();
    expect(mockData().reporting.publications.get('2026-Q3')?.published).toBe(true);
    await user.type(screen.getByRole('textbox', { name: /Why reopen it/ }), 'A figure was entered twice.');
    await user.click(screen.getByRole('button', { name: 'Reopen Q3 2026' }));
    expect(await screen.findByRole('heading', { name: 'Q3 2026: Reopened for corrections' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('offers board members no summary editor and no publishing', async () => {
    resetMockData(testToday, 'board');
    renderApp('/review/2026-Q3');
    await heading('Quarterly review: Q3 2026');
    expect(screen.queryByRole('button', { name: /Publish/ })).not.toBeInTheDocument();
    expect(screen.getByText('The executive director has not written a summary for this quarter yet.')).toBeInTheDocument();
  });

  it('prints the packet: summary, figures and matrix first, the appendix as chosen', async () => {
    resetMockData(testToday, 'board');
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user, currentUrl } = renderApp('/review/2026-Q3/packet');
    await heading('Board packet: Q3 2026');
    expect(screen.getByText(/Draft: not yet published/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Priorities by focus area' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Appendix' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Overdue actions' }));
    expect(currentUrl()).toBe('/review/2026-Q3/packet?appendix=missing');
    expect(screen.queryByRole('heading', { name: 'Overdue actions' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print / save the board packet' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
