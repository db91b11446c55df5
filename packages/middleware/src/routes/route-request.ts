import type { VerifiedPrincipal } from '../token/verified-principal.js';
import type { AuthenticatedRouteRequest } from './route-target.js';

/**
 * The request route functions see. One class, with the query string parsed only when asked for: most routes never
 * read it, and this object is built on every request.
 */
export class GateRouteRequest implements AuthenticatedRouteRequest {
  params: Readonly<Record<string, string>> = {};
  // INVARIANT: set before any resource or context function runs (they only see authenticated requests).
  principal!: VerifiedPrincipal;
  #query: URLSearchParams | undefined;

  constructor(
    readonly method: string,
    readonly path: string,
    private readonly search: string,
    readonly header: (name: string) => string | undefined,
  ) {}

  get query(): URLSearchParams {
    this.#query ??= new URLSearchParams(this.search);
    return this.#query;
  }
}
