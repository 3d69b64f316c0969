// A passage's text read for a script: its links (the branches), its prose (lines, situations,
// questions), and every piece of story-format code or markup that has no place in a script.

/** A link as Twine draws it: the words shown and the passage it leads to. */
export interface TweeLink {
  text: string;
  target: string;
  /** SugarCube's setter (`[[text|target][$x to 1]]`): code a script cannot run. */
  setter?: string;
}

/** Something in the text that the script cannot hold, with the words concerned. */
export interface TextGap {
  what: 'macro' | 'setter' | 'markup' | 'comment' | 'variable';
  detail: string;
}

export interface PassageText {
  links: TweeLink[];
  /** Paragraphs of prose, each on one line, without links, code or markup. */
  paragraphs: string[];
  gaps: TextGap[];
}

/** The link forms of Harlowe, SugarCube, Chapbook and Snowman: ->, <-, | and the bare name. */
function parseLink(inner: string): Omit<TweeLink, 'setter'> {
  const right = inner.lastIndexOf('->');
  if (right >= 0) return { text: inner.slice(0, right), target: inner.slice(right + 2) };
  const left = inner.indexOf('<-');
  if (left >= 0) return { text: inner.slice(left + 2), target: inner.slice(0, left) };
  const bar = inner.lastIndexOf('|');
  if (bar >= 0) return { text: inner.slice(0, bar), target: inner.slice(bar + 1) };
  return { text: inner, target: inner };
}

// `[[inner]]`, or SugarCube's `[[inner][setter]]`: neither part holds a `]`.
const LINK = /\[\[([^\]]*)\](?:\[([^\]]*)\])?\]/gu;
// SugarCube <<macros>>, Harlowe (macro: …) with an optional [hook], comments, HTML tags.
const CODE: readonly [RegExp, TextGap['what']][] = [
  [/<!--[\s\S]*?-->|\/\*[\s\S]*?\*\//gu, 'comment'],
  [/<<[\s\S]*?>>/gu, 'macro'],
  [/\([a-z][\w-]*:[^()]*\)(?:\[[^\]]*\])?/giu, 'macro'],
  [/<\/?[a-z][^<>]*>/giu, 'markup'],
];
const VARIABLE = /(?<![\w$])[$_][A-Za-z]\w*/gu;

/** Reads a passage's text; nothing in it is dropped without a gap saying what. */
export function readPassageText(text: string): PassageText {
  const links: TweeLink[] = [];
  const gaps: TextGap[] = [];
  let prose = text.replace(LINK, (_whole, inner: string, setter: string | undefined) => {
    const link = parseLink(inner);
    const trimmed = { text: link.text.trim(), target: link.target.trim() };
    links.push(setter === undefined ? trimmed : { ...trimmed, setter });
    if (setter !== undefined) gaps.push({ what: 'setter', detail: `[${setter}]` });
    return ' ';
  });
  for (const [pattern, what] of CODE) {
    prose = prose.replace(pattern, (code) => {
      gaps.push({ what, detail: code.replace(/\s+/gu, ' ').trim() });
      return what === 'markup' ? '' : ' ';
    });
  }
  for (const variable of new Set(prose.match(VARIABLE) ?? [])) {
    gaps.push({ what: 'variable', detail: variable });
  }
  const paragraphs = prose
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim())
    .filter((paragraph) => paragraph !== '');
  return { links, paragraphs, gaps };
}
