import type { Criterion } from '../scoring/criteria';
import type {
  Adjustment,
  AgentResponse,
  CoachingNote,
  ReviewDocument,
  Verdict,
} from './review-documents';

/** What a session's review says now, folded from its append-only documents. */
export interface ReviewState {
  notes: CoachingNote[];
  adjustments: Partial<Record<Criterion, Adjustment>>;
  verdict: Verdict | null;
  responses: AgentResponse[];
}

const byTime = (a: ReviewDocument, b: ReviewDocument) =>
  a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt);

/** Folds one session's documents: the latest of each note thread, adjustment and verdict wins. */
export function foldReview(documents: readonly ReviewDocument[]): ReviewState {
  const threads = new Map<string, CoachingNote>();
  const state: ReviewState = { notes: [], adjustments: {}, verdict: null, responses: [] };
  for (const document of [...documents].sort(byTime)) {
    if (document.kind === 'note') threads.set(document.thread, document);
    else if (document.kind === 'adjustment') state.adjustments[document.criterion] = document;
    else if (document.kind === 'verdict') state.verdict = document;
    else if (document.kind === 'response') state.responses.push(document);
  }
  state.notes = [...threads.values()]
    .filter((note) => !note.deleted)
    .sort((a, b) => a.turn - b.turn || byTime(a, b));
  return state;
}
