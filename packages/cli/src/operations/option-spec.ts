import type { GraphQLInputType } from 'graphql';

/** One `--flag` of an operation command, mapped to a variable or to a field of the operation's lone `input`. */
export interface OptionSpec {
  /** The flag without dashes, e.g. `user-name`. */
  flag: string;
  /** The GraphQL name it sets, e.g. `userName`. */
  field: string;
  /** Its GraphQL type, which decides how the text is read (number, boolean, enum, JSON, `file://`). */
  type: GraphQLInputType;
  required: boolean;
  description: string | undefined;
}

/** Where an operation belongs on the command line. */
export type OperationGroup = 'iam' | 'sts' | 'organizations' | 'authorize' | 'sign-up';

/** A gateway operation as a command, derived from the SDK's generated documents and the schema. */
export interface OperationCommand {
  /** The SDK method (root field), e.g. `createUser`. */
  operation: string;
  /** The command name, e.g. `create-user`. */
  command: string;
  group: OperationGroup;
  description: string;
  options: readonly OptionSpec[];
  /** The operation takes one `input` object whose fields are the options (the SDK's `api` then takes the input). */
  inputOnly: boolean;
  /**
   * The operation lists page by page: it takes `first` and `after` and answers with a `pageInfo`, so the command
   * fetches every page (see `fetchPages`) and takes `--max-items`, `--page-size` and `--starting-token`.
   */
  paginated: boolean;
}
