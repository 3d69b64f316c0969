import type { Finding, LocalizedText } from '../script/finding.types';
import { makeFinding } from '../script/make-finding';
import { toJsonPath } from '../script/json-path';

/** A place in the raw text, 1-based, counted in characters (UTF-16 code units). */
export interface TextPosition {
  line: number;
  column: number;
}

/** Why a text is not a JSON document Coulisses accepts. */
export type StrictJsonProblem =
  | { kind: 'syntax'; at: TextPosition; expected: LocalizedText }
  | {
      kind: 'duplicate-key';
      key: string;
      /** JSON path of the object holding the key twice. */
      path: string;
      first: TextPosition;
      second: TextPosition;
    };

export type StrictJsonResult =
  { ok: true; value: unknown } | { ok: false; problems: StrictJsonProblem[] };

/** The line and column of a UTF-16 offset in the text. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class SyntaxProblem extends Error {
  constructor(
    readonly offset: number,
    readonly expected: LocalizedText,
  ) {
    super(expected.en);
  }
}

const said = (fr: string, en: string): LocalizedText => ({ fr, en });
const EXPECTED = {
  quote: said('un guillemet « " »', 'a quote « " »'),
  unicode: said('\\u suivi de 4 chiffres hexadécimaux', '\\u followed by 4 hex digits'),
  escape: said(
    'un échappement valide (\\n, \\", \\\\, \\t…)',
    'a valid escape (\\n, \\", \\\\, \\t…)',
  ),
  rawControl: said(
    'la suite de la chaîne (un retour à la ligne ou une tabulation brute s’y écrit \\n ou \\t)',
    'the rest of the string (a raw line break or tab is written \\n or \\t)',
  ),
  closingQuote: said('le guillemet fermant « " »', 'the closing quote « " »'),
  truncated: said('une valeur (le texte est tronqué)', 'a value (the text is truncated)'),
  value: said(
    'une valeur JSON (texte entre guillemets, nombre, true, false, null, { } ou [ ])',
    'a JSON value (quoted text, number, true, false, null, { } or [ ])',
  ),
  arrayNext: said('« , » ou « ] »', '« , » or « ] »'),
  colon: said('« : » après la clé', '« : » after the key'),
  objectNext: said('« , » ou « } »', '« , » or « } »'),
  end: said('la fin du document', 'the end of the document'),
};
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Parses JSON as RFC 8259 says, plus what JSON.parse lets through silently: a key given twice
 * in one object is refused with both places (the second would win and hide the first). Syntax
 * errors carry a line and column. Objects are built with own data properties only, so a key
 * named "__proto__" cannot reach a prototype. Callers bound the depth first (json-text-limits).
 */
