import { create } from 'zustand';
import { checkDocumentText } from '@/domain/script/document-validator';
import { toCanonicalJson } from '@/domain/script/edit/canonical-json';
import type { Script } from '@/domain/script/script-schema';
import { createScriptVersionRepository, latestVersions } from '@/storage/script-version-repository';
import { appStorage } from './app-storage-registry';

interface PublishedScriptsState {
  /** The newest published version of each script written in Atelier, checked again at load. */
  scripts: Script[];
  refresh: () => Promise<Script[]>;
}

/**
 * Scripts published in Atelier, shared with Répéter (features never import each other). Each
 * goes through the gate and the validator again, as a library file does, before it is played.
 */
export const usePublishedScriptsStore = create<PublishedScriptsState>()((set) => ({
  scripts: [],
  refresh: async () => {
    const records = await createScriptVersionRepository(appStorage().db).listAll();
    const scripts = latestVersions(records).flatMap((record) => {
      const verdict = checkDocumentText(toCanonicalJson(record.script));
      return verdict.ok && verdict.document?.kind === 'script' ? [verdict.document.document] : [];
    });
    set({ scripts });
    return scripts;
  },
}));

/**
 * A library with the published scripts added (library scripts keep their ids). Storage trouble
 * leaves the library as it was: the shipped scripts stay playable.
 */
export async function withPublishedScripts<L extends { scripts: Script[] }>(
  library: L,
): Promise<L> {
  try {
    const published = await usePublishedScriptsStore.getState().refresh();
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
