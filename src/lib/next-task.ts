// Resolves in a task of its own, so that work started from it does not run
// on in the task that awaited it. A message, not a timer: a background tab
// runs timers at most once a second.
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
