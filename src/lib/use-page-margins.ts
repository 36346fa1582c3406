import { useEffect } from 'react';

export interface PageMargins {
  topLeft?: string;
  topRight?: string;
  bottomLeft?: string;
}

// What every printed page carries in its margins (Chromium draws CSS page
// margin boxes). The words change with the page shown, and the CSP allows no
// inline style, so they go in a constructed style sheet, removed on leaving.
export function usePageMargins({ topLeft = '', topRight = '', bottomLeft = '' }: PageMargins): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const quote = (text: string) => JSON.stringify(text);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page { @top-left { content: ${quote(topLeft)}; } @top-right { content: ${quote(topRight)}; } @bottom-left { content: ${quote(bottomLeft)}; } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [topLeft, topRight, bottomLeft]);
}
