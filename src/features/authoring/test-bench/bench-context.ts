import { libraryIndex } from 'virtual:coulisses-library';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import type { Script } from '@/domain/script/script-schema';
import { sessionDependencies } from '@/stores/session-dependencies';
import type { StudioLibrary } from '../library/library-documents';
import type { BenchContext } from './bench-run';

// Répéter scores with the library's default rubric; the bench scores the same way.
const RUBRIC_ID = 'default';

let rubric: Promise<Rubric | null> | null = null;

/** The library's default rubric (loaded once), or null when the build refused it. */
export function loadDefaultRubric(): Promise<Rubric | null> {
  rubric ??= (async () => {
    const entry = libraryIndex.find((e) => e.kind === 'rubric' && e.id === RUBRIC_ID);
    if (!entry) return null;
    const gated = (await entry.load()).default;
    return gated.ok && gated.kind === 'rubric' ? gated.document : null;
  })().catch((error: unknown) => {
    rubric = null;
    throw error;
  });
  return rubric;
}

/** The language layer for the draft's language and brand, and the rubric: what a run needs. */
export async function loadBenchContext(
  script: Pick<Script, 'language' | 'brand'>,
  library: StudioLibrary,
): Promise<BenchContext> {
  const brand = library.brands.get(script.brand) ?? null;
  const [deps, loaded] = await Promise.all([
    sessionDependencies(script, brand),
    loadDefaultRubric(),
  ]);
  return { library, deps, rubric: loaded };
}
