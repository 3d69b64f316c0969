import {
  parseStrictJson,
  positionAt,
  strictJsonFindings,
  type StrictJsonProblem,
} from '../documents/strict-json';
import { findForbiddenKeys } from '../script/forbidden-keys';
import { toJsonPath } from '../script/json-path';
import { checkJsonTextLimits } from '../script/json-text-limits';
import { problem, type GateOutcome } from './envelope';

/** Parsed JSON, and whether its text was free of anything the hygiene step looks for. */
export interface ParsedJson {
  data: unknown;
  plain: boolean;
}

const MAYBE_UNSAFE =
  /\\u|__proto__|constructor|prototype|[\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u;

const FIX_EXPORT_AGAIN = {
  fr: 'Demandez à l’agent d’exporter ses séances à nouveau, sans modifier le fichier.',
  en: 'Ask the agent to export their sessions again, without editing the file.',
};

/**
 * The strict-JSON step of every review gate: the shared strict parser (duplicate keys refused
 * naming both places, syntax errors with line and column), then forbidden keys.
 */
export function parseBundleJson(
  text: string,
  limits: { maxBytes: number; maxDepth: number },
): GateOutcome<ParsedJson> {
  // A byte-order mark from a Windows editor is harmless; JSON.parse would reject it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const limit = checkJsonTextLimits(body, limits);
  if (limit?.problem === 'too-large')
    return { ok: false, problems: [tooLarge(limit.bytes, limits.maxBytes)] };
  if (limit?.problem === 'too-deep') {
    return {
      ok: false,
      problems: [
        problem(
          '$',
          {
            fr: `Imbrication trop profonde (plus de ${limits.maxDepth} niveaux, position ${limit.offset}).`,
            en: `Nesting too deep (more than ${limits.maxDepth} levels, at offset ${limit.offset}).`,
          },
          FIX_EXPORT_AGAIN,
        ),
      ],
    };
  }
  const parsed = parseWithoutDuplicates(body) ?? parseStrictJson(body);
  if (!parsed.ok) {
    const truncated = isCutShort(body, parsed.problems);
    return {
      ok: false,
      problems: strictJsonFindings(parsed.problems).map((finding) =>
        truncated
          ? problem(
              finding.path,
              {
                fr: `Ce fichier est tronqué : ${finding.message.fr}`,
                en: `This file is truncated: ${finding.message.en}`,
              },
              FIX_EXPORT_AGAIN,
            )
          : problem(finding.path, finding.message, finding.fix),
      ),
    };
  }
  const data = parsed.value;
  // Walking every node of a 10,000-session file costs seconds; one scan of the text tells
  // whether any forbidden key or unsafe character can be there at all. (Raw C0 controls are
  // already JSON syntax errors; escaped ones start with \u.)
  const plain = !MAYBE_UNSAFE.test(body);
  if (plain) return { ok: true, value: { data, plain } };
  const forbidden = findForbiddenKeys(data);
  if (forbidden.length > 0) {
    return {
      ok: false,
      problems: forbidden.map(({ path, key }) =>
        problem(
          toJsonPath(path),
          { fr: `La clé "${key}" est interdite.`, en: `The key "${key}" is forbidden.` },
          FIX_EXPORT_AGAIN,
        ),
      ),
    };
  }
  return { ok: true, value: { data, plain } };
}

// A key's closing quote and its colon, with JSON whitespace between (pretty-printed files).
const SPACED_KEY_END = /"[ \t\n\r]+:/g;

/**
 * How many places the text has a quote, then JSON whitespace or nothing, then a colon: every key
 * ends so, and so does, rarely, a string that merely starts with a colon. Never fewer than the
 * keys. Compact files (what the app exports) only need `indexOf`, several times faster.
 */
function keyEnds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('":'); at >= 0; at = text.indexOf('":', at + 2)) count += 1;
  SPACED_KEY_END.lastIndex = 0;
  while (SPACED_KEY_END.exec(text) !== null) count += 1;
  return count;
}

/**
 * The fast way to the strict parser's result: the engine's JSON.parse (five times faster on a
 * 10,000-session file), then proof that no object held a key twice. JSON.parse keeps one value per
 * key, so a duplicate leaves the parsed objects one key short of the keys the text writes, and
 * `keyEnds` can only count too many of those. Equal counts mean no duplicate. Otherwise (or on
 * any syntax error) null: the strict parser runs and says where.
 */
function parseWithoutDuplicates(text: string): { ok: true; value: unknown } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return keyEnds(text) === parsedKeys(value) ? { ok: true, value } : null;
}

/** How many keys the parsed objects hold, all levels (no recursion: depth was bounded before). */
function parsedKeys(root: unknown): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const keys = Object.keys(value);
    count += keys.length;
    for (const key of keys) stack.push((value as Record<string, unknown>)[key]);
  }
  return count;
}

/** A file that stops mid-document (an interrupted copy or download) breaks at its very end. */
function isCutShort(text: string, problems: readonly StrictJsonProblem[]): boolean {
  const end = positionAt(text, text.trimEnd().length);
  return problems.some(
    (found) =>
      found.kind === 'syntax' && found.at.line === end.line && found.at.column >= end.column,
  );
}

/** The size rule, in bytes of UTF-8 as the file has on disk, like every other gate. */
export function tooLarge(size: number, max: number) {
  const mb = (n: number) => (n / 1_000_000).toFixed(1);
  return problem(
    '$',
    {
      fr: `Fichier trop volumineux : ${mb(size)} Mo pour ${mb(max)} Mo au plus.`,
      en: `File too large: ${mb(size)} MB for at most ${mb(max)} MB.`,
    },
    {
      fr: 'Exportez moins de séances par fichier (filtrez par dates dans « Mes séances »).',
      en: 'Export fewer sessions per file (filter by dates in "My sessions").',
    },
  );
}
