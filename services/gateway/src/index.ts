export type { PrincipalType, SessionClaims } from '@iamgate/policy/contracts';
export type { AuthzInput, AuthzRule, AuthzTarget, FieldAuthz, PublicField } from './authz/authz-rule.js';
export type { Principal } from './authz/principal.js';
export type { RequestFacts } from './authz/request-context.js';
export { ConfigError, type ConfigIssue } from './config/config-error.js';
export type {
  Deadlines,
  GatewayConfig,
  RequestLimits,
  SignInProtection,
  TokenSettings,
} from './config/gateway-config.js';
export { loadConfig } from './config/load-config.js';
export type { Caller, GatewayContext } from './context/gateway-context.js';
export type { GatewayServices } from './context/gateway-services.js';
export { ERROR_CODES, ERROR_STATUS, type ErrorCode } from './errors/error-codes.js';
export { IamError, isIamError } from './errors/iam-error.js';
export { createGateway, type Gateway, type GatewayDeps, type GatewayIntervals } from './gateway.js';
export { createLogger, type Logger, type LogLevel } from './logging/logger.js';
export { schema } from './schema/index.js';
export { printedSchema } from './schema/printed-schema.js';
