/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps), giving up early once it
 * exceeds `max`: typo tolerance only ever asks "within one or two edits?".
 */
export function editDistanceWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = substitutionCost(a[i - 1] as string, b[j - 1] as string);
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] as number) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return false;
    previous2 = previous;
    previous = current;
  }
  return (previous[b.length] as number) <= max;
}

/** Edits a keyword of this length may carry and still count as typed (short words: none). */
export function typoAllowance(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

// Keyboards French and English agents type on. A slip of the finger hits a neighbouring key;
// a far-away letter makes another word (« carte » is not a typo of « capté »: r and p are far
// apart), so such a substitution costs two edits, more than a short word's allowance.
const ROWS = [
  ['azertyuiop', 'qsdfghjklm', 'wxcvbn'],
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
];

function neighbours(x: string, y: string): boolean {
  return ROWS.some((layout) =>
    layout.some((row, r) => {
      const i = row.indexOf(x);
      if (i < 0) return false;
      return [layout[r - 1], row, layout[r + 1]].some((other) => {
        const j = other?.indexOf(y) ?? -1;
        return j >= 0 && Math.abs(i - j) <= 1;
      });
    }),
  );
}

function substitutionCost(x: string, y: string): number {
  if (x === y) return 0;
  // Only letters have a place on the keyboard here; digits and the rest stay one edit.
  const letters = /^[a-z]$/u;
  return letters.test(x) && letters.test(y) && !neighbours(x, y) ? 2 : 1;
}
