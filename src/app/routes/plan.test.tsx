import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pefPlan } from '../../domain/pef-plan';
import { renderApp } from '../../../tests/render-app';

// The plan's words are the oracle: every text must reach the page verbatim.
async function renderPlan() {
  const view = renderApp('/plan');
  await screen.findByRole('heading', { level: 1 });
  return view;
}

describe('the plan page', () => {
  it('names the organization and the plan, with one main heading', async () => {
    await renderPlan();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2023–2027 Strategic Plan');
    expect(screen.getByText(pefPlan.organization, { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText(pefPlan.tagline)).toBeInTheDocument();
    expect(screen.getByText(pefPlan.introduction)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/^The plan · /));
  });

  it('states the period in months and school years', async () => {
    await renderPlan();
    expect(screen.getByText(/July 2023 – June 2027 \(school years 2023–24 to 2026–27\)/)).toBeInTheDocument();
  });

  it('shows the mission, vision, who it serves, the equity definition, core values and About', async () => {
    await renderPlan();
    for (const [heading, text] of [
      ['Mission', pefPlan.mission],
      ['Vision', pefPlan.vision],
      ['Who we serve', pefPlan.who],
      ['How do we define equity?', pefPlan.equityDefinition],
      [`About ${pefPlan.shortName}`, pefPlan.about],
    ] as const) {
      const section = screen.getByRole('region', { name: heading });
      expect(within(section).getByText(text)).toBeInTheDocument();
    }
    const values = within(screen.getByRole('region', { name: 'Core values' })).getAllByRole('listitem');
    expect(values.map((li) => li.textContent)).toEqual(pefPlan.coreValues);
  });

  it('describes each focus area under its own anchor', async () => {
    await renderPlan();
    const section = screen.getByRole('region', { name: 'Focus areas' });
    expect(within(section).getByText(pefPlan.focusAreaIntroduction)).toBeInTheDocument();
    for (const area of pefPlan.focusAreas) {
      const item = document.getElementById(area.id);
      expect(item).not.toBeNull();
      expect(within(item as HTMLElement).getByRole('heading', { name: area.name })).toBeInTheDocument();
      expect(within(item as HTMLElement).getByText(area.description)).toBeInTheDocument();
    }
  });

  it('gives every priority its statement and every strategy, under its own anchor', async () => {
    await renderPlan();
    const section = screen.getByRole('region', { name: 'Strategic priorities' });
    expect(within(section).getByText(pefPlan.priorityIntroduction)).toBeInTheDocument();
    expect(within(section).getAllByRole('article')).toHaveLength(pefPlan.priorities.length);
    for (const priority of pefPlan.priorities) {
      const article = document.getElementById(priority.id);
      expect(article).not.toBeNull();
      const scope = within(article as HTMLElement);
      expect(article).toHaveAccessibleName(`Priority ${priority.number}: ${priority.title}`);
      expect(scope.getByText(priority.statement)).toBeInTheDocument();
      const strategies = priority.strategies.map((strategy) => strategy.text);
      if (strategies.length > 0) {
        expect(scope.getAllByRole('listitem').map((li) => li.textContent)).toEqual(strategies);
      } else {
        expect(scope.getByRole('heading', { name: 'Why?' })).toBeInTheDocument();
        for (const paragraph of priority.rationale) expect(scope.getByText(paragraph)).toBeInTheDocument();
      }
    }
    expect(pefPlan.priorities.some((priority) => priority.strategies.length === 0)).toBe(true);
  });

  it('links to each priority’s anchor from the page contents', async () => {
    await renderPlan();
    const contents = screen.getByRole('navigation', { name: 'On this page' });
    for (const priority of pefPlan.priorities) {
      expect(within(contents).getByRole('link', { name: priority.title })).toHaveAttribute('href', `#${priority.id}`);
    }
  });

  it('leads from a priority to its actions', async () => {
    const [, second] = pefPlan.priorities;
    if (second === undefined) throw new Error('the plan has six priorities');
    const { user, currentUrl } = await renderPlan();
    await user.click(screen.getByRole('link', { name: `View actions for priority ${second.number}` }));
    expect(currentUrl()).toBe(`/actions?priority=${second.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Actions' }, { timeout: 5000 })).toBeInTheDocument();
  });
});
