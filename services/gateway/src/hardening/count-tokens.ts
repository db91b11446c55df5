import { Lexer, Source, TokenKind } from 'graphql';

/**
 * Counts the lexical tokens of a document, stopping at `limit + 1`, so that a huge document is refused before it
 * is parsed into a huge AST. A lexing error stops the count; the parser then reports it properly.
 */
export function countTokens(text: string, limit: number): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (count <= limit && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    return count;
  }
  return count;
}
