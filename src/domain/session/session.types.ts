import type { AgentTurnReading, AsideKind, Mood, RehearsalMode } from '../customer/customer.types';
import type { MoodCause } from '../customer/appraisal';
import type { FactKey } from '../customer/fact-answers';
import type { BrandGuide } from '../script/brand-guide-schema';
import type { Persona } from '../script/persona-schema';
import type { Phase, Script } from '../script/script-schema';
import type { CallProgress } from './step-gate';

/** Everything that fixes a call before the first word: same config + same lines ⇒ same call. */
export interface SessionConfig {
  script: Script;
  persona: Persona;
  brand: BrandGuide | null;
  mode: RehearsalMode;
  seed: number;
  /** The display name of the profile playing the call: fills the agent slot of model lines. */
  agentName?: string;
}

/** The language layer, injected so the engine stays testable and the analyser swappable. */
export interface SessionDependencies {
  analyse: (
    text: string,
    options: {
      context: { customerFirstName: string; customerLastName: string };
      hints?: { keywords?: Record<string, string[]>; examples?: Record<string, string[]> };
    },
  ) => AgentTurnReading;
  /** Masks card numbers, IBANs and social security numbers before anything is recorded. */
  redact: (text: string, earlierAgentLines?: readonly string[]) => string;
}

/** Something that happened in a turn, beyond its words. */
export type TurnEvent =
  | { type: 'aside_started'; aside: AsideKind; source: 'improvised' | 'script' }
  | { type: 'aside_handled'; aside: AsideKind }
  | { type: 'aside_escalated'; aside: AsideKind; to: AsideKind }
  | { type: 'facts_given'; facts: FactKey[] }
  | { type: 'hold_started'; announcedSeconds: number }
  | { type: 'hold_ended'; elapsedSeconds: number; overrunSeconds: number }
  | { type: 'dead_air'; seconds: number }
  | { type: 'prompter_used'; step: string }
  | { type: 'transfer' }
  | { type: 'hang_up'; by: 'customer' | 'agent' }
  | { type: 'outcome'; code: string; success: boolean }
  | { type: 'mood_causes'; causes: MoodCause[] }
  // The customer could make nothing of the agent's line (`count` such lines in a row).
  | { type: 'not_understood'; count: number }
  // The customer gave proof matching the file after the agent asked for it.
  | { type: 'identity_verified' }
  // The agent acted on the account (or gave its data) before identity was checked.
  | { type: 'unverified_change'; step: string | null };

export interface TranscriptTurn {
  index: number;
  // 'system' turns carry events without words: a hold, a transfer, dead air.
  speaker: 'agent' | 'customer' | 'system';
  text: string;
  moves: AgentTurnReading['moves'];
  flags: AgentTurnReading['flags'];
  /** The customer's mood after this turn. */
  mood: Mood;
  events: TurnEvent[];
  /** The script step the call was at when the turn was spoken. */
  step: string | null;
  phase: Phase | null;
}

export interface SessionOutcome {
  code: string;
  success: boolean;
  /** How the call ended: the script reached an outcome, or something cut it short. */
  reason: 'script' | 'customer_hung_up' | 'agent_hung_up' | 'transferred' | 'abandoned';
}

export interface OpenAside {
  kind: AsideKind;
  failures: number;
  /** Index of the transcript turn where it began (recovery is measured from here). */
  startedAt: number;
  /** True when the script itself modelled the aside (the call position moved with it). */
  scripted: boolean;
}

/** What the customer remembers of this call. */
export interface CustomerMemory {
  said: string[];
  factsGiven: FactKey[];
  timesNamed: number;
  customerTurns: number;
  socialEngineeringAttempts: number;
}

/**
 * What a call opened mid-script already held: the scoring reads it, since the transcript has no
 * turn for what happened before (a proof of identity given before the test started).
 */
export interface CallOpening {
  stepId: string;
  identityVerified: boolean;
}

/** A whole session as plain data: serialisable, replayable, storable. */
export interface SessionState {
  config: SessionConfig;
  status: 'in_call' | 'on_hold' | 'ended';
  /** The compiled script machine's persisted snapshot. */
  scriptSnapshot: unknown;
  mood: Mood;
  aside: OpenAside | null;
  hold: { announcedSeconds: number } | null;
  transcript: TranscriptTurn[];
  memory: CustomerMemory;
  prompterUses: number;
  outcome: SessionOutcome | null;
  /** What the agent's lines achieved; absent in sessions saved before it was tracked. */
  progress?: CallProgress;
  /** Where a call opened mid-script (the studio's test bench); absent for a call from the start. */
  opening?: CallOpening;
}
