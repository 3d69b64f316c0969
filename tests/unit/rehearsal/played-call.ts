import type { RehearsalMode } from '@/domain/customer/customer.types';
import { currentStep, type ScriptSnapshot } from '@/domain/session/script-cursor';
import { agentSays, startSession } from '@/domain/session/session-engine';
import type { SessionState } from '@/domain/session/session.types';
import {
  exampleBrand,
  exampleScript,
  libraryDocument,
  POLITE_LINES,
  realDeps,
  RUDE_LINES,
} from '../domain/session/session-fixtures';

/**
 * The example call played through the real engine and language layer, M. Garnier answering.
 * Seeds picked by running the engine (`tools/rehearse.ts`) for what each test is about.
 */
export function playExampleCall(seed: number, mode: RehearsalMode, lines: AgentPlan): SessionState {
  const brand = exampleBrand();
  const deps = realDeps(brand);
  const persona = libraryDocument('persona', 'remi-garnier-presse');
  let state = startSession({ script: exampleScript(), persona, brand, mode, seed });
  for (let turn = 0; state.status !== 'ended'; turn += 1) {
    const line = typeof lines === 'function' ? lines(state, turn) : lines[turn];
    if (line === undefined || line === null) break;
    state = agentSays(state, line, deps);
  }
  return state;
}

/** An agent who says something depending on where the call stands. */
export type AgentPolicy = (state: SessionState, turn: number) => string | null;

/** Fixed lines, or an agent policy. */
export type AgentPlan = readonly string[] | AgentPolicy;

// The polite line for each agent step of the example script.
const POLITE_BY_STEP: Record<string, string> = {
  accueil: POLITE_LINES[0] ?? '',
  verification: POLITE_LINES[1] ?? '',
  changement: POLITE_LINES[2] ?? '',
  conclusion: POLITE_LINES[3] ?? '',
};

// What a polite agent says to a customer who cuts in, gets angry or asks again: it handles the
// aside (empathy, then back to the request) before going on with the step.
const ASIDE_ANSWER =
  'Je comprends tout à fait, et je vous prie de m’excuser pour l’attente : je reprends votre demande tout de suite.';

/**
 * A polite agent for `turns` lines: the line of the step the call is at (a line only moves the
 * call on when it does what the step expects, so fixed lines in a row no longer fit every run);
 * unless `answersAsides` is false, an aside the customer opens is answered first.
 */
export function politeCall(turns: number, answersAsides = true): AgentPolicy {
  return (state, turn) => {
    if (turn >= turns) return null;
    if (answersAsides && state.aside) return ASIDE_ANSWER;
    const step = currentStep(state.config.script, state.scriptSnapshot as ScriptSnapshot);
    return POLITE_BY_STEP[step?.id ?? ''] ?? POLITE_LINES[3] ?? null;
  };
}

/** The polite call, to its end. */
export const POLITE_CALL = politeCall(12);

// The rude line for each agent step: no recording notice, tutoiement, hedging, blame.
const RUDE_BY_STEP: Record<string, string> = {
  accueil: RUDE_LINES[0] ?? '',
  verification: RUDE_LINES[1] ?? '',
  changement: RUDE_LINES[2] ?? '',
  conclusion: RUDE_LINES[4] ?? '',
};

/** A rude agent who follows the script's steps (the customer derails, then hangs up). */
export const RUDE_CALL: AgentPlan = (state, turn) => {
  if (turn >= 12) return null;
  const step = currentStep(state.config.script, state.scriptSnapshot as ScriptSnapshot);
  return RUDE_BY_STEP[step?.id ?? ''] ?? RUDE_LINES[3] ?? null;
};

/** A polite agent who keeps to the script's lines and never answers an aside. */
export const SCRIPT_BOUND_CALL = politeCall(12, false);

/** Répétition, seed 6, polite call: M. Garnier interrupts on turn 2, back on track on turn 4. */
export const INTERRUPTED_CALL = { seed: 6, mode: 'repetition' } as const;

// Long lines that keep the customer waiting and answer nothing: no commitment, no question.
const STALLING_LINES = [
  'Je consulte votre dossier dans notre outil, il est un peu lent ce matin, je vous remercie de patienter quelques instants encore.',
  'Je regarde l’historique de vos prélèvements sur les derniers mois pour bien comprendre la situation de votre contrat.',
  'Je vois plusieurs informations sur votre compte, je prends le temps de tout relire avant de vous répondre précisément.',
  'Il me faut encore vérifier deux ou trois éléments dans le système avant de pouvoir faire quoi que ce soit pour vous.',
];

/** A polite agent who greets, verifies, then stalls on long lines and never answers an aside. */
export const STALLING_CALL: AgentPlan = (state, turn) => {
  if (turn >= 14) return null;
  if (turn < 2) return SCRIPT_BOUND_CALL(state, turn);
  return STALLING_LINES[(turn - 2) % STALLING_LINES.length] ?? null;
};

/**
 * Filage, seed 20, stalling call: the first interruption (turn 1) is answered by the
 * verification line itself (« Bien sûr. Pour sécuriser votre dossier… » gets to the point); kept
 * waiting, the customer demands a manager on turn 9, and with no answer threatens legal action on
 * turn 13.
 */
export const ESCALATING_CALL = { seed: 20, mode: 'filage' } as const;
