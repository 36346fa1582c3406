import { QueryClient, dehydrate } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { firstScreenStateScript, readFirstScreenState } from './first-screen-state';

describe('the first screen’s answers carried in the page', () => {
  it('survive any text in them, which can neither close the element nor open a comment', () => {
    const client = new QueryClient();
    const title = 'Arts </script><script>alert(1)</script> <!-- & more';
    client.setQueryData(['plan'], { title });
    const script = firstScreenStateScript(dehydrate(client));
    const body = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>'));
    expect(body).not.toContain('<');
    document.body.innerHTML = script;
    const state = readFirstScreenState(document);
    expect(state?.queries[0]?.state.data).toEqual({ title });
  });

  it('are absent from a page the browser renders itself', () => {
    document.body.innerHTML = '<div id="root"></div>';
    expect(readFirstScreenState(document)).toBeUndefined();
  });
});
