import { describe, expect, it } from 'vitest';
import { checkDocument, MAX_DOCUMENT_CHARACTERS } from '../../src/documents.js';
import { isStoreError } from '../../src/errors.js';

const SMALL =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser","Resource":"*"}]}';

/** The code `checkDocument` refuses `text` with, or `undefined` when it accepts it. */
function refusal(text: string, maxSize = 6144): string | undefined {
  try {
    checkDocument(text, 'identity', maxSize, 'managedPolicySize');
    return undefined;
  } catch (error) {
    return isStoreError(error) ? error.code : 'not a StoreError';
  }
}

describe('checkDocument', () => {
  it('refuses text over 131,072 characters, whitespace included, before parsing it', () => {
    const padded = SMALL.replace('{', `{${' '.repeat(MAX_DOCUMENT_CHARACTERS - SMALL.length)}`);
    expect(refusal(padded)).toBeUndefined();
    expect(refusal(` ${padded}`)).toBe('InvalidInput');
    // Not JSON at all, but refused for its length, not for its grammar: it was never parsed.
    expect(refusal('x'.repeat(MAX_DOCUMENT_CHARACTERS + 1))).toBe('InvalidInput');
  });

  it('refuses a document over its quota without whitespace with LimitExceeded, then validates it', () => {
    expect(refusal(SMALL, 50)).toBe('LimitExceeded');
    expect(refusal('{not json')).toBe('MalformedPolicyDocument');
  });
});
