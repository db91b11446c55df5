import { exceedsJsonDepth } from '@iamgate/policy';
import type { Plugin } from 'graphql-yoga';
import { IamError } from '../errors/iam-error.js';

function tooDeep(maxDepth: number): IamError {
  return new IamError('ValidationError', `the request nests JSON deeper than ${maxDepth} levels`, {
    limit: maxDepth,
  });
}

/**
 * Refuses a request whose JSON (a POST body, or the `variables` and `extensions` parameters of a GET) nests deeper
 * than `maxDepth`, with `ValidationError` (400), before it is parsed. The body size limit still applies: yoga wraps
 * this parser with it.
 */
export function useJsonDepthLimit(maxDepth: number): Plugin {
  return {
    onRequestParse({ request, url, requestParser, setRequestParser }) {
      if (requestParser === undefined) return;
      const parse = requestParser;
      if (request.method === 'GET') {
        for (const name of ['variables', 'extensions']) {
          const value = url.searchParams.get(name);
          if (value !== null && exceedsJsonDepth(value, maxDepth)) throw tooDeep(maxDepth);
        }
        return;
      }
      setRequestParser(async (limited) => {
        const text = await limited.text();
        if (exceedsJsonDepth(text, maxDepth)) throw tooDeep(maxDepth);
        return parse(
          new Request(limited.url, { method: limited.method, headers: limited.headers, body: text }),
        );
      });
    },
  };
}
