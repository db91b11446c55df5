/**
 * A whole policy document (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html): the input
 * (JSON text or an already parsed value), `Version`, `Id` and `Statement`. Parsing never throws: every problem is a
 * finding, and the compiled policy exists only when there is no error.
 */
import { CompiledPolicy, type CompiledStatement } from '../compile.js';
import { Findings, show, typeName } from './findings.js';
import { MAX_NESTING_DEPTH, textNestsTooDeep, valueNestsTooDeep } from './nesting.js';
import { parseStatement, type StatementShape } from './statement.js';
import { has, isObject } from './string-list.js';

const TOP_LEVEL = new Set(['Version', 'Id', 'Statement']);
const VERSIONS = new Set(['2012-10-17', '2008-10-17']);

/** Everything parsing learned about a document. */
export interface ParsedDocument {
  findings: Findings;
  /** Present when the document has no error. */
  policy: CompiledPolicy | undefined;
  shapes: StatementShape[];
  /** The JSON text the document was read from, or undefined when a value was given. */
  text: string | undefined;
  /** The parsed JSON value (undefined when the text was not JSON). */
  value: unknown;
}

/** Parses JSON text or a value into a compiled policy plus findings. */
export function parseDocument(input: unknown): ParsedDocument {
  const findings = new Findings();
  const text = typeof input === 'string' ? input : undefined;
  // Before anything recurses into the input (V8's JSON.parse and JSON.stringify included).
  if (text === undefined ? valueNestsTooDeep(input) : textNestsTooDeep(text)) {
    findings.error(
      'NESTING_TOO_DEEP',
      [],
      `the policy nests objects and arrays more than ${MAX_NESTING_DEPTH} levels deep`,
    );
    return { findings, policy: undefined, shapes: [], text, value: undefined };
  }
  let value: unknown = input;
  if (text !== undefined) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      findings.error('INVALID_JSON', [], `the policy is not valid json: ${reason.slice(0, 200)}`);
      return { findings, policy: undefined, shapes: [], text, value: undefined };
    }
  }
  if (!isObject(value)) {
    findings.error('INVALID_DOCUMENT', [], `a policy must be a json object, got ${typeName(value)}`);
    return { findings, policy: undefined, shapes: [], text, value };
  }
  for (const key of Object.keys(value)) {
    if (!TOP_LEVEL.has(key))
      findings.error('UNKNOWN_ELEMENT', [key], `\`${show(key)}\` is not a policy element`);
  }
  const version = readVersion(value, findings);
  let documentId: string | undefined;
  if (has(value, 'Id')) {
    if (typeof value.Id === 'string') documentId = value.Id;
    else findings.error('INVALID_ID', ['Id'], `\`Id\` must be a string, got ${typeName(value.Id)}`);
  }
  const statements: CompiledStatement[] = [];
  const shapes: StatementShape[] = [];
  const raw = value.Statement;
  const list = Array.isArray(raw) ? raw : [raw];
  if (!has(value, 'Statement')) findings.error('MISSING_STATEMENT', [], 'a policy needs `Statement`');
  else if (Array.isArray(raw) && raw.length === 0)
    findings.warning(
      'EMPTY_STATEMENT',
      ['Statement'],
      '`Statement` is empty: the policy grants and denies nothing',
    );
  else {
    const variables = version === '2012-10-17';
    const sids = new Map<string, number>();
    list.forEach((item: unknown, i) => {
      const path = Array.isArray(raw) ? ['Statement', i] : ['Statement'];
      const parsed = parseStatement(item, i, path, { variables }, findings);
      if (parsed === undefined) return;
      const sid = parsed.shape.sid;
      if (sid !== undefined && sid !== '') {
        if (sids.has(sid))
          findings.error(
            'DUPLICATE_SID',
            [...path, 'Sid'],
            `\`Sid\` \`${show(sid)}\` is used by statement ${sids.get(sid)} too`,
          );
        else sids.set(sid, i);
      }
      statements.push(parsed.statement);
      shapes.push(parsed.shape);
    });
  }
  const policy = findings.hasErrors ? undefined : new CompiledPolicy(version, documentId, statements);
  return { findings, policy, shapes, text, value };
}

function readVersion(doc: Record<string, unknown>, findings: Findings): string | undefined {
  if (!has(doc, 'Version')) {
    findings.warning(
      'MISSING_VERSION',
      [],
      'add `"Version": "2012-10-17"`: without it policy variables are literal text',
    );
    return undefined;
  }
  const version = doc.Version;
  if (typeof version !== 'string' || !VERSIONS.has(version)) {
    findings.error(
      'INVALID_VERSION',
      ['Version'],
      `\`Version\` must be \`2012-10-17\` or \`2008-10-17\`, got \`${show(version)}\``,
    );
    return undefined;
  }
  return version;
}
