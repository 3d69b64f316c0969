/** Limits applied to a document's text before it is parsed into objects. */
export interface JsonTextLimits {
  /** Maximum length in UTF-16 code units (about the byte size for French text). */
  maxChars: number;
  /** Maximum nesting of arrays and objects. */
  maxDepth: number;
}

/** Generous for a 2,000-step script, far below what would stall a browser tab. */
export const DEFAULT_JSON_TEXT_LIMITS: JsonTextLimits = { maxChars: 5_000_000, maxDepth: 40 };

export type JsonTextProblem =
  { problem: 'too-large'; chars: number } | { problem: 'too-deep'; depth: number; offset: number };

const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Scans the raw text for size and nesting depth without building any object, so a 100,000-deep
 * document is refused before JSON.parse could overflow the stack.
 */
export function checkJsonTextLimits(
  text: string,
  limits: JsonTextLimits = DEFAULT_JSON_TEXT_LIMITS,
): JsonTextProblem | null {
  if (text.length > limits.maxChars) return { problem: 'too-large', chars: text.length };
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > limits.maxDepth) return { problem: 'too-deep', depth, offset: i };
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return null;
}
