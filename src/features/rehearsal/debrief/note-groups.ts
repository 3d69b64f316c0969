import type { ScoreFinding } from '@/domain/scoring/score-card.types';

/** One note of the debrief: a finding, or the same fault with the same advice on several turns. */
export interface NoteGroup {
  findings: ScoreFinding[];
  /** Transcript indexes of its turns, in call order. */
  turns: number[];
  /** What the note moved its criterion by, all turns together. */
  points: number;
}

/**
 * Findings in call order, a fault repeated on several turns with the same better line grouped
 * where it first happened (« Pas d'empathie × 4 », its turns listed): the agent reads the
 * advice once. A compliance breach stays on its own: each one is disqualifying by itself.
 */
export function groupNotes(findings: readonly ScoreFinding[]): NoteGroup[] {
  const inCallOrder = [...findings].sort((a, b) => a.turn - b.turn);
  const groups: NoteGroup[] = [];
  const byKey = new Map<string, NoteGroup>();
  for (const finding of inCallOrder) {
    const key =
      finding.criterion === 'compliance' ? null : `${finding.rule}\u0000${finding.better}`;
    const group = key === null ? undefined : byKey.get(key);
    if (group) {
      group.findings.push(finding);
      if (!group.turns.includes(finding.turn)) group.turns.push(finding.turn);
      group.points += finding.points;
      continue;
    }
    const fresh = { findings: [finding], turns: [finding.turn], points: finding.points };
    groups.push(fresh);
    if (key !== null) byKey.set(key, fresh);
  }
  return groups;
}

/**
 * The part of a reason that belongs to its turn (« Le client était agacé (irritation 70/100) »),
 * the rule's own description taken out: a grouped note says the description once.
 */
export function reasonDetail(why: string, description: string): string | null {
  const at = description ? why.indexOf(description) : -1;
  if (at < 0) return null;
  const before = why.slice(0, at).replace(/\s+—\s+$/u, '');
  const after = why.slice(at + description.length).trim();
  return [before, after].filter(Boolean).join(' ');
}
