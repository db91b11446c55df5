import { apiOperations } from '@iamgate/sdk';
import {
  type DocumentNode,
  type GraphQLField,
  GraphQLInt,
  GraphQLString,
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import { RESERVED_OPTIONS } from '../args/global-options.js';
import { kebabCase } from './kebab-case.js';
import { gatewaySchema } from './load-schema.js';
import type { OperationCommand, OperationGroup, OptionSpec } from './option-spec.js';

/** AWS STS's operations; every other operation but the ones below is an `iam` command. */
const STS_OPERATIONS = new Set([
  'assumeRole',
  'assumeRoleWithWebIdentity',
  'assumeWorkloadRole',
  'getCallerIdentity',
  'getSessionToken',
]);
/**
 * AWS Organizations' operations, and the making of accounts (`organizations create-account` in the AWS CLI too):
 * `iamgate organizations COMMAND`.
 */
const ORGANIZATIONS_OPERATIONS = new Set([
  'acceptHandshake',
  'attachGuardrailPolicy',
  'createAccount',
  'createAccountInvitation',
  'createGuardrailPolicy',
  'createOrganization',
  'createOrganizationalUnit',
  'declineHandshake',
  'deleteAccountInvitation',
  'describeOrganization',
  'detachGuardrailPolicy',
  'inviteAccountToOrganization',
  'leaveOrganization',
  'listAccountInvitations',
  'listAccounts',
  'listGuardrailPolicies',
  'listHandshakesForAccount',
  'listOrganizationalUnits',
  'moveAccount',
]);
/**
 * Options whose flag would be a global option's (`--url` names the gateway), renamed for their command: the AWS CLI
 * avoids the clash by calling its own `--endpoint-url`. A clash not listed here fails the catalog, and its test.
 */
const RENAMED_FLAGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  createOpenIDConnectProvider: { url: 'issuer-url' },
};
/** `iamgate sign-up`, a command of its own, sent without a session (nobody has one before signing up). */
const SIGN_UP_OPERATIONS = new Set(['signUp']);
/** Operations with commands of their own: `iamgate authorize`, and `iamgate sign-in` (which keeps the session). */
const AUTHORIZE_OPERATIONS = new Set(['authorize']);
const OWN_COMMAND_OPERATIONS = new Set(['signIn']);

function groupOf(operation: string): OperationGroup | undefined {
  if (OWN_COMMAND_OPERATIONS.has(operation)) return undefined;
  if (STS_OPERATIONS.has(operation)) return 'sts';
  if (ORGANIZATIONS_OPERATIONS.has(operation)) return 'organizations';
  if (SIGN_UP_OPERATIONS.has(operation)) return 'sign-up';
  if (AUTHORIZE_OPERATIONS.has(operation)) return 'authorize';
  return 'iam';
}

function rootField(
  operation: OperationDefinitionNode,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  const schema = gatewaySchema();
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return root?.getFields()[name];
}

function commandOf(name: string, document: DocumentNode, group: OperationGroup): OperationCommand {
  const schema = gatewaySchema();
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operation === undefined) throw new Error(`the SDK's \`${name}\` has no operation`);
  const field = rootField(operation, name);
  const variables = operation.variableDefinitions ?? [];
  const options: OptionSpec[] = [];
  const lone = variables.length === 1 ? variables[0] : undefined;
  const loneType = lone === undefined ? undefined : typeFromAST(schema, lone.type);
  const inputOnly = lone?.variable.name.value === 'input' && loneType !== undefined;
  if (inputOnly) {
    // Same rule as the SDK's `api`: a lone `input` is spread into options, as the AWS CLI spreads a request.
    const inputType = getNamedType(loneType);
    if (!isInputObjectType(inputType)) throw new Error(`\`${name}\`'s input is not an input object`);
    for (const inputField of Object.values(inputType.getFields())) {
      options.push({
        flag: kebabCase(inputField.name),
        field: inputField.name,
        type: inputField.type,
        required: isNonNullType(inputField.type) && inputField.defaultValue === undefined,
        description: inputField.description ?? undefined,
      });
    }
  } else {
    for (const variable of variables) {
      const type = typeFromAST(schema, variable.type);
      const variableName = variable.variable.name.value;
      if (type === undefined) throw new Error(`\`${name}\` uses a type the schema does not have`);
      const argument = field?.args.find((a) => a.name === variableName);
      options.push({
        flag: kebabCase(variableName),
        field: variableName,
        type: type as OptionSpec['type'],
        required: isNonNullType(type) && variable.defaultValue === undefined,
        description: argument?.description ?? undefined,
      });
    }
  }
  for (const option of options) {
    option.flag = RENAMED_FLAGS[name]?.[option.field] ?? option.flag;
    if (RESERVED_OPTIONS.has(option.flag)) {
      throw new Error(
        `\`${name}\`'s option \`--${option.flag}\` is a global option: rename it in RENAMED_FLAGS`,
      );
    }
  }
  const result = field === undefined ? undefined : getNamedType(field.type);
  const takes = (flag: string, type: unknown) =>
    options.some((o) => o.flag === flag && getNamedType(o.type) === type && !o.required);
  const paginated =
    !inputOnly &&
    takes('first', GraphQLInt) &&
    takes('after', GraphQLString) &&
    isObjectType(result) &&
    'pageInfo' in result.getFields();
  options.sort((a, b) => Number(b.required) - Number(a.required) || a.flag.localeCompare(b.flag));
  return {
    operation: name,
    command: kebabCase(name),
    group,
    description: field?.description ?? '',
    options,
    inputOnly,
    paginated,
  };
}

let catalog: readonly OperationCommand[] | undefined;

/**
 * Every gateway operation the SDK was generated with, as a command: a new operation of the gateway becomes a
 * command as soon as the SDK is generated again, with no code here.
 */
export function operationCatalog(): readonly OperationCommand[] {
  if (catalog === undefined) {
    const commands: OperationCommand[] = [];
    for (const [name, document] of Object.entries(apiOperations)) {
      const group = groupOf(name);
      if (group !== undefined) commands.push(commandOf(name, document, group));
    }
    catalog = commands.sort((a, b) => a.command.localeCompare(b.command));
  }
  return catalog;
}

/** The commands of one group. */
export function commandsOf(group: OperationGroup): readonly OperationCommand[] {
  return operationCatalog().filter((c) => c.group === group);
}

/** The command `command` of `group`, if the gateway has it. */
export function findCommand(group: OperationGroup, command: string): OperationCommand | undefined {
  return operationCatalog().find((c) => c.group === group && c.command === command);
}
