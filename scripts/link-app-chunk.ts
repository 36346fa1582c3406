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
export function linkAppChunk(appModule: string): Plugin {
  let appFile = '';
  return {
    name: 'link-app-chunk',
    apply: 'build',
    configResolved(config) {
      appFile = path.resolve(config.root, appModule);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (bundle === undefined) return [];
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const app = chunks.find((chunk) => chunk.facadeModuleId === appFile);
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
