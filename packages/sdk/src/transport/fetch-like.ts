/**
 * How the client sends a request: `globalThis.fetch` by default, or any function of the same shape, such as a
 * gateway's in-process handler (`gateway.fetch`) or a fetch with a proxy agent.
 */
export type FetchLike = (request: Request) => Promise<Response>;
