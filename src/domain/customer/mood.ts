import type { Persona } from '../script/persona-schema';
import type { Mood } from './customer.types';
import type { MoodCause } from './appraisal';

const clamp = (value: number) => Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;

/** The mood a persona starts the call in, from its temperament and initial mood. */
export function initialMood(persona: Persona): Mood {
  const { irritability, trust, patience } = persona.temperament;
  const start = persona.initialMood ?? 0;
  return {
    irritation: clamp(15 + 35 * irritability - 30 * start),
    trust: clamp(25 + 50 * trust + 10 * start),
    patience: clamp(45 + 55 * patience),
  };
}

/**
 * Irritation a persona keeps however well the call goes: an irritable customer calms down but
 * does not end the call serene.
 */
export function irritationFloor(persona: Persona): number {
  return 30 * persona.temperament.irritability;
}

/** At most this much irritation melts in one exchange: anger subsides over turns, not at once. */
function calmingPerTurn(persona: Persona): number {
  return 14 - 8 * persona.temperament.irritability;
}

/**
 * Applies one turn's causes to the mood, weighted by temperament: an irritable persona feels
 * offences more and calms more slowly; an impatient one burns patience faster every turn.
 */
export function updateMood(mood: Mood, causes: readonly MoodCause[], persona: Persona): Mood {
  const { irritability, patience: patient, trust: trusting } = persona.temperament;
  const inflameWeight = 0.6 + 0.8 * irritability;
  const calmWeight = (0.6 + 0.8 * (1 - irritability)) * (0.8 + 0.4 * trusting);
  let { irritation, trust, patience } = mood;
  let calming = 0;
  patience -= 1.5 + 3.5 * (1 - patient); // every exchange costs a little patience
  for (const cause of causes) {
    if (cause.effect === 'inflame') {
      irritation += cause.irritation * inflameWeight;
      patience -= cause.irritation * 0.5 * (1.2 - patient);
    } else {
      calming += cause.irritation * calmWeight;
      patience += cause.irritation * 0.15;
    }
    trust += cause.trust;
  }
  const floor = Math.min(irritation, irritationFloor(persona));
  irritation = Math.max(floor, irritation - Math.min(calming, calmingPerTurn(persona)));
  return { irritation: clamp(irritation), trust: clamp(trust), patience: clamp(patience) };
}

/** True when the customer is upset enough that empathy is expected before anything else. */
export function isUpset(mood: Mood): boolean {
  return mood.irritation >= 50;
}
