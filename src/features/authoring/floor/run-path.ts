import type { PlayedPath } from '@/domain/floor/play-path';
import { hashSeed } from '@/domain/random/seeded-random';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { OutcomePath } from '@/domain/script/script-paths';
import type { Script } from '@/domain/script/script-schema';
import type { StudioLibrary } from '../library/library-documents';
import { loadDefaultRubric } from '../test-bench/bench-context';
import { playOffThread } from '../test-bench/play-off-thread';

export interface PathRun {
  played: PlayedPath;
  card: ScoreCard | null;
  personaName: string;
  seed: number;
}

/** The customer a path is played against: the script's first suggested persona, else one in its language. */
export function pathPersona(script: Script, library: StudioLibrary) {
  const suggested = script.suggestedPersonas
    .map((id) => library.personas.get(id))
    .find((persona) => persona !== undefined);
  return (
    suggested ??
    [...library.personas.values()].find((persona) => persona.language === script.language) ??
    null
  );
}

/**
 * Plays one path of the draft through the real engine (the same language layer as Répéter) and
 * scores it with Répéter's rubric, in the play worker so the page stays responsive; the seed
 * depends on the path, so the same draft replays alike.
 */
export async function runPath(
  script: Script,
  path: OutcomePath,
  library: StudioLibrary,
): Promise<PathRun | null> {
  const persona = pathPersona(script, library);
  if (!persona) return null;
  const brand = library.brands.get(script.brand) ?? null;
  const seed = hashSeed(`floor-path:${script.id}:${path.outcomeId}`);
  const rubric = await loadDefaultRubric();
  const result = await playOffThread({ kind: 'path', script, persona, brand, rubric, path, seed });
  if (result.kind !== 'path') return null;
  const sheet = persona.factSheet;
  return {
    played: result.played,
    card: result.card,
    personaName: `${sheet.firstName} ${sheet.lastName}`,
    seed,
  };
}
