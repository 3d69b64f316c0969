import { libraryIndex } from 'virtual:coulisses-library';
import { playPath, type PlayedPath } from '@/domain/floor/play-path';
import { hashSeed } from '@/domain/random/seeded-random';
import { scoreSession } from '@/domain/scoring/score-session';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import type { OutcomePath } from '@/domain/script/script-paths';
import type { Script } from '@/domain/script/script-schema';
import { sessionDependencies } from '@/stores/session-dependencies';
import type { StudioLibrary } from '../library/library-documents';

export interface PathRun {
  played: PlayedPath;
  card: ScoreCard | null;
  personaName: string;
  seed: number;
}

/** The rubric Répéter scores with (the library's `default`), loaded once for the studio. */
let rubric: Promise<Rubric | null> | null = null;
function defaultRubric(): Promise<Rubric | null> {
  rubric ??= (async () => {
    const entry = libraryIndex.find((e) => e.kind === 'rubric' && e.id === 'default');
    const gated = entry ? (await entry.load()).default : null;
    return gated?.ok && gated.kind === 'rubric' ? gated.document : null;
  })();
  return rubric;
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
 * scores it with Répéter's rubric; the seed depends on the path, so the same draft replays alike.
 */
export async function runPath(
  script: Script,
  path: OutcomePath,
  library: StudioLibrary,
): Promise<PathRun | null> {
  const persona = pathPersona(script, library);
  if (!persona) return null;
  const brand = library.brands.get(script.brand) ?? null;
  const [deps, rubricDocument] = await Promise.all([
    sessionDependencies(script, brand),
    defaultRubric(),
  ]);
  const seed = hashSeed(`floor-path:${script.id}:${path.outcomeId}`);
  const played = playPath({ script, persona, brand, mode: 'filage', seed }, deps, path);
  const card =
    rubricDocument && played.session.status === 'ended'
      ? scoreSession(played.session, rubricDocument, brand)
      : null;
  const sheet = persona.factSheet;
  return { played, card, personaName: `${sheet.firstName} ${sheet.lastName}`, seed };
}
