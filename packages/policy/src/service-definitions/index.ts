export { type CatalogService, ServiceCatalog } from './catalog.js';
export { checkServiceDefinition, type ServiceDefinitionCheck } from './check-definition.js';
export {
  ACCESS_LEVELS,
  type AccessLevel,
  type ActionDefinition,
  CONDITION_KEY_TYPES,
  type ConditionKeyDefinition,
  type ConditionKeyType,
  type ResourceTypeDefinition,
  type ServiceDefinitionDocument,
} from './definition.js';
export { findingDocumentation } from './finding-documentation.js';
export { GLOBAL_CONDITION_KEYS } from './global-keys.js';
