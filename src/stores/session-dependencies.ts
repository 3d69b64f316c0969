import { createAnalyser, type Analyser } from '@/domain/language/analyser';
import { redactAgentLine as redact } from '@/domain/language/redaction';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { Script } from '@/domain/script/script-schema';
import type { SessionDependencies } from '@/domain/session/session.types';
import { installMoveModel } from './shipped-move-model';

// Shared by Répéter (every call) and Atelier (« Jouer ce chemin »): both play the real engine.
// Compiling the rules takes a moment; one analyser per language and brand is enough.
const analysers = new Map<string, Promise<Analyser>>();

/**
 * The language layer for a script's language and brand voice, built once and reused. Only the
 * script's own language model is fetched: a French call never downloads the English one. The
 * model was trained at build time, so no corpus is needed here.
 */
export async function sessionDependencies(
  script: Script,
  brand: BrandGuide | null,
): Promise<SessionDependencies> {
  const key = `${script.language}:${brand?.id ?? ''}`;
  let analyser = analysers.get(key);
  if (!analyser) {
    analyser = installMoveModel(script.language).then(() =>
      createAnalyser({
        lang: script.language,
        corpus: {},
        ...(brand ? { brandVoice: brand } : {}),
      }),
    );
    // A corpus chunk that failed to arrive (offline) is fetched again on the next call.
    analyser.catch(() => analysers.delete(key));
    analysers.set(key, analyser);
  }
  const ready = await analyser;
  return { analyse: (text, options) => ready.analyse(text, options), redact };
}
