/** A 0–100 score rounded, or a dash when not measured. */
export function formatScore(score: number | null | undefined): string {
  return score == null ? '—' : String(Math.round(score));
}
