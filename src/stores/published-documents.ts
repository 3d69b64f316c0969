import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { LocalizedText } from '@/domain/script/finding.types';
import type { Persona } from '@/domain/script/persona-schema';
import type { Script } from '@/domain/script/script-schema';
import {
  createDocumentVersionRepository,
  latestDocumentVersions,
} from '@/storage/document-version-repository';
import { createScriptVersionRepository, latestVersions } from '@/storage/script-version-repository';
import { appStorage } from './app-storage-registry';

/** What a library needs for published documents to join it (Répéter's `Library` fits). */
export interface JoinableLibrary {
  scripts: Script[];
  brands: ReadonlyMap<string, BrandGuide>;
  personas: ReadonlyMap<string, Persona>;
  unavailable: {
    script: Script;
    problem: { file: string; path: string; message: LocalizedText; fix: LocalizedText };
  }[];
}

/**
 * The library with the newest published version of each script, brand guide and persona written
 * in Atelier added (features never import each other, so this lives in stores). Shipped documents
 * keep their ids: a published one with a shipped id is ignored. Each published document goes
 * through the gate and the validator again, as a library file does; the checker loads only when
 * something was published, so an agent with nothing published downloads none of it.
 *
 * `resolve`: the library is whole, so each published script's brand and personas are checked
 * against it, and a script naming one that is neither shipped nor published is listed as
 * unavailable with the reason. A call's own documents (a resumed call) skip that check: they hold
 * only that call's persona and brand.
 */
export async function withPublishedDocuments<L extends JoinableLibrary>(
  library: L,
  { resolve = false }: { resolve?: boolean } = {},
): Promise<L> {
  try {
    const { db } = appStorage();
    const [scriptRecords, castRecords] = await Promise.all([
      createScriptVersionRepository(db).listAll(),
      createDocumentVersionRepository(db).listAll(),
    ]);
    const scripts = latestVersions(scriptRecords);
    const cast = latestDocumentVersions(castRecords);
    if (scripts.length === 0 && cast.length === 0) return library;
    const { checkPublishedCast, checkPublishedScript } = await import('./published-script-check');
    const brands = new Map(library.brands);
    const personas = new Map(library.personas);
    for (const record of cast) {
      const checked = checkPublishedCast(record.document);
      if (checked?.kind === 'brand-guide' && !library.brands.has(checked.document.id)) {
        brands.set(checked.document.id, checked.document);
      }
      if (checked?.kind === 'persona' && !library.personas.has(checked.document.id)) {
        personas.set(checked.document.id, checked.document);
      }
    }
    const shipped = new Set(library.scripts.map((script) => script.id));
    const playable: Script[] = [];
    const unavailable = [...library.unavailable];
    for (const record of scripts) {
      if (shipped.has(record.scriptId)) continue;
      const checked = checkPublishedScript(
        record.script,
        resolve ? { brands, personas } : undefined,
      );
      if (!checked) continue;
      if (!checked.error) playable.push(checked.script);
      else {
        const { path, message, fix } = checked.error;
        const file = `atelier/${record.scriptId}@${record.number}`;
        unavailable.push({ script: checked.script, problem: { file, path, message, fix } });
      }
    }
    return {
      ...library,
      scripts: [...library.scripts, ...playable],
      brands,
      personas,
      unavailable,
    };
  } catch (error) {
    // Storage trouble leaves the library as it was: the shipped documents stay playable.
    console.warn('[coulisses] published documents could not be read', error);
    return library;
  }
}
