// Twee 3 (Twine 2's text format, iftechfoundation/twine-specs twee-3-specification.md) read into
// passages. Only what the format says is read; the mapping to a script is twee-to-script.ts.

/** One passage as written: name, tags, metadata and content, with the line of its header. */
export interface TweePassage {
  name: string;
  tags: string[];
  line: number;
  /** The header's metadata block, parsed; null when absent. */
  metadata: Record<string, unknown> | null;
  /** The metadata block's text when it is not a JSON object (the spec says: warn, go on). */
  badMetadata?: string;
  text: string;
}

/** Why a file cannot be read as Twee at all: where, and which problem (for its message and fix). */
export interface TweeError {
  code: 'empty' | 'empty-name' | 'unclosed-tags' | 'duplicate-name' | 'too-large' | 'too-many';
  line: number;
  name?: string;
}

export type TweeParse =
  | {
      ok: true;
      passages: TweePassage[];
      /** Text before the first header: no passage holds it (the mapping lists it). */
      preamble: string;
    }
  | { ok: false; errors: TweeError[] };

/** Larger than any real story; keeps a wrong file from freezing the page. */
export const MAX_TWEE_CHARS = 5_000_000;
/** A script holds at most 2,000 steps; a few special passages are allowed on top. */
export const MAX_PASSAGES = 2_100;

/** Reads `text` up to an unescaped stop character; `\x` stands for x (spec: decoding). */
function readEscaped(text: string, from: number, stops: string): { value: string; end: number } {
  let value = '';
  let i = from;
  while (i < text.length && !stops.includes(text.charAt(i))) {
    if (text.charAt(i) === '\\' && i + 1 < text.length) i += 1;
    value += text.charAt(i);
    i += 1;
  }
  return { value, end: i };
}

type Header = Omit<TweePassage, 'text'> | TweeError;

function parseHeader(line: string, lineNumber: number): Header {
  const name = readEscaped(line, 2, '[{');
  let i = name.end;
  let tags: string[] = [];
  if (line.charAt(i) === '[') {
    const block = readEscaped(line, i + 1, ']');
    if (block.end >= line.length) return { code: 'unclosed-tags', line: lineNumber };
    tags = block.value.split(/\s+/u).filter((tag) => tag !== '');
    i = block.end + 1;
  }
  const rest = line.slice(i).trim();
  const passage: Omit<TweePassage, 'text'> = {
    name: name.value.trim(),
    tags,
    line: lineNumber,
    metadata: null,
  };
  if (passage.name === '') return { code: 'empty-name', line: lineNumber };
  if (rest === '') return passage;
  try {
    const parsed: unknown = JSON.parse(rest);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return { ...passage, metadata: parsed as Record<string, unknown> };
    }
  } catch {
    // Reported below: the spec asks to warn, drop the metadata and go on.
  }
  return { ...passage, badMetadata: rest };
}

/** Splits a Twee 3 file into passages, or says why it cannot (with the line to look at). */
export function parseTwee(source: string): TweeParse {
  if (source.length > MAX_TWEE_CHARS)
    return { ok: false, errors: [{ code: 'too-large', line: 1 }] };
  const lines = source.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const passages: TweePassage[] = [];
  const errors: TweeError[] = [];
  const seen = new Map<string, number>();
  let current: Omit<TweePassage, 'text'> | null = null;
  let body: string[] = [];
  const preamble: string[] = [];
  const close = () => {
    if (!current) return;
    while (body.length > 0 && body.at(-1)?.trim() === '') body.pop(); // spec: trailing blanks
    passages.push({ ...current, text: body.join('\n') });
  };
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (!line.startsWith('::')) {
      // Passage text may start a line with « :: » escaped by Twine as « \:\: » (or « \:: »).
      const text = line.replace(/^\\:\\?:/u, '::');
      if (current) body.push(text);
      else preamble.push(text);
      return;
    }
    const header = parseHeader(line, lineNumber);
    if ('code' in header) {
      errors.push(header);
      return;
    }
    const first = seen.get(header.name);
    if (first !== undefined) {
      errors.push({ code: 'duplicate-name', line: lineNumber, name: header.name });
    }
    seen.set(header.name, first ?? lineNumber);
    close();
    current = header;
    body = [];
  });
  close();
  if (passages.length === 0 && errors.length === 0) errors.push({ code: 'empty', line: 1 });
  if (passages.length > MAX_PASSAGES) errors.push({ code: 'too-many', line: 1 });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, passages, preamble: preamble.join('\n').trim() };
}
