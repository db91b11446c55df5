import { ERROR_CODE_TABLE, ERROR_CODES, errorCodeDescription } from '@iamgate/policy/contracts';
import { builder } from '../builder.js';

/**
 * Every stable code an error of the gateway carries in `extensions.code`, each described with the HTTP status it
 * answers with: the schema is all a client needs to know them (the SDK generates its error classes from it).
 */
export const ErrorCodeRef = builder.enumType('ErrorCode', {
  description:
    'The stable code of an error, in its `extensions.code` (with the HTTP status in `extensions.http.status`). ' +
    'Most are the AWS IAM and STS error names; the last line of each description is its HTTP status.',
  values: Object.fromEntries(
    ERROR_CODES.map((code) => [
      code,
      { value: code, description: errorCodeDescription(ERROR_CODE_TABLE[code]) },
    ]),
  ),
});
