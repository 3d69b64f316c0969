/**
 * A reason that opens by quoting words already on screen (« … » — why) says them twice: right
 * under « Vous avez dit », or after the breach's own quote. Only a bare quote is dropped: a
 * quote with a hint (« Pas de souci » → avec plaisir — …) keeps it, it names what to change.
 */
export function withoutRepeatedQuote(why: string, shown: readonly string[]): string {
  for (const words of shown) {
    const text = words.trim();
    if (!text) continue;
    for (const [open, close] of [
      ['« ', ' »'],
      ['“', '”'],
    ] as const) {
      const head = `${open}${text}${close} — `;
      if (why.startsWith(head)) return why.slice(head.length);
    }
  }
  return why;
}
