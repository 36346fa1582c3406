import type { Exit, RunningChild } from './child-server';

// Runs the writes through a few concurrent workers and SIGKILLs the server
// as soon as `killAfter` of them have been acknowledged, while others are in
// flight; returns what was acknowledged before the kill.
export async function writeUntilKilled<T>(
  server: RunningChild,
  writes: readonly (() => Promise<T | undefined>)[],
  options: { workers: number; killAfter: number },
): Promise<{ acknowledged: T[]; exit: Exit }> {
  const queue = [...writes];
  const acknowledged: T[] = [];
  let killed: Promise<Exit> | undefined;
  const worker = async () => {
    for (let write = queue.shift(); write !== undefined && killed === undefined; write = queue.shift()) {
      let result: T | undefined;
      try {
        result = await write();
      } catch {
        return; // The connection died with the server.
      }
      if (result === undefined) continue;
      acknowledged.push(result);
      if (acknowledged.length === options.killAfter) killed = server.stop('SIGKILL');
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  if (killed === undefined) throw new Error(`Only ${acknowledged.length} writes were acknowledged; the server was not killed`);
  return { acknowledged, exit: await killed };
}
