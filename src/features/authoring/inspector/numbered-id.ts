/**
 * The id for an item added to a list: `<stem>-<n>`, counting on from the list's length past any
 * number already taken (e.g. `contenu-3` after two contents, `contenu-4` if `contenu-3` exists).
 */
export function nextNumberedId(stem: string, items: readonly { id: string }[]): string {
  const taken = new Set(items.map((item) => item.id));
  let n = items.length + 1;
  while (taken.has(`${stem}-${n}`)) n += 1;
  return `${stem}-${n}`;
}
