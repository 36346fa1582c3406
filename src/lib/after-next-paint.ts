// Resolves once the browser has painted the next frame: the frame callback
// runs just before the paint, and a task queued from it runs just after.
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
