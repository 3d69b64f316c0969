import type { AsideKind } from '../customer/customer.types';
import type { Criterion } from './criteria';
import type { ScoringRuleId } from './rubric-schema';

/** One deduction or bonus, tied to a turn: the director's note (DESIGN.md §1). */
export interface ScoreFinding {
  rule: ScoringRuleId;
  criterion: Criterion;
  /** Index of the transcript turn the note is about. */
  turn: number;
  /** The words quoted from that turn. */
  quote: string;
  /** Why, in the script's language. */
  why: string;
  /** A better line, in the script's language. */
  better: string;
  /** What it moved its criterion by, after caps; a criterion's findings sum to its score. */
  points: number;
}

export interface ComplianceBreach {
  rule: ScoringRuleId;
  turn: number;
  quote: string;
  why: string;
}

/** How one aside was handled; recovery combines them. */
export interface AsideScore {
  kind: AsideKind;
  /** The customer turn where it began. */
  turn: number;
  /** 0–100 for this aside alone. */
  score: number;
  acknowledged: boolean;
  /** Agent turns until the aside was handled; null when it never was. */
  turnsToReturn: number | null;
  calmedDown: boolean;
  callKept: boolean;
}

export interface ScoreCard {
  rubric: { id: string; version: string };
  language: 'fr' | 'en';
  /** Shown first: any breach makes the call non-compliant. */
  compliance: {
    passed: boolean;
    score: number;
    breaches: ComplianceBreach[];
    /** Present when identity was proven before a call opened mid-script (the test bench). */
    identity?: 'verified_before_start';
  };
  brandTone: number;
  /** null: "not measured" — nothing derailed. */
  recovery: number | null;
  asides: AsideScore[];
  adherence: { score: number; mandatorySteps: number; covered: number; inOrder: boolean };
  outcome: { code: string; success: boolean; reason: string } | null;
  /** Turns spoken by the agent and the customer. */
  lengthInTurns: number;
  overall: { score: number; outOf20: number; grade: string; label: string };
  findings: ScoreFinding[];
}

/** Where each criterion starts; its findings' points are added to this. */
export const CRITERION_START: Record<Criterion, number> = {
  compliance: 100,
  brandTone: 100,
  recovery: 100,
  adherence: 100,
};
