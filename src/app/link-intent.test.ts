import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hoverIntentMs, listenForLinkIntent } from './link-intent';

describe('listenForLinkIntent', () => {
  let stop: () => void;
  let intents: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    intents = [];
    document.body.innerHTML = `
      <nav>
        <a href="/actions"><span>Actions</span></a>
        <a href="/review/2026-Q3?from=overview">Review</a>
        <a href="https://example.org/elsewhere">Another site</a>
        <a href="/api/export/actions.csv" download>CSV</a>
        <a href="/plan" target="_blank">Plan in a new window</a>
        <button type="button">Not a link</button>
      </nav>`;
    stop = listenForLinkIntent(document, (url) => intents.push(`${url.pathname}${url.search}`));
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const link = (name: string) => [...document.querySelectorAll('a, button')].find((element) => element.textContent === name) as HTMLElement;
  const pointTo = (element: Element) => element.dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
  const leave = (element: Element) => element.dispatchEvent(new MouseEvent('pointerout', { bubbles: true }));

  it('asks for a link’s screen once the pointer has rested on it, not while it crosses it', () => {
    pointTo(link('Actions').querySelector('span') as Element);
    vi.advanceTimersByTime(hoverIntentMs - 1);
    expect(intents).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(intents).toEqual(['/actions']);

    pointTo(link('Review'));
    leave(link('Review'));
    pointTo(link('Actions'));
    vi.advanceTimersByTime(hoverIntentMs);
    expect(intents).toEqual(['/actions', '/actions']);
  });

  it('asks at once for the link that takes the keyboard’s focus or a finger, with its query', () => {
    link('Review').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    link('Actions').dispatchEvent(new Event('touchstart', { bubbles: true }));
    expect(intents).toEqual(['/review/2026-Q3?from=overview', '/actions']);
  });

  it('leaves out other sites, downloads, links to another window and what is not a link', () => {
    for (const name of ['Another site', 'CSV', 'Plan in a new window', 'Not a link']) {
      pointTo(link(name));
      link(name).dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    }
    vi.advanceTimersByTime(hoverIntentMs * 2);
    expect(intents).toEqual([]);
  });

  it('stops listening, and forgets a pointer still resting, once stopped', () => {
    pointTo(link('Actions'));
    stop();
    vi.advanceTimersByTime(hoverIntentMs);
    link('Review').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(intents).toEqual([]);
  });
});
