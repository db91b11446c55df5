import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as express from '../src/express/index.js';
import * as fastify from '../src/fastify/index.js';
import * as graphql from '../src/graphql/index.js';
import * as hono from '../src/hono/index.js';
import * as root from '../src/index.js';
import * as node from '../src/node/index.js';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Every bare module specifier reachable from `entry` through relative imports. */
function externalImports(entry: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(entry)) return found;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const [, specifier] of text.matchAll(/(?:from|import)\s+'([^']+)'/g)) {
    if (specifier === undefined) continue;
    if (specifier.startsWith('.')) {
      const next = resolve(dirname(entry), specifier.replace(/\.js$/, '.ts'));
      for (const s of externalImports(next, seen)) found.add(s);
    } else {
      found.add(specifier);
    }
  }
  return found;
}

describe('package entry points', () => {
  it('keeps the root entry free of Node built-ins and frameworks, so it runs at the edge', () => {
    expect([...externalImports(resolve(src, 'index.ts'))].sort()).toEqual([
      '@iamgate/policy',
      '@iamgate/policy/contracts',
      'jose',
    ]);
  });

  it('loads graphql only from the graphql entry, and each framework only from its own', () => {
    const imports = (entry: string) => [...externalImports(resolve(src, entry))].sort();
    expect(imports('graphql/index.ts')).toEqual([
      '@iamgate/policy',
      '@iamgate/policy/contracts',
      'graphql',
      'jose',
    ]);
    expect(imports('hono/index.ts')).toEqual([
      '@iamgate/policy',
      '@iamgate/policy/contracts',
      'hono',
      'jose',
    ]);
    expect(imports('fastify/index.ts')).toEqual([
      '@iamgate/policy',
      '@iamgate/policy/contracts',
      'fastify',
      'jose',
      'node:http',
      'node:tls',
    ]);
    expect(imports('express/index.ts')).toEqual([
      '@iamgate/policy',
      '@iamgate/policy/contracts',
      'jose',
      'node:http',
      'node:tls',
    ]);
    expect(imports('node/index.ts')).toEqual([
      '@iamgate/policy',
      '@iamgate/policy/contracts',
      'jose',
      'node:http',
      'node:tls',
    ]);
  });

  it('exports no name twice across entries', () => {
    const names = [root, node, express, fastify, hono, graphql].flatMap((m) => Object.keys(m));
    expect(names.length).toBe(new Set(names).size);
  });

  it('exports the public API', () => {
    expect(Object.keys(root).sort()).toEqual(
      [
        'AuthenticationError',
        'DENIAL_STATUS',
        'MiddlewareConfigError',
        'accessDeniedMessage',
        'bearerToken',
        'buildRequestContext',
        'compileTrustProxy',
        'createGate',
        'createRevocationList',
        'createTokenVerifier',
        'fetchRequestFacts',
        'parseIp',
        'parseIpBlock',
        'policyAuthorizer',
        'staticPolicySource',
        'transportFacts',
      ].sort(),
    );
    expect(Object.keys(graphql).sort()).toEqual(['defaultFieldTarget', 'defaultIsPublic', 'useIamgate']);
  });
});
