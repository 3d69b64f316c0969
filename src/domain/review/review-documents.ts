import '../script/zod-config';
import { z } from 'zod';
import { CRITERIA } from '../scoring/criteria';

const id = z.string().min(1).max(300);
const envelope = {
  schemaVersion: z.literal(1),
  id,
  createdAt: z.iso.datetime({ offset: true }),
  author: z.object({ id, name: z.string().max(100) }),
  /** The imported session's document id (`session:<agent>:<session>`). */
  session: id,
};

export const VERDICTS = ['acquired', 'rework', 'non_compliant'] as const;
export const RESPONSES = ['acknowledged', 'disputed'] as const;

/**
 * A coaching note on one turn. Append-only: an edit is a new note of the same `thread`, a delete
 * a new one with `deleted`; the latest of a thread is what shows.
 */
export const noteSchema = z.object({
  kind: z.literal('note'),
  ...envelope,
  thread: id,
  turn: z.int().min(0),
  text: z.string().max(4_000),
  deleted: z.boolean(),
});

/** A human score for one criterion; the automatic score stays beside it, never replaced. */
export const adjustmentSchema = z.object({
  kind: z.literal('adjustment'),
  ...envelope,
  criterion: z.enum(CRITERIA),
  autoScore: z.number().min(0).max(100).nullable(),
  score: z.int().min(0).max(100),
  reason: z.string().trim().min(1).max(2_000),
});

export const verdictSchema = z.object({
  kind: z.literal('verdict'),
  ...envelope,
  verdict: z.enum(VERDICTS),
  action: z.string().max(2_000),
});

/** The agent's answer to the feedback on one session, going back the same way. */
export const responseSchema = z.object({
  kind: z.literal('response'),
  ...envelope,
  response: z.enum(RESPONSES),
  comment: z.string().max(2_000),
});

export const reviewDocumentSchema = z.discriminatedUnion('kind', [
  noteSchema,
  adjustmentSchema,
  verdictSchema,
  responseSchema,
]);

export type CoachingNote = z.infer<typeof noteSchema>;
export type Adjustment = z.infer<typeof adjustmentSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type AgentResponse = z.infer<typeof responseSchema>;
export type ReviewDocument = z.infer<typeof reviewDocumentSchema>;
export type VerdictValue = (typeof VERDICTS)[number];
