import type { GraphiQLOptions } from 'graphql-yoga';

/** Rendered pages by their options: the page inlines about 9 MB of GraphiQL, so it is built once per title. */
const pages = new Map<string, string>();

/**
 * GraphiQL as one self-contained page: `@graphql-yoga/render-graphiql` inlines the bundled GraphiQL, its styles
 * and its editor workers, where yoga's default page loads them from unpkg. Nobody's browser then asks another
 * origin for the code that handles their session token. The bundle is imported on the first request for the page,
 * so a gateway that never serves GraphiQL never loads it.
 */
export async function renderSelfHostedGraphiQL(options: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options);
  const cached = pages.get(key);
  if (cached !== undefined) return cached;
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  const page = renderGraphiQL(options);
  pages.set(key, page);
  return page;
}