export function parseStrictJson(text: string): StrictJsonResult {
  const duplicates: StrictJsonProblem[] = [];
  let at = 0;
  const fail = (expected: LocalizedText): never => {
    throw new SyntaxProblem(at, expected);
  };
  const skipSpace = () => {
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break;
      at += 1;
    }
  };
  const expect = (char: string, what: LocalizedText) => {
    if (text[at] !== char) fail(what);
    at += 1;
  };
  const parseString = (): string => {
    expect('"', EXPECTED.quote);
    let out = '';
    let chunk = at;
    while (at < text.length) {
      const char = text[at] ?? '';
      if (char === '"') {
        out += text.slice(chunk, at);
        at += 1;
        return out;
      }
      if (char === '\\') {
        out += text.slice(chunk, at);
        const escape = text[at + 1] ?? '';
        if (escape === 'u') {
          const hex = text.slice(at + 2, at + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail(EXPECTED.unicode);
          out += String.fromCharCode(Number.parseInt(hex, 16));
          at += 6;
        } else {
          const decoded = ESCAPES[escape];
          if (decoded === undefined) fail(EXPECTED.escape);
          out += decoded;
          at += 2;
        }
        chunk = at;
      } else if (char.charCodeAt(0) < 0x20) {
        fail(EXPECTED.rawControl);
      } else {
        at += 1;
      }
    }
    return fail(EXPECTED.closingQuote);
  };
  const parseValue = (path: PropertyKey[]): unknown => {
    skipSpace();
    const char = text[at];
    if (char === '{') return parseObject(path);
    if (char === '[') return parseArray(path);
    if (char === '"') return parseString();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (number) {
      at += number[0].length;
      return Number(number[0]);
    }
    return fail(char === undefined ? EXPECTED.truncated : EXPECTED.value);
  };
  const parseArray = (path: PropertyKey[]): unknown[] => {
    at += 1;
    const items: unknown[] = [];
    skipSpace();
    if (text[at] === ']') {
      at += 1;
      return items;
    }
    for (;;) {
      items.push(parseValue([...path, items.length]));
      skipSpace();
      if (text[at] === ']') {
        at += 1;
        return items;
      }
      expect(',', EXPECTED.arrayNext);
    }
  };
  const parseObject = (path: PropertyKey[]): Record<string, unknown> => {
    at += 1;
    const entries: [string, unknown][] = [];
    const seen = new Map<string, number>();
    skipSpace();
    if (text[at] === '}') {
      at += 1;
      return {};
    }
    for (;;) {
      skipSpace();
      const keyAt = at;
      const key = parseString();
      const firstAt = seen.get(key);
      if (firstAt === undefined) seen.set(key, keyAt);
      else
        duplicates.push({
          kind: 'duplicate-key',
          key,
          path: toJsonPath(path),
          first: positionAt(text, firstAt),
          second: positionAt(text, keyAt),
        });
      skipSpace();
      expect(':', EXPECTED.colon);
      entries.push([key, parseValue([...path, key])]);
      skipSpace();
      if (text[at] === '}') {
        at += 1;
        // fromEntries defines own properties: "__proto__" stays a plain key, as with JSON.parse.
        return Object.fromEntries(entries);
      }
      expect(',', EXPECTED.objectNext);
    }
  };
  try {
    const value = parseValue([]);
    skipSpace();
    if (at < text.length) fail(EXPECTED.end);
    return duplicates.length > 0 ? { ok: false, problems: duplicates } : { ok: true, value };
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    return {
      ok: false,
      problems: [{ kind: 'syntax', at: positionAt(text, error.offset), expected: error.expected }],
    };
  }
}

/** The findings for a refused text: where the syntax breaks, or where each key is given twice. */
export function strictJsonFindings(problems: readonly StrictJsonProblem[]): Finding[] {
  return problems.map((problem) => {
    if (problem.kind === 'syntax') {
      const { line, column } = problem.at;
      return makeFinding('json-syntax', '$', {
        fr: `JSON invalide ligne ${line}, colonne ${column} : on attendait ${problem.expected.fr}.`,
        en: `Invalid JSON at line ${line}, column ${column}: expected ${problem.expected.en}.`,
      });
    }
    const { first, second, key } = problem;
    return makeFinding(
      'duplicate-key',
      problem.path,
      {
        fr: `La clé "${key}" est donnée deux fois dans le même objet : ligne ${first.line}, colonne ${first.column}, puis ligne ${second.line}, colonne ${second.column}.`,
        en: `The key "${key}" is given twice in the same object: line ${first.line}, column ${first.column}, then line ${second.line}, column ${second.column}.`,
      },
      {
        fix: {
          // The places are in the message; on a one-line file « ligne 1 ou 1 » said nothing.
          fr: `Gardez une seule des deux clés "${key}" : sinon la seconde efface la première sans le dire.`,
          en: `Keep only one of the two "${key}" keys: otherwise the second silently overrides the first.`,
        },
      },
    );
  });
}

/** Text in, value or findings out: the strict parse every document gate uses. */
export function parseJsonDocument(
  text: string,
): { ok: true; value: unknown } | { ok: false; findings: Finding[] } {
  const parsed = parseStrictJson(text);
  return parsed.ok ? parsed : { ok: false, findings: strictJsonFindings(parsed.problems) };
}
