import { signedInMarkerKey } from './signed-in-marker-key';

// Whether this browser has signed in and not signed out since. The session
// cookie itself is HttpOnly, so without this a first visit could only learn
// it is signed out by asking the server and being refused, and could not
// tell a first visit from a session that has ended.
const key = signedInMarkerKey;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage blocked by the browser's settings: every visit counts as a first one.
    return undefined;
  }
}

export function rememberSignedIn(): void {
  storage()?.setItem(key, '1');
}

export function forgetSignedIn(): void {
  storage()?.removeItem(key);
}

export function wasSignedIn(): boolean {
  return storage()?.getItem(key) === '1';
}
