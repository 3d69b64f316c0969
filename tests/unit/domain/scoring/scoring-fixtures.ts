import type { MoveId } from '@/domain/moves/move-catalogue';
import type { ToneFlagId } from '@/domain/language/tone-flag-ids';
import type { Script } from '@/domain/script/script-schema';
import type { SessionState, TranscriptTurn, TurnEvent } from '@/domain/session/session.types';
import { scoreSession } from '@/domain/scoring/score-session';
import { goldenDocument } from '../../../fixtures/golden-sessions/golden-player';

/** A turn as a rule test writes it; indexes and moods are filled in by `sessionOf`. */
export interface TurnSpec {
  speaker: 'agent' | 'customer' | 'system';
  text?: string;
  moves?: MoveId[];
  flags?: { id: ToneFlagId; text: string; suggestion?: string }[];
  irritation?: number;
  events?: TurnEvent[];
  step?: string | null;
}

export const agent = (
  text: string,
  moves: MoveId[] = [],
  flags: TurnSpec['flags'] = [],
  step: string | null = null,
): TurnSpec => ({ speaker: 'agent', text, moves, flags, step });

export const customer = (
  text: string,
  irritation = 30,
  events: TurnEvent[] = [],
  step: string | null = null,
): TurnSpec => ({ speaker: 'customer', text, irritation, events, step });

/** A session over the library's example script with a hand-written transcript. */
export function sessionOf(
  specs: TurnSpec[],
  options: { script?: Script; outcome?: SessionState['outcome'] } = {},
): SessionState {
  const script = options.script ?? goldenDocument('script', 'exemple-date-prelevement');
  const persona = goldenDocument('persona', 'remi-garnier-presse');
  const brand = goldenDocument('brand-guide', 'brisa-energie');
  let irritation = 30;
  const transcript: TranscriptTurn[] = specs.map((spec, index) => {
    irritation = spec.irritation ?? irritation;
    const step = spec.step ?? null;
    const phase = script.steps.find((s) => s.id === step)?.phase ?? null;
    return {
      index,
      speaker: spec.speaker,
      text: spec.text ?? '',
      moves: (spec.moves ?? []).map((id) => ({ id, confidence: 1 })),
      flags: (spec.flags ?? []).map((flag) => ({ ...flag })),
      mood: { irritation, trust: 50, patience: 50 },
      events: spec.events ?? [],
      step,
      phase,
    };
  });
  return {
    config: { script, persona, brand, mode: 'filage', seed: 1 },
    status: 'ended',
    scriptSnapshot: null,
    mood: { irritation, trust: 50, patience: 50 },
    aside: null,
    hold: null,
    transcript,
    memory: {
      said: [],
      factsGiven: [],
      timesNamed: 0,
      customerTurns: 0,
      socialEngineeringAttempts: 0,
    },
    prompterUses: 0,
    outcome: options.outcome ?? { code: 'resolu', success: true, reason: 'script' },
  };
}

/** A clean opening: brand greeting, recording notice, and identity asked (turn 0 and 2). */
export const GOOD_OPENING: TurnSpec[] = [
  agent(
    'Brisa Énergie, bonjour ! Julie à votre écoute, cet appel est enregistré. En quoi puis-je vous aider ?',
    ['greet', 'introduce_self', 'recording_notice', 'offer_help'],
    [],
    'accueil',
  ),
  customer('Je voudrais changer la date de prélèvement.', 30, [], 'demande'),
];

/** A clean closing by the agent. */
export const GOOD_CLOSING = agent(
  'Je récapitule. Avez-vous d’autres questions ? Merci de votre appel, bonne journée, Monsieur Garnier.',
  ['recap', 'check_satisfaction', 'thank', 'close'],
  [{ id: 'customer_named', text: 'Monsieur Garnier' }],
  'conclusion',
);

/** A hand-written call over the example script, scored with the default rubric and its brand. */
export function scoreSpecs(specs: TurnSpec[], outcome?: SessionState['outcome']) {
  const rubric = goldenDocument('rubric', 'default');
  const brand = goldenDocument('brand-guide', 'brisa-energie');
  return scoreSession(sessionOf(specs, outcome ? { outcome } : {}), rubric, brand);
}
