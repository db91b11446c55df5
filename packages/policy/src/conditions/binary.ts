/**
 * `BinaryEquals` (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * #Conditions_BinaryEquals): policy values are base64; a context value (base64 text) matches when it decodes to the
 * same bytes. No policy variables.
 */
import { type FamilyCompiler, fixedValues, type Scalar, type ValueTest } from './types.js';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The decoded bytes of standard base64 text, as a binary string, or undefined when it is not base64. */
export function decodeBase64(value: Scalar): string | undefined {
  if (typeof value !== 'string' || !BASE64.test(value)) return undefined;
  return atob(value);
}

class BinaryTest implements ValueTest {
  constructor(private readonly values: readonly string[]) {}
  test(value: Scalar): boolean {
    const bytes = decodeBase64(value);
    return bytes !== undefined && this.values.includes(bytes);
  }
}

/** Compiles the values of one key for `BinaryEquals`. */
export const compileBinary: FamilyCompiler = (values, _variant, report) => {
  const decoded: string[] = [];
  values.forEach((v, i) => {
    const bytes = decodeBase64(v);
    if (bytes === undefined) report.invalid(i, `\`${String(v)}\` is not base64`);
    else decoded.push(bytes);
  });
  return fixedValues(new BinaryTest(decoded));
};
