export { accessOfPrincipal } from './access-of-principal.js';
export { flattenPlan, planFromNodes } from './plan-flat.js';
export { bindPlan, literalPattern, planAllows } from './plan-match.js';
export { arnPatternRegex, likePatternRegex } from './plan-regex.js';
export { planResourceAccess } from './plan-resources.js';
export type * from './types.js';
