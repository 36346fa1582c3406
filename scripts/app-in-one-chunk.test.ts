import { describe, expect, it } from 'vitest';
import { staticallyImported } from './app-in-one-chunk';

const graphOf = (imports: Record<string, string[]>) => ({
  getModuleInfo: (id: string) => (id in imports ? { importedIds: imports[id] ?? [] } : null),
});

describe('staticallyImported', () => {
  it('follows imports through other modules, once each, cycles included', () => {
    const graph = graphOf({ app: ['router', 'shared'], router: ['screens', 'shared'], screens: ['router'], shared: [], other: ['shared'] });
    expect([...staticallyImported(['app'], graph)].sort()).toEqual(['app', 'router', 'screens', 'shared']);
  });

  it('starts from every module given, and leaves out what the build does not know', () => {
    const graph = graphOf({ entry: ['helper', 'missing'], contract: ['schemas'], helper: [], schemas: [] });
    expect([...staticallyImported(['entry', 'contract', 'absent'], graph)].sort()).toEqual(['contract', 'entry', 'helper', 'schemas']);
  });
});
