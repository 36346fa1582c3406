import path from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

// The entry (src/main.tsx) loads the app with a dynamic import, so that a
// page rendered on the server paints before the app's code runs. A page
// rendered in the browser needs that code at once: index.html names the
// app's chunk and the chunks it imports as module preloads, fetched with the
// entry instead of after it. The server takes these links out of the page it
// renders (server/rendered-page.ts).
export function preloadAppChunk(appModule: string): Plugin {
  let appFile = '';
  return {
    name: 'preload-app-chunk',
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
        if (app === undefined) throw new Error(`preload-app-chunk: no chunk is built from ${appModule}`);
        const entryFiles = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName) || entryFiles.has(fileName)) return;
          files.add(fileName);
          for (const imported of bundle[fileName]?.type === 'chunk' ? (bundle[fileName].imports ?? []) : []) visit(imported);
        };
        visit(app.fileName);
        return [...files].map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' }));
      },
    },
  };
}
