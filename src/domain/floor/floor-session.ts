/**
 * One played call as the floor mining reads it: the same shape whether it was played on this
 * machine (Répéter's records) or imported from a team bundle (Revue), so the mining never knows
 * where a session came from. The adapters that build it live beside the storage readers.
 */
export interface FloorTurn {
  index: number;
  speaker: 'agent' | 'customer' | 'system';
  text: string;
  /** The script step the call was at when the turn was spoken. */
  step: string | null;
  /** What happened in the turn beyond words (asides, lines not understood); absent when unknown. */
  events?: readonly FloorTurnEvent[];
}

/** The turn events the mining reads; the others are ignored. */
export type FloorTurnEvent =
  | { type: 'aside_started'; aside: string; source: 'improvised' | 'script' }
  | { type: 'not_understood'; count: number }
  | { type: 'prompter_used'; step: string }
  | { type: string };

/** A deduction or bonus of the score card, tied to a turn. */
export interface FloorFinding {
  rule: string;
  criterion: string;
  turn: number;
  points: number;
}

/** How one aside was handled, from the score card. */
export interface FloorAside {
  kind: string;
  /** The customer turn where it began. */
  turn: number;
  /** 0–100 for this aside alone. */
  score: number;
  turnsToReturn: number | null;
}

/** Names the mining must never repeat: the agent's own, and the customer's on the line. */
export interface FloorNames {
  agent: readonly string[];
  customerFirst: readonly string[];
  customerLast: readonly string[];
}

export interface FloorSession {
  id: string;
  /** The overall score out of 20; null for a call that was not scored (abandoned, no rubric). */
  outOf20: number | null;
  /** The outcome code the call reached, if any (the outcome step has no turn of its own). */
  outcomeCode: string | null;
  turns: readonly FloorTurn[];
  findings: readonly FloorFinding[];
  asides: readonly FloorAside[];
  names: FloorNames;
}
