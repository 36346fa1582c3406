import type { DehydratedState } from '@tanstack/react-query';

// The server-rendered page carries the answers it was rendered from, so the
// browser hydrates from them instead of asking again. A JSON data block is
// never executed, so the Content-Security-Policy (script-src 'self') allows it.
const elementId = 'first-screen-state';

// Escaped so no answer's text can close the element or open a comment.
export function firstScreenStateScript(state: DehydratedState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${elementId}">${json}</script>`;
}

export function hasFirstScreenState(document: Document): boolean {
  return document.getElementById(elementId) !== null;
}

export function readFirstScreenState(document: Document): DehydratedState | undefined {
  const text = document.getElementById(elementId)?.textContent;
  return text ? (JSON.parse(text) as DehydratedState) : undefined;
}
