import type { DehydratedState } from '@tanstack/react-query';

// The server-rendered page carries the answers it was rendered from, so the
// browser hydrates from them instead of asking again. A JSON data block is
// never executed, so the Content-Security-Policy (script-src 'self') allows it.
const elementId = 'first-screen-state';

// The answers go without the time they were read, so the same answers
// always make the same page (the server sends a page drawn lately from the
// same answers again). The server reads them afresh for every page it
// sends, so the browser dates them when it reads them.
function dated(state: DehydratedState, at: number): DehydratedState {
  return { ...state, queries: state.queries.map((query) => ({ ...query, dehydratedAt: at, state: { ...query.state, dataUpdatedAt: at } })) };
}

// Escaped so no answer's text can close the element or open a comment.
export function firstScreenStateScript(state: DehydratedState): string {
  const json = JSON.stringify(dated(state, 0)).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${elementId}">${json}</script>`;
}

export function hasFirstScreenState(document: Document): boolean {
  return document.getElementById(elementId) !== null;
}

export function readFirstScreenState(document: Document, now: number = Date.now()): DehydratedState | undefined {
  const text = document.getElementById(elementId)?.textContent;
  return text ? dated(JSON.parse(text) as DehydratedState, now) : undefined;
}
