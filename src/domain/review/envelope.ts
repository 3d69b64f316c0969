import type { LocalizedText } from '../script/finding.types';

/** Who wrote a travelling document: a profile id and the name it chose to show. */
export interface DocumentAuthor {
  id: string;
  name: string;
}

/**
 * The envelope every travelling document shares (DESIGN.md §9): a file import and a later
 * replication are then the same idempotent write, deduplicated by `id`.
 */
export interface Envelope<Kind extends string> {
  kind: Kind;
  schemaVersion: number;
  id: string;
  createdAt: string;
  author: DocumentAuthor;
}

/** One reason a file was refused: where in it, and what to do. */
export interface BundleProblem {
  path: string;
  message: LocalizedText;
  fix: LocalizedText;
}

export type GateOutcome<T> = { ok: true; value: T } | { ok: false; problems: BundleProblem[] };

/** Stable id of an imported session: the same call from the same agent is always the same id. */
export function sessionDocumentId(agentId: string, sessionId: string): string {
  return `session:${agentId}:${sessionId}`;
}

/** Ids of append-only documents: a kind prefix and a random uuid (unique across machines). */
export function newDocumentId(kind: string, uuid: string): string {
  return `${kind}:${uuid}`;
}

export const problem = (
  path: string,
  message: LocalizedText,
  fix: LocalizedText,
): BundleProblem => ({
  path,
  message,
  fix,
});
