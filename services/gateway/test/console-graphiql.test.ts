/** GraphiQL comes from the gateway itself, never from a CDN (issue 16). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

/** Every URL the page loads something from: `src` and `href` attributes, CSS `url(...)` and `@import`. */
function referencedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']*)["']/gi)) urls.push(match[1] ?? '');
  for (const match of html.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/gi)) urls.push(match[1] ?? '');
  for (const match of html.matchAll(/url\(\s*["']?(https?:\/\/[^"')\s]+)/gi)) urls.push(match[1] ?? '');
  return urls;
}

describe('GraphiQL at /graphql', () => {
  let t: TestGateway;
  let html: string;

  beforeAll(async () => {
    t = await startTestGateway('pglite');
    const response = await t.gateway.fetch(
      new Request('http://localhost/graphql', { headers: { accept: 'text/html' } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    html = await response.text();
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('inlines GraphiQL instead of loading it from unpkg', () => {
    expect(html).toContain('<title>iamgate</title>');
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
    expect(html).not.toMatch(/unpkg\.com|jsdelivr\.net|cdnjs|fonts\.googleapis/);
  });

  it('references no other origin: every script, style, font and icon is in the page', () => {
    const urls = referencedUrls(html);
    expect(urls.length).toBeGreaterThan(0); // the favicon, as a data: URL
    const remote = urls.filter((url) => /^(https?:)?\/\//i.test(url));
    expect(remote).toEqual([]);
    expect(html).not.toMatch(/<script[^>]+\ssrc=/i);
    expect(html).not.toMatch(/<link[^>]+rel=["']?stylesheet/i);
  });

  it('is not served when GraphiQL is off', async () => {
    const { gateway } = await t.variant({ IAMGATE_GRAPHIQL: 'false' });
    const response = await gateway.fetch(
      new Request('http://localhost/graphql', { headers: { accept: 'text/html' } }),
    );
    expect(response.headers.get('content-type') ?? '').not.toMatch(/^text\/html/);
  });
});
