import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import { checkDocumentText } from '@/domain/script/document-validator';
import { toCanonicalJson } from '@/domain/script/edit/canonical-json';
import type { Persona } from '@/domain/script/persona-schema';
import { latestDocumentVersions } from '@/storage/document-version-repository';
import type { StudioLibrary } from '../library/library-documents';
import { documentDraftRepository, documentVersionRepository } from '../studio-storage';

/**
 * The studio library with the trainer's own brands and personas added, for the script editor's
 * pickers and validator: the newest published version of each, then the drafts over them (a
 * draft is what the next publication will be). Only documents the gate reads are added; shipped
 * ids are never shadowed, as in Répéter. Storage trouble leaves the library as it was.
 */
export async function withOwnCast(library: StudioLibrary): Promise<StudioLibrary> {
  try {
    const [published, drafts] = await Promise.all([
      documentVersionRepository().listAll(),
      documentDraftRepository().list(),
    ]);
    const brands = new Map(library.brands);
    const personas = new Map(library.personas);
    const add = (document: BrandGuide | Persona) => {
      const verdict = checkDocumentText(toCanonicalJson(document));
      const gated = verdict.document;
      if (gated?.kind === 'brand-guide' && !library.brands.has(gated.document.id)) {
        brands.set(gated.document.id, gated.document);
      }
      if (gated?.kind === 'persona' && !library.personas.has(gated.document.id)) {
        personas.set(gated.document.id, gated.document);
      }
    };
    latestDocumentVersions(published).forEach((record) => add(record.document));
    // Oldest first (the list is newest first), so the newest draft of one id wins.
    [...drafts].reverse().forEach((draft) => add(draft.document));
    return { ...library, brands, personas };
  } catch (error) {
    console.warn('[coulisses] own brands and personas could not be read', error);
    return library;
  }
}
