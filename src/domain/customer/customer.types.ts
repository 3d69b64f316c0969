import { DERAILMENTS } from '../script/derailments';
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
  moves: readonly { id: MoveId; confidence: number; includes?: readonly MoveId[] }[];
  flags: readonly { id: string; text: string; suggestion?: string }[];
}

/** How the agent practises: from guided read-through to the exam (DESIGN.md §1). */
export const REHEARSAL_MODES = ['lecture', 'repetition', 'filage', 'generale'] as const;
export type RehearsalMode = (typeof REHEARSAL_MODES)[number];

/** Ways the customer goes off-script: the script format's derailments, plus two the simulation adds. */
export const ASIDE_KINDS = [...DERAILMENTS, 'repeat_request', 'repeat_caller'] as const;
export type AsideKind = (typeof ASIDE_KINDS)[number];

/** An aside's lines by stage; `outbound` replaces those that need a caller with a problem. */
export interface AsideBank {
  start: string[];
  escalate: string[];
  settle: string[];
  outbound?: Partial<Record<'start' | 'escalate' | 'settle', string[]>>;
}
