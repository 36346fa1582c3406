import { createHash } from 'node:crypto';
import { encodePage, type PageEncoding } from './http/compression';

// Bytes a Response can carry as they are.
type Bytes = Uint8Array<ArrayBuffer>;

export interface RenderedBytes {
  readonly plain: Bytes;
  // Compressed on first asking, then kept with the page.
  encoded(encoding: PageEncoding): Bytes;
}

export interface RenderedPages {
  // The page drawn from these answers: the one kept if the same answers
  // drew it lately, else a new one from draw().
  get(answers: unknown, draw: () => string): RenderedBytes;
}

// Pages rendered lately, by what they were drawn from. A page is a pure
// function of its answers (the user's session among them), so any change
// to the data, the user or the URL gives other answers and a new page,
// and nothing needs forgetting when data is written. Reading the answers
// still goes through the API each time; what is kept is the drawing and
// the compressing, which cost the server three times as much (and more on
// a busy machine). The oldest-used page goes first.
export function renderedPages(maxPages: number): RenderedPages {
  const pages = new Map<string, RenderedBytes>();
  return {
    get(answers, draw) {
      const key = createHash('sha256').update(JSON.stringify(answers)).digest('base64');
      const known = pages.get(key);
      if (known !== undefined) {
        pages.delete(key);
        pages.set(key, known);
        return known;
      }
      const page = bytesOf(new TextEncoder().encode(draw()));
      pages.set(key, page);
      if (pages.size > maxPages) pages.delete(pages.keys().next().value as string);
      return page;
    },
  };
}

function bytesOf(plain: Bytes): RenderedBytes {
  const encoded = new Map<PageEncoding, Bytes>();
  return {
    plain,
    encoded(encoding) {
      const known = encoded.get(encoding);
      if (known !== undefined) return known;
      const bytes = new Uint8Array(encodePage(plain, encoding));
      encoded.set(encoding, bytes);
      return bytes;
    },
  };
}
