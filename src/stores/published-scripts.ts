import type { Script } from '@/domain/script/script-schema';
import { createScriptVersionRepository, latestVersions } from '@/storage/script-version-repository';
import { appStorage } from './app-storage-registry';

/**
 * The newest published version of each script written in Atelier, shared with Répéter (features
 * never import each other). Each goes through the gate and the validator again, as a library
 * file does, before it is played; the checker loads only when there is something to check, so
 * an agent with no published script downloads none of it.
 */
export async function loadPublishedScripts(): Promise<Script[]> {
  const latest = latestVersions(await createScriptVersionRepository(appStorage().db).listAll());
  if (latest.length === 0) return [];
  const { checkPublishedScript } = await import('./published-script-check');
  return latest.flatMap((record) => checkPublishedScript(record.script) ?? []);
}

/**
 * A library with the published scripts added (library scripts keep their ids). Storage trouble
 * leaves the library as it was: the shipped scripts stay playable.
 */
export async function withPublishedScripts<L extends { scripts: Script[] }>(
  library: L,
): Promise<L> {
  try {
    const published = await loadPublishedScripts();
    const shipped = new Set(library.scripts.map((script) => script.id));
    return {
      ...library,
      scripts: [...library.scripts, ...published.filter((s) => !shipped.has(s.id))],
    };
  } catch (error) {
    console.warn('[coulisses] published scripts could not be read', error);
    return library;
  }
}
