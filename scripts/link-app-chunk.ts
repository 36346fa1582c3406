import path from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

// The entry (src/main.tsx) loads the app with a dynamic import, so that a
// page rendered on the server paints before the app's code runs. index.html
// names what that import brings, so that no page waits for the entry to ask:
// - the app's chunk and the chunks it imports, as module preloads: a page
//   rendered in the browser needs that code at once (the server takes these
//   links out of the page it renders, server/rendered-page.ts);
// - their stylesheets, as stylesheets of the page: the server writes them
//   into the page it renders, whose markup needs them from its first paint
//   (the status chart, drawn unstyled until the app's code had loaded them,
//   was restyled and laid out again then, the longest task of the load).
//   The entry's loader finds them in the page and does not add them again.
// The entry's loader adds no module preloads of its own for what it imports:
// a page rendered in the browser has them already, and on the page the
// server renders the module graph fetches them once the app's chunk has arrived.
// Added there by the loader, all 17 in one go, they made one task of the
// load (about 25 ms of main thread on this machine, and one of Lighthouse's
// long tasks under its throttling).
export function linkAppChunk(appModule: string): Plugin {
  let appFile = '';
  let entryChunkFiles = new Set<string>();
  return {
    name: 'link-app-chunk',
    apply: 'build',
    config() {
      return { build: { modulePreload: { resolveDependencies: (_file, deps, { hostId }) => (entryChunkFiles.has(hostId) ? [] : deps) } } };
    },
    configResolved(config) {
      appFile = path.resolve(config.root, appModule);
    },
    // Runs before Vite's import analysis asks resolveDependencies above.
    generateBundle(_options, bundle) {
      entryChunkFiles = new Set(Object.values(bundle).flatMap((output) => (output.type === 'chunk' && output.isEntry ? [output.fileName] : [])));
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (bundle === undefined) return [];
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        // The chunk that holds the app's module (it is not that chunk's facade
        // when the chunk is a group of modules, app-in-one-chunk.ts).
        const app = chunks.find((chunk) => chunk.moduleIds.includes(appFile));
        if (app === undefined) throw new Error(`link-app-chunk: no chunk is built from ${appModule}`);
        const entryFiles = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const modules = new Set<string>();
        const stylesheets = new Set<string>();
        // A chunk's stylesheets come after those of the chunks it imports:
        // the order the entry's loader would have added them in.
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (modules.has(fileName) || entryFiles.has(fileName) || chunk?.type !== 'chunk') return;
          modules.add(fileName);
          for (const imported of chunk.imports) visit(imported);
          for (const css of chunk.viteMetadata?.importedCss ?? []) stylesheets.add(css);
        };
        visit(app.fileName);
        const link = (rel: string, file: string): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel, crossorigin: true, href: `/${file}` }, injectTo: 'head' });
        return [...[...stylesheets].map((file) => link('stylesheet', file)), ...[...modules].map((file) => link('modulepreload', file))];
      },
    },
  };
}
