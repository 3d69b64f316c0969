import type { MoveId } from '../moves/move-catalogue';

/** The simulated customer's state of mind, each dial 0–100. */
export interface Mood {
  irritation: number;
  trust: number;
  patience: number;
}

/** What the customer needs from an analysed agent line (the language layer's Analysis fits). */
export interface AgentTurnReading {
  text: string;
  moves: readonly { id: MoveId; confidence: number }[];
  flags: readonly { id: string; text: string; suggestion?: string }[];
}

/** How the agent practises: from guided read-through to the exam (DESIGN.md §1). */
export const REHEARSAL_MODES = ['lecture', 'repetition', 'filage', 'generale'] as const;
export type RehearsalMode = (typeof REHEARSAL_MODES)[number];

/** Ways the customer goes off-script; the first nine are the script format's derailments. */
export const ASIDE_KINDS = [
  'interruption',
  'outburst',
  'off_topic',
  'objection',
  'manager_demand',
  'legal_threat',
  'social_engineering',
  'silence',
  'misunderstanding',
  'repeat_request',
  'repeat_caller',
] as const;
export type AsideKind = (typeof ASIDE_KINDS)[number];
