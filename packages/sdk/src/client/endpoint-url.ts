import { InvalidConfigurationError } from '../errors/sdk-errors.js';

/**
 * The GraphQL endpoint for `url`: an absolute `http:` or `https:` URL, with `/graphql` (the gateway's endpoint) when
 * it has no path.
 */
export function endpointUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidConfigurationError(`\`url\` must be an absolute URL, got \`${String(url)}\``, 'url');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InvalidConfigurationError(`\`url\` must use http or https, got \`${parsed.protocol}\``, 'url');
  }
  if (parsed.pathname === '/' || parsed.pathname === '') parsed.pathname = '/graphql';
  return parsed.toString();
}
