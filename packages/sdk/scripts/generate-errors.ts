/**
 * Step two of `pnpm --filter @iamgate/sdk generate`: one error class per value of the schema's `ErrorCode` enum,
 * each value's description ending with the HTTP status the gateway answers it with (`HTTP status: 403.`, written by
 * `errorCodeDescription` of `@iamgate/policy/contracts`), written to `src/generated/errors.ts`. A code the gateway
 * adds becomes a class by printing the schema and regenerating.
 */
import { readErrorCodeDescription } from '@iamgate/policy/contracts';
import { buildSchema, isEnumType } from 'graphql';
import { errorClassName } from '../src/errors/error-class-name.js';
import { SDK_ERROR_CODES } from '../src/errors/sdk-error-codes.js';
import { GENERATED_BANNER } from './generate-operations.js';

/** The schema's enum of the gateway's error codes. */
export const ERROR_CODE_ENUM = 'ErrorCode';

/** One code of the schema's `ErrorCode` enum. */
export interface GatewayErrorCodeEntry {
  code: string;
  httpStatus: number;
  /** The value's description without its status line, reused as the class's TSDoc. */
  doc: string;
}

/**
 * The values of the `ErrorCode` enum of an SDL, in the schema's order. A value whose description does not end with
 * its HTTP status stops generation: the SDK cannot know what status the code answers with.
 */
export function errorCodesOfSchema(sdl: string): GatewayErrorCodeEntry[] {
  const type = buildSchema(sdl).getType(ERROR_CODE_ENUM);
  if (!isEnumType(type)) throw new Error(`the schema has no \`${ERROR_CODE_ENUM}\` enum`);
  return type.getValues().map((value) => {
    const entry = readErrorCodeDescription(value.description ?? '');
    if (entry === undefined) {
      throw new Error(
        `\`${ERROR_CODE_ENUM}.${value.name}\`: its description does not end with its HTTP status`,
      );
    }
    return { code: value.name, httpStatus: entry.status, doc: entry.description.replace(/\s+/g, ' ').trim() };
  });
}

function classOf(entry: GatewayErrorCodeEntry): string {
  const doc = entry.doc === '' ? `The gateway's \`${entry.code}\` error.` : entry.doc;
  return [
    '/**',
    ` * ${doc}`,
    ' *',
    ` * Code \`${entry.code}\`, HTTP ${entry.httpStatus}.`,
    ' */',
    `export class ${errorClassName(entry.code)} extends IamgateError<'${entry.code}'> {`,
    '  constructor(message: string, options: IamgateErrorOptions = {}) {',
    `    super('${entry.code}', message, { httpStatus: ${entry.httpStatus}, ...options });`,
    '  }',
    '}',
  ].join('\n');
}

/** `src/generated/errors.ts` for the schema's `ErrorCode` enum. */
export function errorsFile(entries: readonly GatewayErrorCodeEntry[]): string {
  const clash = entries.find((entry) => (SDK_ERROR_CODES as readonly string[]).includes(entry.code));
  if (clash !== undefined) throw new Error(`the gateway code \`${clash.code}\` is also an SDK error code`);
  const union = entries.map((e) => `  | '${e.code}'`).join('\n');
  const statuses = entries.map((e) => `  ${e.code}: ${e.httpStatus},`).join('\n');
  const byCode = entries.map((e) => `  ${e.code}: ${errorClassName(e.code)};`).join('\n');
  const classes = entries.map((e) => `  ${e.code}: ${errorClassName(e.code)},`).join('\n');
  return [
    `// ${GENERATED_BANNER}`,
    "import { IamgateError, type IamgateErrorOptions } from '../errors/iamgate-error.js';",
    '',
    `/** The schema's \`${ERROR_CODE_ENUM}\` enum: the stable codes the gateway answers with in \`extensions.code\`. */`,
    `export type ${ERROR_CODE_ENUM} =\n${union};`,
    '',
    "/** An error code of the gateway (the schema's `ErrorCode`). */",
    `export type GatewayErrorCode = ${ERROR_CODE_ENUM};`,
    '',
    '/** The HTTP status the gateway answers each code with. */',
    `export const GATEWAY_ERROR_STATUS: { readonly [C in ${ERROR_CODE_ENUM}]: number } = {\n${statuses}\n};`,
    '',
    ...entries.flatMap((entry) => [classOf(entry), '']),
    '/** The error class of each gateway code. */',
    `export interface GatewayErrorByCode {\n${byCode}\n}`,
    '',
    '/** The constructor of each gateway code, to build the error a response carries. */',
    `export const GATEWAY_ERROR_CLASSES = {\n${classes}\n} as const satisfies { [C in ${ERROR_CODE_ENUM}]: unknown };`,
    '',
  ].join('\n');
}
