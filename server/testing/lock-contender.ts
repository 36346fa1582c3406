import { createInterface } from 'node:readline';
import { lockDataDir } from '../data-dir-lock';

// A process that only takes and releases the data-folder lock, on command
// ("take", "release" on standard input), answering each on standard output:
// for tests of the lock between processes without starting whole servers.
const dataDir = process.argv[2] ?? '';
let release: (() => void) | null = null;
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'take') {
    try {
      release = lockDataDir(dataDir);
      console.info('taken');
    } catch (error) {
      console.info(`refused: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else if (line === 'release') {
    release?.();
    release = null;
    console.info('released');
  }
}
