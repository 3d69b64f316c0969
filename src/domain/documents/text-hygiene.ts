import type { Finding } from '../script/finding.types';
import { toJsonPath } from '../script/json-path';
import { makeFinding } from '../script/make-finding';

/** A character no text field of a Coulisses document may hold. */
export interface UnsafeCharacter {
  kind: 'control' | 'bidi' | 'lone-surrogate';
  /** UTF-16 offset in the text. */
  index: number;
  /** `U+202E`. */
  codePoint: string;
}

// C0 controls except tab and line feed, DEL, C1 controls.
const isControl = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
// Embeddings, overrides and isolates reorder what surrounds them (« Trojan Source »).
const isBidiControl = (code: number) =>
  (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
// Format characters that draw nothing: soft hyphen, combining grapheme joiner, Arabic letter
// mark, Hangul fillers, Khmer and Mongolian invisibles, zero-width and direction marks, word
// joiner and invisible operators, Braille blank, BOM.
const INVISIBLE = new Set([
  0xad, 0x34f, 0x61c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e,
  0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f,
  0x2800, 0x3164, 0xfeff, 0xffa0,
]);
const WHITESPACE = /\s/;
// Past this many the author needs the first ones, not all.
const MAX_FINDINGS = 50;

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character of the text that a document may not hold, or null. */
export function findUnsafeCharacter(text: string): UnsafeCharacter | null {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    let kind: UnsafeCharacter['kind'] | null = null;
    if (isControl(code)) kind = 'control';
    else if (isBidiControl(code)) kind = 'bidi';
    else if (isHighSurrogate(code)) {
      if (isLowSurrogate(text.charCodeAt(index + 1))) index += 1;
      else kind = 'lone-surrogate';
    } else if (isLowSurrogate(code)) kind = 'lone-surrogate';
    if (kind) return { kind, index, codePoint: hex(code) };
  }
  return null;
}

/** True for a text that shows nothing: only spaces and invisible characters (an empty text stays false). */
export function isInvisibleOnly(text: string): boolean {
  if (text.length === 0) return false;
  for (const char of text) {
    if (!WHITESPACE.test(char) && !INVISIBLE.has(char.codePointAt(0) ?? 0)) return false;
  }
  return true;
}

function unsafeFinding(path: string, found: UnsafeCharacter, where: 'key' | 'text'): Finding {
  const position = found.index + 1;
  const what = {
    control: { fr: 'un caractère de contrôle', en: 'a control character' },
    bidi: {
      fr: 'un caractère de contrôle bidirectionnel (il inverse l’affichage du texte voisin)',
      en: 'a bidirectional control character (it reverses how nearby text is shown)',
    },
    'lone-surrogate': {
      fr: 'une moitié de caractère isolée (surrogate)',
      en: 'half a character on its own (a lone surrogate)',
    },
  }[found.kind];
  const field =
    where === 'key'
      ? { fr: 'le nom de cette clé', en: 'this key' }
      : { fr: 'ce texte', en: 'this text' };
  return makeFinding(
    'unsafe-character',
    path,
    {
      fr: `${field.fr[0]?.toUpperCase()}${field.fr.slice(1)} contient ${what.fr} (${found.codePoint}, caractère ${position}).`,
      en: `${field.en[0]?.toUpperCase()}${field.en.slice(1)} contains ${what.en} (${found.codePoint}, character ${position}).`,
    },
    {
      fix: {
        fr: `Supprimez le caractère ${found.codePoint} (souvent collé depuis un traitement de texte) ; pour aller à la ligne, écrivez \\n.`,
        en: `Delete character ${found.codePoint} (often pasted from a word processor); for a line break, write \\n.`,
      },
    },
  );
}

/**
 * Checks every text of a parsed document, keys included: characters that could hide or reorder
 * what a reader sees are refused with their place; a text that shows nothing becomes "" so the
 * schema's rules for empty texts apply to it. Returns the cleaned value and the findings.
 */
export function checkTextHygiene(value: unknown): { value: unknown; findings: Finding[] } {
  const findings: Finding[] = [];
  const visit = (node: unknown, path: PropertyKey[]): unknown => {
    if (typeof node === 'string') {
      const unsafe = findUnsafeCharacter(node);
      if (unsafe && findings.length < MAX_FINDINGS)
        findings.push(unsafeFinding(toJsonPath(path), unsafe, 'text'));
      return isInvisibleOnly(node) ? '' : node;
    }
    if (Array.isArray(node)) return node.map((item, index) => visit(item, [...path, index]));
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, item]) => {
        const unsafe = findUnsafeCharacter(key);
        if (unsafe && findings.length < MAX_FINDINGS)
          findings.push(unsafeFinding(toJsonPath([...path, key]), unsafe, 'key'));
        return [key, visit(item, [...path, key])];
      }),
    );
  };
  return { value: visit(value, []), findings };
}
