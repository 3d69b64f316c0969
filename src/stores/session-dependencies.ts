import type { Analyser } from '@/domain/language/analyser';
import { installShippedMoveModel } from '@/domain/language/move-classifier';
import type { Lang } from '@/domain/language/language.types';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { Script } from '@/domain/script/script-schema';
import type { SessionDependencies } from '@/domain/session/session.types';
import {
  analyserFor,
  decodeShippedMoveModel,
  dependenciesOf,
  type ShippedMoveModel,
} from './shipped-move-model';

export { decodeShippedMoveModel, type ShippedMoveModel } from './shipped-move-model';

// The language layer the session engine runs with, shared by Répéter's stage and Atelier's test
// bench (features never import each other): one model install and one analyser per language.

const installed = new Map<Lang, Promise<void>>();

/**
 * Loads the model trained at build time for one language (its own chunk, fetched on the first
 * call in that language) and installs it, so building an analyser no longer trains in the page.
 */
export function installMoveModel(lang: Lang): Promise<void> {
  let ready = installed.get(lang);
  if (!ready) {
    const start = performance.now();
    ready = shippedMoveModel(lang).then((shipped) => {
      installShippedMoveModel(decodeShippedMoveModel(shipped));
      // One measure per language and page: the bench reads how long the model took to be ready.
      performance.measure('coulisses:move-model-ready', { start });
    });
    // A chunk that failed to arrive (offline) is fetched again on the next call.
    ready.catch(() => installed.delete(lang));
    installed.set(lang, ready);
  }
  return ready;
}

/** The model trained at build time for one language, as shipped (its own chunk). */
export async function shippedMoveModel(lang: Lang): Promise<ShippedMoveModel> {
  const chunk =
    lang === 'fr'
      ? await import('virtual:coulisses-move-model/fr')
      : await import('virtual:coulisses-move-model/en');
  return chunk.default;
}

// Compiling the rules takes a moment; one analyser per language and brand is enough.
const analysers = new Map<string, Promise<Analyser>>();

/**
 * The language layer for a script's language and brand voice, built once and reused. Only the
 * script's own language model is fetched: a French call never downloads the English one.
 */
export async function sessionDependencies(
  script: Pick<Script, 'language'>,
  brand: BrandGuide | null,
): Promise<SessionDependencies> {
  const key = `${script.language}:${brand?.id ?? ''}`;
  let analyser = analysers.get(key);
  if (!analyser) {
    analyser = installMoveModel(script.language).then(() => analyserFor(script.language, brand));
    // A model chunk that failed to arrive (offline) is fetched again on the next call.
    analyser.catch(() => analysers.delete(key));
    analysers.set(key, analyser);
  }
  return dependenciesOf(await analyser);
}
