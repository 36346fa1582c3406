import path from 'node:path';
import type { Plugin } from 'vite';

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

// The modules `from` imports, directly or through others (not those it loads on demand).
export function staticallyImported(from: readonly string[], graph: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const pending = [...from];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const module = seen.has(id) ? null : graph.getModuleInfo(id);
    if (module === null) continue;
    seen.add(id);
    pending.push(...module.importedIds);
  }
  return seen;
}

// The app (the module the entry loads on demand, and all it imports) built as
// one chunk, but for what the modules in `apart` bring: the entry's own code,
// which a page rendered on the server runs before the app, and the
// contract's, asked for beside the app so its schemas are built in a task of
// their own. Left to the bundler, the app came in 13 chunks, most of them
// modules it shares with a screen loaded on demand, seven under a kilobyte:
// each one more request and one more gzip stream, for code every page loads
// at once (121.4 kB gzip in all; in one chunk, 118.5 kB). Screens loaded on
// demand import what they share with the app from its chunk.
export function appInOneChunk(appModule: string, apart: readonly string[]): Plugin {
  let root = process.cwd();
  // One module graph per build; the bundler asks for each module's group.
  const appModulesOf = new WeakMap<ModuleGraph, Set<string>>();
  const group = (id: string, graph: ModuleGraph) => {
    let appModules = appModulesOf.get(graph);
    if (appModules === undefined) {
      const before = staticallyImported(
        apart.map((file) => path.resolve(root, file)),
        graph,
      );
      appModules = new Set([...staticallyImported([path.resolve(root, appModule)], graph)].filter((module) => !before.has(module)));
      appModulesOf.set(graph, appModules);
    }
    return appModules.has(id) ? path.basename(appModule, path.extname(appModule)) : null;
  };
  return {
    name: 'app-in-one-chunk',
    apply: (_config, { command, isSsrBuild }) => command === 'build' && isSsrBuild !== true,
    configResolved(config) {
      root = config.root;
    },
    config() {
      // Modules outside the app that it imports stay where the bundler puts
      // them (the entry's preload helper, say), not pulled into its chunk.
      return { build: { rolldownOptions: { output: { codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: group, debugName: appModule }] } } } } };
    },
  };
}
