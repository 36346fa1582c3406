// Where a browser notes that it has signed in (see signed-in-marker.ts); its
// own module so tools that prepare a signed-in browser can name it too.
export const signedInMarkerKey = 'plan-tracker.signed-in';
