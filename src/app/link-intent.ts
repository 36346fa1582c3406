// How long the pointer rests on a link before its screen is asked for: a
// pointer crossing a list of links on its way elsewhere asks for none of them.
export const hoverIntentMs = 80;

// The in-app URL of the link an event happened on, or undefined for none, a
// link to another site, a download or a link that opens another window.
function inAppLinkOf(target: EventTarget | null, origin: string): URL | undefined {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download') || (link.target !== '' && link.target !== '_self')) return undefined;
  const url = new URL(link.href);
  return url.origin === origin ? url : undefined;
}

// Calls `onIntent` with a link's URL when the person is about to follow it:
// the pointer has rested on it for a moment, or it has the keyboard's focus,
// or a finger is down on it (a tap's click comes only as the finger lifts).
// Returns the function that stops listening.
export function listenForLinkIntent(root: Document, onIntent: (url: URL) => void): () => void {
  const origin = root.location?.origin ?? '';
  let resting: ReturnType<typeof setTimeout> | undefined;
  const stopWaiting = () => clearTimeout(resting);
  const onPointerOver = (event: Event) => {
    stopWaiting();
    const url = inAppLinkOf(event.target, origin);
    if (url !== undefined) resting = setTimeout(() => onIntent(url), hoverIntentMs);
  };
  const atOnce = (event: Event) => {
    const url = inAppLinkOf(event.target, origin);
    if (url !== undefined) onIntent(url);
  };
  const listeners = [
    ['pointerover', onPointerOver],
    ['pointerout', stopWaiting],
    ['focusin', atOnce],
    ['touchstart', atOnce],
  ] as const;
  for (const [type, listener] of listeners) root.addEventListener(type, listener, { passive: true });
  return () => {
    stopWaiting();
    for (const [type, listener] of listeners) root.removeEventListener(type, listener);
  };
}
