/**
 * Step two of `pnpm --filter @iamgate/sdk generate`: one error class per error code of the gateway, read from the
 * table the gateway answers with (`services/gateway/src/errors/error-codes.ts`, `ERROR_STATUS`, a public contract)
 * and written to `src/generated/errors.ts`. A code the gateway adds becomes a class by regenerating.
 */
import ts from 'typescript';
import { errorClassName } from '../src/errors/error-class-name.js';
import { SDK_ERROR_CODES } from '../src/errors/sdk-error-codes.js';
import { GENERATED_BANNER } from './generate-operations.js';

/** Where the gateway keeps its error table, relative to this package. */
export const GATEWAY_ERROR_CODES_FILE = new URL(
  '../../../services/gateway/src/errors/error-codes.ts',
  import.meta.url,
);

/** One code of the gateway's table. */
export interface GatewayErrorCodeEntry {
  code: string;
  httpStatus: number;
  /** The table's comment on the code, reused as the class's TSDoc. */
  doc: string;
}

function docOf(source: string, node: ts.Node): string {
  const ranges = ts.getLeadingCommentRanges(source, node.getFullStart()) ?? [];
  const texts = ranges
    .map((range) => source.slice(range.pos, range.end))
    .filter((text) => text.startsWith('/**'))
    .map((text) =>
      text
        .replace(/^\/\*\*|\*\/$/g, '')
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, '').trim())
        .filter((line) => line !== '')
        .join(' '),
    );
  return texts.join(' ').trim();
}

/**
 * The entries of `export const ERROR_STATUS = { Code: status, ... }` in the gateway's source, in table order.
 * Anything else in that object (a computed key, a status that is not a number literal) stops generation: the
 * table is a contract and must stay readable as data.
 */
export function parseGatewayErrorCodes(source: string): GatewayErrorCodeEntry[] {
  const file = ts.createSourceFile('error-codes.ts', source, ts.ScriptTarget.ES2022, true);
  let table: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'ERROR_STATUS') {
      let init = node.initializer;
      while (init !== undefined && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) {
        init = init.expression;
      }
      if (init !== undefined && ts.isObjectLiteralExpression(init)) table = init;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (table === undefined)
    throw new Error('`ERROR_STATUS` is not an object literal in the gateway error table');
  return table.properties.map((property) => {
    if (
      !ts.isPropertyAssignment(property) ||
      !ts.isIdentifier(property.name) ||
      !ts.isNumericLiteral(property.initializer)
    ) {
      throw new Error(`unsupported entry \`${property.getText(file)}\` in the gateway error table`);
    }
    return {
      code: property.name.text,
      httpStatus: Number(property.initializer.text),
      doc: docOf(source, property),
    };
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

/** `src/generated/errors.ts` for the gateway's table. */
export function errorsFile(entries: readonly GatewayErrorCodeEntry[]): string {
  const clash = entries.find((entry) => (SDK_ERROR_CODES as readonly string[]).includes(entry.code));
  if (clash !== undefined) throw new Error(`the gateway code \`${clash.code}\` is also an SDK error code`);
  const statuses = entries.map((e) => `  ${e.code}: ${e.httpStatus},`).join('\n');
  const byCode = entries.map((e) => `  ${e.code}: ${errorClassName(e.code)};`).join('\n');
  const classes = entries.map((e) => `  ${e.code}: ${errorClassName(e.code)},`).join('\n');
  return [
    `// ${GENERATED_BANNER}`,
    "import { IamgateError, type IamgateErrorOptions } from '../errors/iamgate-error.js';",
    '',
    '/** The error codes the gateway answers with, and the HTTP status of each. */',
    `export const GATEWAY_ERROR_STATUS = {\n${statuses}\n} as const;`,
    '',
    '/** An error code of the gateway. */',
    'export type GatewayErrorCode = keyof typeof GATEWAY_ERROR_STATUS;',
    '',
    ...entries.flatMap((entry) => [classOf(entry), '']),
    '/** The error class of each gateway code. */',
    `export interface GatewayErrorByCode {\n${byCode}\n}`,
    '',
    '/** The constructor of each gateway code, to build the error a response carries. */',
    `export const GATEWAY_ERROR_CLASSES = {\n${classes}\n} as const;`,
    '',
  ].join('\n');
}
