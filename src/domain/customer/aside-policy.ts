import type { MoveId } from '../moves/move-catalogue';
import type { Random } from '../random/seeded-random';
import type { Persona, PersonaType } from '../script/persona-schema';
import type { AgentTurnReading, AsideKind, Mood, RehearsalMode } from './customer.types';
import { wordsAnswer } from '../scoring/aside-answers';

/** Which asides each customer type tends to make (DOMAIN.md §5); relative weights. */
const AFFINITY: Record<PersonaType, Partial<Record<AsideKind, number>>> = {
  agressif: { outburst: 5, manager_demand: 2, interruption: 2, legal_threat: 1 },
  presse: { interruption: 5, outburst: 1, manager_demand: 0.5 },
  recidiviste: { repeat_caller: 5, outburst: 2, manager_demand: 1 },
  bavard: { off_topic: 6, interruption: 1 },
  indecis: { objection: 2, misunderstanding: 2, silence: 2 },
  mefiant: { objection: 3, misunderstanding: 2, repeat_request: 1 },
  procedurier: { legal_threat: 5, manager_demand: 1, objection: 1 },
  fraudeur: { social_engineering: 6, interruption: 1 },
  'je-sais-tout': { objection: 4, interruption: 2 },
  exigeant: { manager_demand: 5, outburst: 1, objection: 1 },
  confus: { misunderstanding: 5, repeat_request: 3, off_topic: 1 },
  senior: { repeat_request: 5, misunderstanding: 2, off_topic: 1 },
  cooperatif: { off_topic: 1, repeat_request: 1, objection: 1 },
};

/** How much each mode lets the customer improvise (DESIGN.md §1). */
const MODE_FACTOR: Record<RehearsalMode, number> = {
  lecture: 0,
  repetition: 0.35,
  filage: 1,
  generale: 1,
};

/** What an agent must do in the next turn to handle each aside (DOMAIN.md §3). */
export const HANDLING_MOVES: Record<AsideKind, readonly MoveId[]> = {
  interruption: ['empathise', 'reformulate', 'commit', 'explain', 'propose'],
  outburst: ['empathise', 'apologise'],
  off_topic: ['reformulate', 'probe_closed', 'recap'],
  // Doing what the customer objects for answers it too (« j'arrête l'enregistrement »).
  objection: ['handle_objection', 'argue_benefit', 'reformulate', 'explain', 'commit'],
  manager_demand: ['empathise', 'reformulate', 'transfer', 'commit'],
  legal_threat: ['empathise', 'explain', 'commit', 'transfer'],
  // Asking for proof of identity is the right first answer to a pretext; refusing is the second.
  social_engineering: ['refuse_politely', 'verify_identity'],
  silence: ['probe_open', 'probe_closed', 'offer_help', 'check_satisfaction'],
  misunderstanding: ['explain', 'reformulate'],
  repeat_request: ['explain', 'reformulate', 'recap'],
  repeat_caller: ['apologise', 'empathise', 'commit'],
};

// Words that wreck a recovery whatever else the line does: blaming, refusing ownership,
// insulting, or a banned phrase such as "calmez-vous".
const RECOVERY_BREAKERS = new Set([
  'blame',
  'ownership_refusal',
  'insult',
  'banned_phrase',
  'tutoiement',
]);

/** True when the agent's line handles the aside: a fitting move and no words that wreck it. */
export function isAsideHandled(
  kind: AsideKind,
  reading: AgentTurnReading,
  lang?: 'fr' | 'en',
): boolean {
  if (reading.flags.some((flag) => RECOVERY_BREAKERS.has(flag.id))) return false;
  // The customer hears the words the trade teaches (« je suis là, prenez votre temps »,
  // « revenons à votre demande ») as the debrief does, whatever move the ear credited.
  if (lang && wordsAnswer(kind, reading.text, lang)) return true;
  const moves = new Set(reading.moves.map((move) => move.id));
  return HANDLING_MOVES[kind].some((move) => moves.has(move));
}

/** The stronger aside an unhandled one turns into (an ignored outburst becomes a manager demand). */
export function escalationOf(kind: AsideKind): AsideKind {
  if (kind === 'outburst' || kind === 'repeat_caller' || kind === 'interruption')
    return 'manager_demand';
  if (kind === 'manager_demand') return 'legal_threat';
  return kind;
}

/** Chance that the customer goes off-script this turn. */
export function improvisationChance(persona: Persona, mode: RehearsalMode, mood: Mood): number {
  const base = persona.temperament.improvisation * (0.6 + mood.irritation / 100);
  return Math.min(0.85, base * MODE_FACTOR[mode]);
}

const ANGRY_ASIDES = new Set<AsideKind>(['outburst', 'manager_demand', 'legal_threat']);
/** An angry aside (outburst, manager demand, threat) needs at least this much irritation. */
export const ANGER_THRESHOLD = 50;

