/** Limits applied to a document's text before it is parsed into objects. */
export interface JsonTextLimits {
  /**
   * Maximum size in bytes of the text encoded as UTF-8 — the size a file has on disk, so the
   * CLI, the app and the guide state one rule (« 5 000 000 octets »).
   */
  maxBytes: number;
  /** Maximum nesting of arrays and objects. */
  maxDepth: number;
}

/** Generous for a 2,000-step script, far below what would stall a browser tab. */
export const DEFAULT_JSON_TEXT_LIMITS: JsonTextLimits = { maxBytes: 5_000_000, maxDepth: 40 };

export type JsonTextProblem =
  { problem: 'too-large'; bytes: number } | { problem: 'too-deep'; depth: number; offset: number };

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
  // Cheap first: a text's UTF-8 size is at least its length and at most three times it.
  if (text.length > limits.maxBytes) return { problem: 'too-large', bytes: utf8ByteLength(text) };
  if (text.length * 3 > limits.maxBytes) {
    const bytes = utf8ByteLength(text);
    if (bytes > limits.maxBytes) return { problem: 'too-large', bytes };
  }
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

/** The size of the text encoded as UTF-8, counted without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
