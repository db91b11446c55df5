/** The deepest JSON nesting a request may carry: the deepest input of the API nests 8 levels, batched. */
export const MAX_JSON_DEPTH = 32;
