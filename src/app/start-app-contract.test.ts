import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = path.resolve(__dirname, '..');

// The modules a source file imports for their values, by path: `import type`
// is erased, and `import()` loads later, so neither counts.
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s+)?'([^']+)';/gm)].map(([, specifier]) => specifier ?? '');
  return specifiers.filter((specifier) => specifier.startsWith('.')).flatMap((specifier) => {
    const base = path.resolve(path.dirname(file), specifier);
    const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((candidate) => existsSync(candidate));
    return found === undefined ? [] : [found];
  });
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(entry);
  return seen;
}

const contractModules = (files: Iterable<string>) =>
  [...files].filter((file) => path.dirname(file) === path.join(srcDir, 'contract')).map((file) => path.relative(srcDir, file)).sort();

describe('the contract modules run ahead of the app', () => {
  it('are every contract module the app’s code imports as it starts, and no other', () => {
    const app = contractModules(reachable(path.join(srcDir, 'app', 'start-app.tsx')));
    const listed = contractModules(staticImports(path.join(srcDir, 'app', 'start-app-contract.ts')));
    expect(app.length).toBeGreaterThan(3);
    expect(listed).toEqual(app);
  });
});
