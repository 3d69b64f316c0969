import type { Script } from '../script/script-schema';
import type { ImportedSession } from './imported-session';

export interface StepCoverage {
  id: string;
  title: string;
  kind: Script['steps'][number]['kind'];
  /** Sessions that passed through this step. */
  visits: number;
  /** This step's branches, each with how many sessions took it. */
  branches: { to: string; label: string | null; taken: number }[];
}

/**
 * Where one agent has been in a script: the steps each session's turns were spoken at, and the
 * branches between consecutive steps. What shows 0 has never been rehearsed.
 */
export function scriptCoverage(
  script: Script,
  sessions: readonly ImportedSession[],
): StepCoverage[] {
  const visits = new Map<string, number>();
  const taken = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const session of sessions) {
    if (session.script.id !== script.id) continue;
    const path = session.transcript.map((turn) => turn.step).filter((step) => step != null);
    const outcome = script.steps.find(
      (step) => step.kind === 'outcome' && step.code === (session.outcomeCode ?? ''),
    );
    if (outcome) path.push(outcome.id);
    const seen = new Set<string>();
    const pairs = new Set<string>();
    path.forEach((step, index) => {
      seen.add(step);
      const previous = path[index - 1];
      if (previous !== undefined && previous !== step) pairs.add(`${previous}→${step}`);
    });
    seen.forEach((step) => bump(visits, step));
    pairs.forEach((pair) => bump(taken, pair));
  }
  return script.steps.map((step) => ({
    id: step.id,
    title: step.title,
    kind: step.kind,
    visits: visits.get(step.id) ?? 0,
    branches: ('transitions' in step ? step.transitions : []).map((transition) => ({
      to: transition.to,
      label: transition.label ?? null,
      taken: taken.get(`${step.id}→${transition.to}`) ?? 0,
    })),
  }));
}
