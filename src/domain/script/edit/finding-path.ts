/** One key of a finding's JSON path, with the list index that follows it, if any. */
export interface PathPart {
  key: string;
  index?: number;
}

/** Where a finding points, read from its JSON path: the step (by index) and the keys below it. */
export interface PathPlace {
  stepIndex?: number;
  parts: PathPart[];
}

/**
 * Reads a finding's JSON path (`$.steps[2].transitions[0].to`, `$.title`, `$`) into the step it
 * names and the keys under it, so the studio can say the place in the trainer's words. A path it
 * cannot read gives no parts rather than a wrong place.
 */
export function readFindingPath(path: string): PathPlace {
  const parts: PathPart[] = [];
  for (const match of path.matchAll(/\.(\w+)|\[(\d+)\]/g)) {
    const [, key, index] = match;
    const last = parts.at(-1);
    if (key !== undefined) parts.push({ key });
    else if (last && last.index === undefined) last.index = Number(index);
    else return { parts: [] };
  }
  const [first, ...rest] = parts;
  return first?.key === 'steps' && first.index !== undefined
    ? { stepIndex: first.index, parts: rest }
    : { parts };
}
