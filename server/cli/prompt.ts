import { createInterface } from 'node:readline';
import { stdin, stdout } from 'node:process';

export interface Prompter {
  ask(question: string, options?: { hidden?: boolean }): Promise<string | undefined>;
  close(): void;
}

// On a terminal: asks, and reads a password without echoing it. Piped
// (`printf '%s\n' … | npm run create-user`): takes the next line of input.
export function createPrompter(): Prompter {
  if (stdin.isTTY) return { ask: askTerminal, close: () => undefined };
  const lines = createInterface({ input: stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();
  return {
    ask: async () => {
      const next = await lines.next();
      return next.done === true ? undefined : String(next.value);
    },
    close: () => {
      void lines.return?.();
    },
  };
}

function askTerminal(question: string, options: { hidden?: boolean } = {}): Promise<string> {
  if (options.hidden !== true) {
    const rl = createInterface({ input: stdin, output: stdout });
    return new Promise((resolve) => {
      rl.question(question, (answer) => {
        rl.close();
        resolve(answer);
      });
    });
  }
  return new Promise((resolve) => {
    stdout.write(question);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    let value = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          stdout.write('\n');
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          stdout.write('\n');
          process.exit(130);
        }
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}
