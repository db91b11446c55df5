export { type PlanColumns, planToDrizzleWhere } from './plan-to-drizzle-where.js';
