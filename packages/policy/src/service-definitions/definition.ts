/**
 * An app's service as it declares itself to policy checks, in the shape of AWS's programmatic service reference
 * (docs.aws.amazon.com/service-authorization/latest/reference/service-reference.html): its prefix, its actions with
 * their access level, the resource types each acts on and the condition keys each supports, its resource types
 * with their ARN formats, and its own condition keys with their types.
 *
 * @example
 * const orders: ServiceDefinitionDocument = {
 *   Name: 'orders',
 *   Actions: [{ Name: 'GetOrder', AccessLevel: 'Read', Resources: [{ Name: 'order' }] }],
 *   Resources: [{ Name: 'order', ARNFormats: ['arn:${Partition}:orders:${Region}:${Account}:order/${OrderId}'] }],
 *   ConditionKeys: [{ Name: 'orders:Amount', Types: ['Numeric'] }],
 * };
 */
export interface ServiceDefinitionDocument {
  /** The service prefix of its actions (`orders` in `orders:GetOrder`). */
  Name: string;
  Actions: ActionDefinition[];
  Resources?: ResourceTypeDefinition[];
  ConditionKeys?: ConditionKeyDefinition[];
}

/** AWS's access levels (`reference_policies_understand-policy-summary-access-level-summaries.html`). */
export const ACCESS_LEVELS = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** One action of a service. */
export interface ActionDefinition {
  /** The action's name without the prefix (`GetOrder`). */
  Name: string;
  AccessLevel: AccessLevel;
  /** The resource types it acts on; none means it takes no resource (`Resource: "*"`). */
  Resources?: { Name: string }[];
  /** Service-specific and global condition keys it supports (the resource types' keys count too). */
  ActionConditionKeys?: string[];
  Description?: string;
}

/** One resource type: its name and the ARN formats of its resources. */
export interface ResourceTypeDefinition {
  Name: string;
  /** ARN templates with `${Partition}`, `${Region}`, `${Account}` and the type's own variables. */
  ARNFormats: string[];
  ConditionKeys?: string[];
}

/** The types a condition key can have, as the service reference names them. */
export const CONDITION_KEY_TYPES = [
  'String',
  'ArrayOfString',
  'Numeric',
  'ArrayOfNumeric',
  'Date',
  'ArrayOfDate',
  'Bool',
  'ArrayOfBool',
  'ARN',
  'ArrayOfARN',
  'IPAddress',
  'ArrayOfIPAddress',
  'Binary',
] as const;
export type ConditionKeyType = (typeof CONDITION_KEY_TYPES)[number];

/** One condition key of the service (`orders:Amount`), or a prefix of tag-like keys (`orders:OrderTag/`). */
export interface ConditionKeyDefinition {
  Name: string;
  Types: ConditionKeyType[];
}