/**
 * Picks the kind of aside this persona makes now: anger favours outbursts and demands, and
 * only an irritated customer makes them; a calm one falls back on a question again.
 */
// Asides about the agent's line itself: they make no sense once the customer has answered it;
// nor does a silence (« Très bien, c'est noté. (silence) ») from someone who just spoke.
const ABOUT_THE_LINE: ReadonlySet<AsideKind> = new Set([
  'interruption',
  'misunderstanding',
  'repeat_request',
  'silence',
]);

// Asides about the line's length (« vous parlez un peu vite », « je vous arrête tout de suite »):
// they answer a long line only, of at least this many words.
const NEEDS_A_LONG_LINE: ReadonlySet<AsideKind> = new Set(['interruption', 'repeat_request']);
const LONG_LINE = 18;

// Asides only a caller makes: a pretext to get someone's data, a complaint about calling again.
const CALLERS_ONLY: ReadonlySet<AsideKind> = new Set(['social_engineering', 'repeat_caller']);

export function chooseAside(
  persona: Persona,
  mood: Mood,
  random: Random,
  options: {
    /** False on a call the firm made: a pretext, or « c'est la cinquième fois que j'appelle »,
     * belongs to a call the caller made. */
    inbound?: boolean;
    /** The customer has just answered: no cutting in, nor asking what they just answered. */
    afterAnswer?: boolean;
    /** Something was offered (a solution, an option, an argument): an objection needs one —
     * « votre solution, je n'y crois pas » before any solution answers nothing (DOMAIN.md §1,
     * objections come after the solution). */
    offerMade?: boolean;
    /** Words in the agent's line: nobody cuts in on, or asks to repeat, « Bien sûr. ». */
    lineWords?: number;
    /** The line commits to act (« je m'en occupe tout de suite »): « concrètement, vous faites
     * quoi ? » cuts in on an answer already given. */
    committed?: boolean;
    /** The customer has just complained of a repeat (« je vous ai déjà répondu »): a chatty
     * aside (« il faut que je vous raconte… ») does not follow a reproach. */
    afterComplaint?: boolean;
    /** Kinds the call's story allows (aside-fit.ts): no repeat grievance on a first call. */
    fits?: (kind: AsideKind) => boolean;
  } = {},
): AsideKind | null {
  const {
    inbound = true,
    afterAnswer = false,
    offerMade = true,
    lineWords = Number.POSITIVE_INFINITY,
    committed = false,
    afterComplaint = false,
    fits = () => true,
  } = options;
  const long = lineWords >= LONG_LINE;
  const affinity = { ...AFFINITY[persona.type] };
  for (const secondary of persona.secondaryTypes ?? []) {
    for (const [kind, weight] of Object.entries(AFFINITY[secondary])) {
      const key = kind as AsideKind;
      affinity[key] = (affinity[key] ?? 0) + weight / 2;
    }
  }
  const anger = mood.irritation / 100;
  const angryAllowed = mood.irritation >= ANGER_THRESHOLD;
  const kinds = (Object.keys(affinity) as AsideKind[]).filter(
    (kind) =>
      (angryAllowed || !ANGRY_ASIDES.has(kind)) &&
      (inbound || !CALLERS_ONLY.has(kind)) &&
      (offerMade || kind !== 'objection') &&
      (long || !NEEDS_A_LONG_LINE.has(kind)) &&
      !(committed && kind === 'interruption') &&
      !(afterComplaint && kind === 'off_topic') &&
      fits(kind) &&
      !(afterAnswer && ABOUT_THE_LINE.has(kind)),
  );
  // Nothing this persona leans to fits now: no aside. A stand-in (« vous parlez un peu vite »
  // from an angry caller whose interruption a commitment just answered) fits nothing said.
  if (kinds.length === 0) return null;
  return random.pickWeighted(kinds, (kind) => {
    const weight = affinity[kind] ?? 0;
    return ANGRY_ASIDES.has(kind) ? weight * (0.5 + anger) : weight;
  });
}

/**
 * A persona with a hidden intent pursues it: it tries social engineering early and keeps
 * trying, whatever its improvisation dial says — in every mode but the read-through.
 */
export function wantsToPushHiddenIntent(
  persona: Persona,
  mode: RehearsalMode,
  customerTurn: number,
  attempts: number,
  random: Random,
): boolean {
  if (!persona.hiddenIntent || mode === 'lecture') return false;
  const eagerness = mode === 'repetition' ? 0.3 : 0.6;
  if (attempts === 0 && customerTurn >= 2 && mode !== 'repetition') return true;
  return attempts < 3 && random.chance(eagerness / (attempts + 1));
}
